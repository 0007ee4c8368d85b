package no.treklover.agreement;

import java.util.List;
import no.treklover.access.CurrentUser;
import no.treklover.process.CandidateTask;
import no.treklover.process.CandidateTaskSource;
import no.treklover.process.InclusionProcess;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Les og godkjenn mentoravtalen" while an agreement of her process waits for the candidate's approval. */
@Component
@Order(1)
class AgreementCandidateTasks implements CandidateTaskSource {

    private final AgreementSections sections;

    AgreementCandidateTasks(AgreementSections sections) {
        this.sections = sections;
    }

    @Override
    public List<CandidateTask> tasksFor(CurrentUser user, InclusionProcess process) {
        return sections.forProcess(process.getId(), user).items().stream()
                .filter(AgreementSections.Item::waitsForYou)
                .map(i -> CandidateTask.of("/agreements/" + i.summary().id(), "agreementPage.task.approve"))
                .toList();
    }
}
