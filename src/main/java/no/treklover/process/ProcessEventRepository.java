package no.treklover.process;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProcessEventRepository extends JpaRepository<ProcessEvent, Long> {

    /** The timeline, newest first, with each actor's display name and nothing else of their account. */
    @Query("""
            select new no.treklover.process.TimelineEntry(e, u.displayName)
              from ProcessEvent e left join UserAccount u on u.id = e.actorId
             where e.processId = :processId
             order by e.occurredAt desc, e.id desc""")
    List<TimelineEntry> findNamedTimeline(Long processId);
}
