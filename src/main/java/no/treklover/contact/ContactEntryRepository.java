package no.treklover.contact;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContactEntryRepository extends JpaRepository<ContactEntry, Long> {

    List<ContactEntry> findByProcessIdOrderByOccurredAtDescIdDesc(Long processId);

    /** The process's log, newest first, with each author's display name and nothing else of their account. */
    @Query("""
            select new no.treklover.contact.AuthoredEntry(e, u.displayName)
              from ContactEntry e left join UserAccount u on u.id = e.authorId
             where e.processId = :processId
             order by e.occurredAt desc, e.id desc""")
    List<AuthoredEntry> findAuthoredByProcessId(Long processId);
}
