package no.treklover.needs;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NeedHistoryRepository extends JpaRepository<NeedHistoryEntry, Long> {

    List<NeedHistoryEntry> findByNeedIdOrderByOccurredAtAscIdAsc(long needId);
}
