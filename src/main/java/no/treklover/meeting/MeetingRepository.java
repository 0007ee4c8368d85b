package no.treklover.meeting;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    /** With their participants in the same query (not one query per meeting). */
    @EntityGraph(attributePaths = "participants")
    List<Meeting> findByProcessIdOrderByStartsAtAscIdAsc(long processId);

    @Query("select distinct m from Meeting m join m.participants p where p.userId = :userId and m.startsAt >= :from"
            + " order by m.startsAt")
    List<Meeting> findTakingPart(long userId, java.time.Instant from);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Meeting m where m.id = :id")
    Optional<Meeting> findForUpdateById(long id);
}
