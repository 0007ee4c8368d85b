package no.treklover.candidate;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CandidateRepository extends JpaRepository<Candidate, Long> {

    Optional<Candidate> findByNationalId(String nationalId);

    @Query("""
            select c from Candidate c
            where c.officeId = :officeId
              and (:pattern = '' or lower(concat(c.firstName, ' ', c.lastName)) like :pattern escape '\\')
            order by c.lastName, c.firstName, c.id
            """)
    Page<Candidate> searchAtOffice(@Param("officeId") String officeId, @Param("pattern") String pattern,
            Pageable pageable);
}
