package no.treklover.access;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    /** The representatives of an employer (role EMPLOYER), e.g. to notify them about an agreement. */
    List<UserAccount> findByEmployerIdAndRole(Long employerId, Role role);

    /** The candidate's own login(s). */
    List<UserAccount> findByCandidateId(Long candidateId);
}
