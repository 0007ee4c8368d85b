package no.treklover.agreement;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface MentorAgreementRepository extends JpaRepository<MentorAgreement, Long> {

    List<MentorAgreement> findByProcessIdOrderByCreatedAtAscIdAsc(Long processId);

    /** For a change: concurrent changes wait for each other, so the second sees the first's version (412). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<MentorAgreement> findForUpdateById(Long id);
}
