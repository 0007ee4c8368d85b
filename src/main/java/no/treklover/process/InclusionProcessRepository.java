package no.treklover.process;

import java.util.List;
import java.util.Optional;
import no.treklover.platform.web.RequestMemo;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InclusionProcessRepository extends JpaRepository<InclusionProcess, Long> {

    Optional<InclusionProcess> findByCandidateIdAndOpenTrue(Long candidateId);

    List<InclusionProcess> findByCandidateIdOrderByCreatedAtDesc(Long candidateId);

    /**
     * A candidate's processes, newest first, read once per page view: the candidate's home page and the cards on
     * it (meetings, mentoring) all start from them.
     */
    default List<InclusionProcess> ofCandidate(Long candidateId) {
        return RequestMemo.once("processes.ofCandidate:" + candidateId,
                () -> findByCandidateIdOrderByCreatedAtDesc(candidateId));
    }

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
