package no.treklover.process;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.treklover.access.CurrentUser;
import no.treklover.access.UserAccount;
import no.treklover.access.UserAccountRepository;
import no.treklover.candidate.CandidateService;
import no.treklover.candidate.CandidateView;
import no.treklover.consent.ConsentService;
import no.treklover.employer.EmployerRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers what the process page and the candidate's own page show. */
@Service
public class ProcessOverviewService {

    private final ProcessService processes;
    private final CandidateService candidates;
    private final EmployerRepository employers;
    private final UserAccountRepository users;
    private final Clock clock;
    private final ConsentService consents;

    ProcessOverviewService(ProcessService processes, CandidateService candidates, EmployerRepository employers,
            UserAccountRepository users, Clock clock, ConsentService consents) {
        this.processes = processes;
        this.candidates = candidates;
        this.employers = employers;
        this.users = users;
        this.clock = clock;
        this.consents = consents;
    }

    @Transactional
    public ProcessOverview overview(CurrentUser user, long id) {
        InclusionProcess process = processes.get(user, id);
        CandidateView candidate = candidates.view(user, process.getCandidateId());
        List<TimelineEntry> entries = processes.timeline(user, id);
        List<ProcessEvent> timeline = entries.stream().map(TimelineEntry::event).toList();
        Map<Long, String> names = new HashMap<>();
        entries.stream().filter(entry -> entry.actorName() != null)
                .forEach(entry -> names.put(entry.event().getActorId(), entry.actorName()));
        Phase next = process.getPhase().next();
        LocalDate today = LocalDate.now(clock.withZone(CaseloadQuery.OSLO));
        long days = ChronoUnit.DAYS.between(process.getPhaseChangedAt().atZone(CaseloadQuery.OSLO).toLocalDate(), today);
        return new ProcessOverview(process, candidate,
                process.getEmployerId() == null ? null : employers.findById(process.getEmployerId()).orElse(null),
                processes.measures(user, id), timeline, names, days, next,
                next == null ? List.of() : PhaseTransitionRules.requirementsOf(next, process.details()),
                Arrays.stream(Phase.values()).filter(phase -> phase.isBefore(process.getPhase())).toList(),
                consents.sharedWith(process.getCandidateId()));
    }

    /** The counsellor's name and phone for the candidate's own page. */
    @Transactional
    public UserAccount counsellor(InclusionProcess process) {
        return users.findById(process.getCounsellorId()).orElse(null);
    }
}
