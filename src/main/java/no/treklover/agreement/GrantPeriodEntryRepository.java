package no.treklover.agreement;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface GrantPeriodEntryRepository extends JpaRepository<GrantPeriodEntry, Long> {

    List<GrantPeriodEntry> findByAgreementIdOrderByFromDateAscIdAsc(long agreementId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from GrantPeriodEntry p where p.id = :id")
    Optional<GrantPeriodEntry> findForUpdateById(long id);

    @Query("select p.agreementId from GrantPeriodEntry p where p.id = :id")
    Optional<Long> agreementIdOf(long id);
}
