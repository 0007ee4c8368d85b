package no.treklover.contact;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactEntryRepository extends JpaRepository<ContactEntry, Long> {

    List<ContactEntry> findByProcessIdOrderByOccurredAtDescIdDesc(Long processId);
}
