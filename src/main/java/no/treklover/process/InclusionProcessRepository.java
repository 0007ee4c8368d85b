package no.treklover.process;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InclusionProcessRepository extends JpaRepository<InclusionProcess, Long> {

    Optional<InclusionProcess> findByCandidateIdAndOpenTrue(Long candidateId);

    List<InclusionProcess> findByCandidateIdOrderByCreatedAtDesc(Long candidateId);

    List<InclusionProcess> findByMentorUserIdOrderByCreatedAtDesc(Long mentorUserId);

    List<InclusionProcess> findByEmployerIdOrderByCreatedAtDesc(Long employerId);

    /**
     * The process with its candidate and employer in one statement. All three land in the persistence context, so
     * the services that load the candidate and the employer by id next in the same transaction send nothing.
     */
    @Query("""
            select p, c, e from InclusionProcess p join Candidate c on c.id = p.candidateId
              left join Employer e on e.id = p.employerId
             where p.id = :id""")
    List<Object[]> findWithCandidateAndEmployer(Long id);
}
