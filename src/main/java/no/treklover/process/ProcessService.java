package no.treklover.process;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.access.Permission;
import no.treklover.audit.AuditAction;
import no.treklover.audit.AuditLog;
import no.treklover.candidate.Candidate;
import no.treklover.candidate.CandidateService;
import no.treklover.employer.EmployerRepository;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.UniqueViolations;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.RuleViolationException.Violation;
import no.treklover.platform.errors.StaleVersionException;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating processes and moving them through the phases; every change lands in the timeline. */
@Service
public class ProcessService {

    /** Viewing the caseload reads the name and case of every candidate on the page: one entry per candidate. */
    static final String CASELOAD_RESOURCE = "caseload";

    private final InclusionProcessRepository processes;
    private final ProcessMeasureRepository measures;
    private final ProcessEventRepository events;
    private final EmployerRepository employers;
    private final CandidateService candidates;
    private final CaseloadQuery caseload;
    private final AccessPolicy policy;
    private final Clock clock;
    private final EntityManager entityManager;
    private final AuditLog audit;

    ProcessService(InclusionProcessRepository processes, ProcessMeasureRepository measures,
            ProcessEventRepository events, EmployerRepository employers, CandidateService candidates,
            CaseloadQuery caseload, AccessPolicy policy, Clock clock, EntityManager entityManager, AuditLog audit) {
        this.processes = processes;
        this.measures = measures;
        this.events = events;
        this.employers = employers;
        this.candidates = candidates;
        this.caseload = caseload;
        this.policy = policy;
        this.clock = clock;
        this.entityManager = entityManager;
        this.audit = audit;
    }

    @Transactional
    public InclusionProcess start(CurrentUser user, long candidateId, String goals) {
        policy.requireCaseCreation(user);
        Candidate candidate = candidates.load(candidateId);
        policy.require(user, Permission.EDIT_CASE, candidate.scope(), "process");
        if (processes.findByCandidateIdAndOpenTrue(candidateId).isPresent()) {
            throw new ConflictException("process.openExists");
        }
        Instant now = clock.instant();
        InclusionProcess process = new InclusionProcess(candidateId, user.id(), candidate.getOfficeId(), now);
        if (goals != null && !goals.isBlank()) {
            process.applyDetails(process.details().withGoals(goals.strip()));
        }
        // The check above and the unique index agree; the index also catches two starts at the same moment.
        UniqueViolations.orConflict("process.openExists", () -> processes.saveAndFlush(process));
        record(process, user, ProcessEventType.CREATED, null, Phase.ASSESSMENT, null);
        return process;
    }

    @Transactional
    public Page<CaseloadRow> caseload(CurrentUser user, CaseloadFilter filter) {
        policy.requireCaseCreation(user);
        Page<CaseloadRow> rows = caseload.find(user, filter);
        String purpose = "CASELOAD_LIST";
        audit.allowedForEach(user, AuditAction.READ, CASELOAD_RESOURCE, rows.map(CaseloadRow::candidateId).toList(),
                purpose);
        return rows;
    }

    @Transactional
    public InclusionProcess get(CurrentUser user, long id) {
        InclusionProcess process = load(id);
        policy.require(user, Permission.READ_CASE, process.scope(), "process");
        return process;
    }

    /**
     * The process for the counsellor's page and its edit form: only for those who may change it; a read. Its candidate
     * and employer are read in the same statement, since both pages show them.
     */
    @Transactional
    public InclusionProcess getForEdit(CurrentUser user, long id) {
        InclusionProcess process = processes.findWithCandidateAndEmployer(id).stream()
                .map(row -> (InclusionProcess) row[0]).findFirst()
                .orElseThrow(() -> new NotFoundException("process", id));
        policy.requireToView(user, Permission.EDIT_CASE, process.scope(), "process");
        return process;
    }

    @Transactional
    public List<ProcessMeasure> measures(CurrentUser user, long id) {
        get(user, id);
        return measures.findByProcessIdOrderByStartDateAscIdAsc(id);
    }

    /** The timeline, newest first, with its actors' display names, in one statement. */
    @Transactional
    public List<TimelineEntry> timeline(CurrentUser user, long id) {
        get(user, id);
        return events.findNamedTimeline(id);
    }

    /** The candidate's own processes, newest first (role kandidat). */
    @Transactional
    public List<InclusionProcess> ownProcesses(CurrentUser user) {
        policy.requireCandidate(user);
        List<InclusionProcess> own = processes.ofCandidate(user.candidateId());
        own.forEach(process -> policy.require(user, Permission.READ_CASE, process.scope(), "process"));
        return own;
    }

    @Transactional
    public InclusionProcess updateDetails(CurrentUser user, long id, long expectedVersion, ProcessDetails details) {
        InclusionProcess process = editable(user, id, expectedVersion);
        List<Violation> violations = new ArrayList<>(PhaseTransitionRules.checkDetails(details));
        if (details.employerId() != null && !employers.existsById(details.employerId())) {
            violations.add(new Violation("employerId", "process.rule.unknownEmployer"));
        }
        // A later phase must keep what it was entered with: no removing the mentor once identified.
        for (Phase reached : Phase.values()) {
            if (!process.getPhase().isBefore(reached)) {
                violations.addAll(PhaseTransitionRules.requirementsOf(reached, details));
            }
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        String changed = ProcessChanges.describe(process.details(), details);
        if (changed.isEmpty()) {
            return process;
        }
        process.applyDetails(details);
        processes.flush();
        record(process, user, ProcessEventType.DETAILS_UPDATED, null, null, changed);
        return process;
    }

    /**
     * The workplace chosen from a proposal on the needs board (issue 12): the employer becomes the process's workplace
     * (its contact person comes with it), as an edit by the counsellor, and the timeline says where the match came
     * from ({@code origin}: level|proposer|proposer's unit|workplace, plain names, no personal data of the candidate).
     */
    @Transactional
    public InclusionProcess takeWorkplaceFromMatch(CurrentUser user, long id, long employerId, String origin) {
        InclusionProcess process = load(id);
        ProcessDetails d = process.details();
        ProcessDetails withWorkplace = d.withEmployer(employerId);
        InclusionProcess updated = updateDetails(user, id, process.getVersion(), withWorkplace);
        record(updated, user, ProcessEventType.NEED_MATCHED, null, null, origin);
        return updated;
    }

    @Transactional
    public InclusionProcess moveTo(CurrentUser user, long id, long expectedVersion, Phase target, String comment) {
        InclusionProcess process = editable(user, id, expectedVersion);
        List<Violation> violations = PhaseTransitionRules.check(process.getPhase(), process.details(), target, comment);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        if (target.isOpen() && !process.isOpen()) {
            processes.findByCandidateIdAndOpenTrue(process.getCandidateId())
                    .filter(other -> !Objects.equals(other.getId(), process.getId()))
                    .ifPresent(other -> {
                        throw new ConflictException("process.openExists");
                    });
        }
        Phase from = process.getPhase();
        process.moveTo(target, clock.instant());
        processes.flush();
        ProcessEventType type = target.isBefore(from) ? ProcessEventType.PHASE_BACK : ProcessEventType.PHASE_FORWARD;
        record(process, user, type, from, target, comment == null || comment.isBlank() ? null : comment.strip());
        return process;
    }

    @Transactional
    public ProcessMeasure addMeasure(CurrentUser user, long id, long expectedVersion, MeasureType type,
            java.time.LocalDate startDate, java.time.LocalDate endDate) {
        InclusionProcess process = editable(user, id, expectedVersion);
        List<Violation> violations = PhaseTransitionRules.checkMeasure(type, startDate, endDate);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        ProcessMeasure measure = measures.save(new ProcessMeasure(id, type, startDate, endDate));
        record(process, user, ProcessEventType.MEASURE_ADDED, null, null, type.name());
        touch(process);
        return measure;
    }

    /** A measure of a process for the page that asks before removing it (only those who may edit see it). */
    @Transactional
    public ProcessMeasure getMeasureForEdit(CurrentUser user, long id, long measureId) {
        getForEdit(user, id);
        return measures.findById(measureId).filter(m -> m.getProcessId().equals(id))
                .orElseThrow(() -> new NotFoundException("measure", measureId));
    }

    @Transactional
    public void removeMeasure(CurrentUser user, long id, long expectedVersion, long measureId) {
        InclusionProcess process = editable(user, id, expectedVersion);
        ProcessMeasure measure = measures.findById(measureId)
                .filter(m -> m.getProcessId().equals(id))
                .orElseThrow(() -> new NotFoundException("measure", measureId));
        measures.delete(measure);
        record(process, user, ProcessEventType.MEASURE_REMOVED, null, null, measure.getType().name());
        touch(process);
    }

    /** Adding or removing a measure is a change to the process, so it bumps the version too. */
    private void touch(InclusionProcess process) {
        entityManager.lock(process, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        entityManager.flush();
    }

    private InclusionProcess editable(CurrentUser user, long id, long expectedVersion) {
        InclusionProcess process = load(id);
        policy.require(user, Permission.EDIT_CASE, process.scope(), "process");
        if (process.getVersion() != expectedVersion) {
            throw new StaleVersionException();
        }
        return process;
    }

    private InclusionProcess load(long id) {
        return processes.findById(id).orElseThrow(() -> new NotFoundException("process", id));
    }

    private void record(InclusionProcess process, CurrentUser user, ProcessEventType type, Phase from, Phase to,
            String comment) {
        events.save(new ProcessEvent(process.getId(), clock.instant(), user.id(), type, from, to, comment));
    }
}
