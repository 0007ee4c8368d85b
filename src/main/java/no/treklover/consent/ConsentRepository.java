package no.treklover.consent;

import java.util.List;
import no.treklover.access.Audience;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentRepository extends JpaRepository<Consent, Long> {

    List<Consent> findByCandidateIdAndWithdrawnAtIsNull(Long candidateId);

    List<Consent> findByCandidateIdAndAudienceAndWithdrawnAtIsNull(Long candidateId, Audience audience);

    List<Consent> findByCandidateIdOrderByGrantedAtDesc(Long candidateId);
}
