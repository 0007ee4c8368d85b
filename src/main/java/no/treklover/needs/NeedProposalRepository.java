package no.treklover.needs;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NeedProposalRepository extends JpaRepository<NeedProposal, Long> {

    List<NeedProposal> findByNeedIdOrderByProposedAtAscIdAsc(long needId);
}
