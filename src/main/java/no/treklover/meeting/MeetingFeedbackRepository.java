package no.treklover.meeting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MeetingFeedbackRepository extends JpaRepository<MeetingFeedback, Long> {

    List<MeetingFeedback> findByMeetingIdOrderByIdAsc(long meetingId);

    Optional<MeetingFeedback> findByMeetingIdAndCandidateUserId(long meetingId, long candidateUserId);

    /** A bulk update: does not touch the version, so the candidate's ETag stays valid. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update MeetingFeedback f set f.officeReadAt = :at where f.meetingId = :meetingId and f.officeReadAt is null")
    int markReadByOffice(long meetingId, Instant at);

    List<MeetingFeedback> findByMeetingIdIn(Collection<Long> meetingIds);
}
