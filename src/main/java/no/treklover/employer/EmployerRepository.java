package no.treklover.employer;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EmployerRepository extends JpaRepository<Employer, Long> {

    Optional<Employer> findByOrgNumber(String orgNumber);

    @Query("""
            select e from Employer e
            where :pattern = '' or lower(e.name) like :pattern escape '\\' or e.orgNumber = :orgNumber
            order by e.name, e.id
            """)
    Page<Employer> search(@Param("pattern") String pattern, @Param("orgNumber") String orgNumber,
            Pageable pageable);
}
