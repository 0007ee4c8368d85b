package no.treklover.meeting;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    List<ActionItem> findByMeetingIdOrderByIdAsc(long meetingId);

    List<ActionItem> findByMeetingIdInOrderByIdAsc(Collection<Long> meetingIds);
}
