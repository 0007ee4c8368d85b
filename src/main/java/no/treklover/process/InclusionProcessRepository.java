package no.treklover.process;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InclusionProcessRepository extends JpaRepository<InclusionProcess, Long> {

    Optional<InclusionProcess> findByCandidateIdAndOpenTrue(Long candidateId);

    List<InclusionProcess> findByCandidateIdOrderByCreatedAtDesc(Long candidateId);

    List<InclusionProcess> findByMentorUserIdOrderByCreatedAtDesc(Long mentorUserId);

    List<InclusionProcess> findByEmployerIdOrderByCreatedAtDesc(Long employerId);
}
