package no.treklover.needs;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.treklover.access.AccessPolicy;
import no.treklover.access.Audience;
import no.treklover.access.ConsentItem;
import no.treklover.access.ConsentRegistry;
import no.treklover.access.CurrentUser;
import no.treklover.access.NeedsBoardScope;
import no.treklover.access.Permission;
import no.treklover.audit.AuditAction;
import no.treklover.audit.AuditLog;
import no.treklover.employer.Employer;
import no.treklover.employer.EmployerService;
import no.treklover.notification.NotificationRequested;
import no.treklover.office.Office;
import no.treklover.office.OfficeRepository;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.RuleViolationException.Violation;
import no.treklover.platform.errors.StaleVersionException;
import no.treklover.platform.errors.UniqueViolations;
import no.treklover.process.InclusionProcess;
import no.treklover.process.InclusionProcessRepository;
import no.treklover.process.ProcessService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The needs board (elektronisk tavle): posting a need from a process, the meetings' decisions, proposals and the
 * counsellor's acceptance. Who sees and decides what is {@link AccessPolicy#needsBoardScope}; every read of a need
 * is logged against its candidate (so her innsyn shows it), a board view as one entry per candidate shown.
 */
@Service
public class NeedService {

    static final String RESOURCE = "need";
    static final String BOARD_RESOURCE = "needs-board";
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    /** A postponed need comes back at the next weekly meeting unless the meeting names a day. */
    static final int POSTPONE_DAYS = 7;

    private final NeedRepository needs;
    private final NeedProposalRepository proposals;
    private final NeedHistoryRepository history;
    private final NeedBoardQuery query;
    private final InclusionProcessRepository processes;
    private final ProcessService processService;
    private final EmployerService employers;
    private final OfficeRepository offices;
    private final AccessPolicy policy;
    private final ConsentRegistry consents;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NeedService(NeedRepository needs, NeedProposalRepository proposals, NeedHistoryRepository history,
            NeedBoardQuery query, InclusionProcessRepository processes, ProcessService processService,
            EmployerService employers, OfficeRepository offices, AccessPolicy policy, ConsentRegistry consents,
            AuditLog audit, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.needs = needs;
        this.proposals = proposals;
        this.history = history;
        this.query = query;
        this.processes = processes;
        this.processService = processService;
        this.employers = employers;
        this.offices = offices;
        this.policy = policy;
        this.consents = consents;
        this.audit = audit;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ posting

    /** The need form's start: the process's candidate's interests, strengths and experience, for the counsellor to
     *  rewrite without anything that identifies her. Only for those who may change the process. */
    @Transactional
    public NeedProfile draft(CurrentUser user, long processId) {
        InclusionProcess process = process(processId);
        policy.requireToView(user, Permission.EDIT_CASE, process.scope(), RESOURCE);
        return jdbc.sql("select interests, strengths, experience from candidate where id = :id")
                .param("id", process.getCandidateId())
                .query((rs, n) -> new NeedProfile(null, rs.getString(1), rs.getString(2), rs.getString(3), null,
                        null, false, null))
                .single();
    }

    /** Whether the candidate now shares her adaptation needs with employers: the board may then show the text. */
    public boolean adaptationShared(long candidateId) {
        return consents.sharedWith(candidateId, Audience.EMPLOYER).contains(ConsentItem.ADAPTATION_NEEDS);
    }

    @Transactional
    public Need post(CurrentUser user, long processId, NeedProfile profile) {
        InclusionProcess process = process(processId);
        policy.require(user, Permission.EDIT_CASE, process.scope(), RESOURCE);
        if (!process.isOpen()) {
            throw new RuleViolationException("process", "needs.rule.processClosed");
        }
        if (Boolean.TRUE.equals(profile.adaptationNeeded()) && profile.adaptationText() != null
                && !profile.adaptationText().isBlank() && !adaptationShared(process.getCandidateId())) {
            throw new RuleViolationException("adaptationText", "needs.rule.adaptation.noConsent");
        }
        Office office = offices.findById(process.getOfficeId())
                .orElseThrow(() -> new NotFoundException("office", process.getOfficeId()));
        Instant now = clock.instant();
        Need need = new Need(processId, office.getId(), office.getCounty(), user.id(), profile, now);
        UniqueViolations.orConflict("needs.activeExists", () -> needs.saveAndFlush(need));
        history.save(new NeedHistoryEntry(need.getId(), now, user.id(), NeedAction.POST, null, NeedState.OPEN,
                NeedLevel.LOCAL, null, null));
        return need;
    }

    /** The needs posted from this process, newest first (the counsellor's view from the process). */
    @Transactional
    public List<Need> forProcess(CurrentUser user, long processId) {
        InclusionProcess process = process(processId);
        policy.require(user, Permission.READ_CASE, process.scope(), RESOURCE);
        return needs.findByProcessIdOrderByPostedAtDesc(processId);
    }

    // ------------------------------------------------------------------ reading

    /** The board: its cards (logged as one read per candidate shown), the offices for the filter. */
    @Transactional
    public Board board(CurrentUser user, BoardFilter filter) {
        NeedsBoardScope scope = policy.requireNeedsBoard(user);
        String county = viewerCounty(scope);
        List<NeedBoardQuery.Row> rows = query.board(scope, county, filter, clock.instant());
        audit.allowedForEach(user, AuditAction.READ, BOARD_RESOURCE,
                rows.stream().map(NeedBoardQuery.Row::candidateId).distinct().toList(), "NEEDS_BOARD");
        Map<NeedState, Column> columns = new EnumMap<>(NeedState.class);
        for (NeedState state : NeedState.values()) {
            columns.put(state, new Column(state, new ArrayList<>(), 0));
        }
        for (NeedBoardQuery.Row row : rows) {
            Column column = columns.get(row.card().state());
            column.cards().add(row.card());
            columns.put(column.state(), new Column(column.state(), column.cards(), row.total()));
        }
        return new Board(List.copyOf(columns.values()), query.officesInScope(scope, county), scope);
    }

    /** One page of needs for the API, logged like the board. */
    @Transactional
    public Page<BoardCard> list(CurrentUser user, BoardFilter filter, NeedState state, int page, int size) {
        NeedsBoardScope scope = policy.requireNeedsBoard(user);
        String county = viewerCounty(scope);
        Instant now = clock.instant();
        List<NeedBoardQuery.Row> rows = query.page(scope, county, filter, state, now, page, size);
        long total = rows.isEmpty() ? query.count(scope, county, filter, state, now) : rows.get(0).total();
        audit.allowedForEach(user, AuditAction.READ, BOARD_RESOURCE,
                rows.stream().map(NeedBoardQuery.Row::candidateId).distinct().toList(), "NEEDS_BOARD");
        return new PageImpl<>(rows.stream().map(NeedBoardQuery.Row::card).toList(), PageRequest.of(page, size), total);
    }

    /** The meeting's agenda item at {@code position} (null past the end), the one need logged as read. */
    @Transactional
    public AgendaItem agendaItem(CurrentUser user, BoardFilter filter, int position) {
        NeedsBoardScope scope = policy.requireNeedsBoard(user);
        String county = viewerCounty(scope);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(OSLO));
        NeedBoardQuery.Row row = query.agendaItem(scope, county, filter, today, now, Math.max(0, position));
        if (row == null) {
            return new AgendaItem(null, query.agendaLength(scope, county, filter, today, now), position);
        }
        return new AgendaItem(view(user, row.card().id()), row.total(), position);
    }

    /** One need with its proposals and history; a read of the candidate's need, logged. */
    @Transactional
    public NeedView view(CurrentUser user, long id) {
        Need need = need(id);
        InclusionProcess process = process(need.getProcessId());
        NeedsBoardScope scope = policy.needsBoardScope(user);
        String county = viewerCounty(scope);
        policy.requireNeed(user, need.facts(process.getCandidateId()), county, false, RESOURCE);
        boolean decides = scope.decides(need.facts(process.getCandidateId()), county);
        boolean accepts = policy.permits(user, Permission.EDIT_CASE, process.scope());
        String adaptation = need.isAdaptationNeeded() && need.getAdaptationText() != null
                && adaptationShared(process.getCandidateId()) ? need.getAdaptationText() : null;
        List<NeedAction> actions = decides ? NeedTransitionRules.allowed(need.getState(), need.getLevel()).stream()
                .filter(a -> a != NeedAction.ACCEPT).toList() : List.of();
        if (!decides && accepts && NeedTransitionRules.allows(NeedAction.CLOSE, need.getState(), need.getLevel())) {
            actions = List.of(NeedAction.CLOSE);
        }
        boolean mayAccept = accepts && NeedTransitionRules.allows(NeedAction.ACCEPT, need.getState(), need.getLevel());
        Office office = offices.findById(need.getOfficeId()).orElseThrow();
        return new NeedView(need, office.getName(), adaptation, proposalRows(id), historyRows(id), actions,
                mayAccept, accepts ? need.getProcessId() : null);
    }

    // ------------------------------------------------------------------ deciding

    /** A meeting's decision (or the counsellor closing her own need), from {@code expectedVersion}. */
    @Transactional
    public Need transition(CurrentUser user, long id, long expectedVersion, NeedTransition change) {
        Need need = need(id);
        InclusionProcess process = process(need.getProcessId());
        requireDecision(user, need, process, change.action() == NeedAction.CLOSE);
        if (need.getVersion() != expectedVersion) {
            throw new StaleVersionException();
        }
        List<Violation> violations = NeedTransitionRules.check(change.action(), need.getState(), need.getLevel(),
                change.closeReason(), change.comment());
        LocalDate today = LocalDate.now(clock.withZone(OSLO));
        LocalDate next = change.nextMeetingOn();
        if (change.action() == NeedAction.POSTPONE && next != null
                && (!next.isAfter(today) || next.isAfter(today.plusYears(1)))) {
            violations = new ArrayList<>(violations);
            violations.add(new Violation("nextMeetingOn", "needs.rule.nextMeeting"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        if (change.action() == NeedAction.POSTPONE && next == null) {
            next = today.plusDays(POSTPONE_DAYS);
        }
        NeedState from = need.getState();
        Instant now = clock.instant();
        need.apply(change.action(), NeedTransitionRules.target(change.action(), from), change.closeReason(), next, now);
        needs.flush();
        history.save(new NeedHistoryEntry(id, now, user.id(), change.action(), from, need.getState(),
                need.getLevel(), comment(change.comment()), null));
        return need;
    }

    /** A proposal of an employer (and perhaps one of its workplaces); the owning counsellor is notified. */
    @Transactional
    public NeedProposal propose(CurrentUser user, long id, long expectedVersion, NeedProposalRequest request) {
        Need need = need(id);
        InclusionProcess process = process(need.getProcessId());
        requireDecision(user, need, process, false);
        if (need.getVersion() != expectedVersion) {
            throw new StaleVersionException();
        }
        List<Violation> violations = new ArrayList<>();
        if (!NeedTransitionRules.allows(NeedAction.PROPOSE, need.getState(), need.getLevel())) {
            violations.add(new Violation("action", "needs.rule.action.notAllowed"));
        }
        Employer employer = request.employerId() == null ? null : employers.find(request.employerId()).orElse(null);
        if (employer == null) {
            violations.add(new Violation("employerId", "needs.rule.employer.unknown"));
        }
        String subUnit = request.subUnitId() == null || employer == null ? null
                : subUnitName(employer.getId(), request.subUnitId());
        if (request.subUnitId() != null && employer != null && subUnit == null) {
            violations.add(new Violation("subUnitId", "needs.rule.subUnit.unknown"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        Instant now = clock.instant();
        NeedState from = need.getState();
        NeedProposal proposal = proposals.save(new NeedProposal(id, employer.getId(), request.subUnitId(), user.id(),
                user.officeId(), need.getLevel(), comment(request.comment()), now));
        need.apply(NeedAction.PROPOSE, NeedTransitionRules.target(NeedAction.PROPOSE, from), null, null, now);
        needs.flush();
        history.save(new NeedHistoryEntry(id, now, user.id(), NeedAction.PROPOSE, from, need.getState(),
                need.getLevel(), comment(request.comment()), proposal.getId()));
        if (need.getCounsellorId() != user.id()) {
            events.publishEvent(new NotificationRequested(need.getCounsellorId(), "needs.notification.proposed",
                    List.of(need.getTitle(), employer.getName()), "/board/needs/" + id, need.getProcessId()));
        }
        return proposal;
    }

    /**
     * The counsellor accepts a proposal: the need is matched, the process's workplace becomes the proposal's
     * employer, and the process's timeline says where the match came from.
     */
    @Transactional
    public Need accept(CurrentUser user, long id, long proposalId, long expectedVersion, NeedAcceptance acceptance) {
        Need need = need(id);
        InclusionProcess process = process(need.getProcessId());
        policy.require(user, Permission.EDIT_CASE, process.scope(), RESOURCE);
        if (need.getVersion() != expectedVersion) {
            throw new StaleVersionException();
        }
        NeedProposal proposal = proposals.findById(proposalId).filter(p -> p.getNeedId() == id)
                .orElseThrow(() -> new NotFoundException("proposal", proposalId));
        if (!NeedTransitionRules.allows(NeedAction.ACCEPT, need.getState(), need.getLevel())) {
            throw new ConflictException("needs.rule.action.notAllowed");
        }
        Instant now = clock.instant();
        NeedState from = need.getState();
        proposal.accepted(now);
        need.matched(proposalId, now);
        needs.flush();
        history.save(new NeedHistoryEntry(id, now, user.id(), NeedAction.ACCEPT, from, NeedState.MATCHED,
                need.getLevel(), comment(acceptance == null ? null : acceptance.comment()), proposalId));
        processService.takeWorkplaceFromMatch(user, process.getId(), proposal.getEmployerId(), origin(proposal));
        return need;
    }

    /**
     * An offer accepted after a job fair settles the process's need on the board, if it has one: the event counts as
     * the proposal, made by its organiser for the organising unit (so attribution credits the event), and the need is
     * matched at once. The process's workplace is the caller's to set; the caller has checked the counsellor's right.
     */
    @Transactional
    public Optional<Need> matchFromEvent(CurrentUser user, long processId, long employerId, EventOrigin event) {
        Optional<Need> active = needs.findByProcessIdOrderByPostedAtDesc(processId).stream()
                .filter(n -> n.getState().isActive()).findFirst();
        active.ifPresent(need -> {
            Instant now = clock.instant();
            NeedState from = need.getState();
            NeedProposal proposal = proposals.save(new NeedProposal(need.getId(), employerId, null,
                    event.organiserId(), event.organiserUnitId(), need.getLevel(), comment(event.title()), now));
            history.save(new NeedHistoryEntry(need.getId(), now, event.organiserId(), NeedAction.PROPOSE, from,
                    NeedState.PROPOSED, need.getLevel(), comment(event.title()), proposal.getId()));
            proposal.accepted(now);
            need.matched(proposal.getId(), now);
            needs.flush();
            history.save(new NeedHistoryEntry(need.getId(), now, user.id(), NeedAction.ACCEPT, NeedState.PROPOSED,
                    NeedState.MATCHED, need.getLevel(), null, proposal.getId()));
        });
        return active;
    }

    /** The event an accepted offer came from: its title, the user who organised it and the organising unit. */
    public record EventOrigin(String title, long organiserId, String organiserUnitId) {
    }

    // ------------------------------------------------------------------ attribution

    /** Who proposed the matches made in the period, per unit, per proposer and per level; no candidate data. */
    @Transactional(readOnly = true)
    public Attribution attribution(CurrentUser user, LocalDate from, LocalDate to) {
        NeedsBoardScope scope = policy.requireNeedsBoard(user);
        return Attribution.of(jdbc, scope, viewerCounty(scope), from, to);
    }

    /** Employers whose name or organisation number matches, for the proposal form (NAV staff only). */
    @Transactional(readOnly = true)
    public List<Employer> searchEmployers(CurrentUser user, String search) {
        policy.requireNeedsBoard(user);
        if (search == null || search.isBlank()) {
            return List.of();
        }
        return employers.search(user, search.strip(), PageRequest.of(0, 20)).getContent();
    }

    /** The workplaces (sub-units) of an employer, for the proposal form. */
    @Transactional(readOnly = true)
    public List<SubUnit> subUnits(long employerId) {
        return jdbc.sql("select id, name, municipality from employer_sub_unit where employer_id = :id "
                        + "and register_deleted_on is null order by name limit 200")
                .param("id", employerId)
                .query((rs, n) -> new SubUnit(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /**
     * A need as matching reads it: the anonymised profile (never the adaptation text), and the candidate's id only
     * for the audit log of whoever is shown it.
     */
    public record Matchable(long id, long candidateId, String title, String interests, String skills,
            String experience, Integer hoursPerWeek, String municipality, String county, NeedLevel level,
            NeedState state, long version, boolean decides, String officeId) {

        /** Whether this user records a proposal on it now: its meeting decides, and its state and level allow one. */
        public boolean mayPropose() {
            return decides && NeedTransitionRules.allows(NeedAction.PROPOSE, state, level);
        }
    }

    /**
     * The needs open for proposals (OPEN or PROPOSED) that this user's board shows, oldest first, at most {@code cap}:
     * the office's, or the county's escalated ones, each one bounded range of V36's partial indexes. The cap is taken
     * before the join to the process (for the candidate's id): joined first, PostgreSQL's generic plan for the county
     * board hashed all 200 000 processes at the benchmark's scale 0.2 (130 ms); capped first, at most 500 lookups by
     * key. Nothing is logged here: the caller logs the needs it shows.
     */
    @Transactional(readOnly = true)
    public List<Matchable> openForMatching(CurrentUser user, int cap) {
        NeedsBoardScope scope = policy.requireNeedsBoard(user);
        String county = viewerCounty(scope);
        String where = scope.officeId() != null ? "office_id = :office"
                : "county = :county and level = 'WORKLIFE_CENTRE'";
        return jdbc.sql(MATCHABLE.formatted("""
                        (select * from need where state in ('OPEN', 'PROPOSED') and %s
                         order by posted_at, id limit :cap)""".formatted(where)) + " order by n.posted_at, n.id")
                .param("office", scope.officeId()).param("county", county).param("cap", cap)
                .query((rs, n) -> matchable(rs, scope, county)).list();
    }

    /**
     * One need as matching reads it (a ranking's explanation), whatever its state, if this user's board shows it: the
     * read is decided and logged against its candidate under {@code resource}, as a ranking logs each need it shows.
     */
    @Transactional
    public Matchable matchable(CurrentUser user, long id, String resource) {
        return matchable(user, policy.requireNeedsBoard(user), id, resource);
    }

    /**
     * One need as its ranking reads it (the ranking from a need and its rows' explanations): decided and logged as
     * {@link #view} decides and logs it (unknown: 404; else the read allowed or denied under {@value #RESOURCE}, logged
     * against the candidate), but only the one row matching needs, without the proposals, the history and the office
     * that the need's own page shows.
     */
    @Transactional
    public Matchable forRanking(CurrentUser user, long id) {
        return matchable(user, policy.needsBoardScope(user), id, RESOURCE);
    }

    private Matchable matchable(CurrentUser user, NeedsBoardScope scope, long id, String resource) {
        String county = viewerCounty(scope);
        Matchable need = jdbc.sql(MATCHABLE.formatted("need") + " where n.id = :id").param("id", id)
                .query((rs, n) -> matchable(rs, scope, county)).optional()
                .orElseThrow(() -> new NotFoundException("need", id));
        policy.requireNeed(user, new NeedsBoardScope.NeedFacts(need.candidateId(), need.officeId(), need.county(),
                need.level() == NeedLevel.WORKLIFE_CENTRE), county, false, resource);
        return need;
    }

    /** {@code %s}: the needs read, the table or a bounded subquery of it. */
    private static final String MATCHABLE = """
            select n.id, p.candidate_id, n.title, n.interests, n.skills, n.experience, n.hours_per_week,
                   n.municipality, n.county, n.level, n.state, n.version, n.office_id
            from %s n join inclusion_process p on p.id = n.process_id
            """;

    private static Matchable matchable(java.sql.ResultSet rs, NeedsBoardScope scope, String county)
            throws java.sql.SQLException {
        NeedLevel level = NeedLevel.valueOf(rs.getString("level"));
        return new Matchable(rs.getLong("id"), rs.getLong("candidate_id"), rs.getString("title"),
                rs.getString("interests"), rs.getString("skills"), rs.getString("experience"),
                (Integer) rs.getObject("hours_per_week"), rs.getString("municipality"), rs.getString("county"), level,
                NeedState.valueOf(rs.getString("state")), rs.getLong("version"),
                scope.decides(new NeedsBoardScope.NeedFacts(rs.getLong("candidate_id"), rs.getString("office_id"),
                        rs.getString("county"), level == NeedLevel.WORKLIFE_CENTRE), county),
                rs.getString("office_id"));
    }

    String viewerCounty(NeedsBoardScope scope) {
        return scope.countyUnitId() == null ? null
                : offices.findById(scope.countyUnitId()).map(Office::getCounty).orElse(null);
    }

    // ------------------------------------------------------------------ helpers

    private void requireDecision(CurrentUser user, Need need, InclusionProcess process, boolean closing) {
        NeedsBoardScope scope = policy.needsBoardScope(user);
        String county = viewerCounty(scope);
        // The counsellor who may change the process closes her own need at any level (placed elsewhere, ended …).
        if (closing && !scope.decides(need.facts(process.getCandidateId()), county)
                && policy.permits(user, Permission.EDIT_CASE, process.scope())) {
            policy.require(user, Permission.EDIT_CASE, process.scope(), RESOURCE);
            return;
        }
        policy.requireNeed(user, need.facts(process.getCandidateId()), county, true, RESOURCE);
    }

    private String origin(NeedProposal proposal) {
        Map<String, Object> names = jdbc.sql("""
                        select u.display_name as proposer, o.name as unit, e.name as employer, s.name as sub_unit
                        from app_user u, office o, employer e left join employer_sub_unit s on s.id = :subUnit
                        where u.id = :user and o.id = :unit and e.id = :employer""")
                .param("user", proposal.getProposedBy()).param("unit", proposal.getProposerUnitId())
                .param("employer", proposal.getEmployerId()).param("subUnit", proposal.getSubUnitId())
                .query().singleRow();
        String workplace = names.get("employer") + (names.get("sub_unit") == null ? "" : ", " + names.get("sub_unit"));
        return String.join("|", proposal.getLevel().name(), plain(names.get("proposer")), plain(names.get("unit")),
                plain(workplace));
    }

    private static String plain(Object text) {
        return String.valueOf(text).replace('|', '/');
    }

    private String subUnitName(long employerId, long subUnitId) {
        return jdbc.sql("select name from employer_sub_unit where id = :id and employer_id = :employer")
                .param("id", subUnitId).param("employer", employerId).query(String.class).optional().orElse(null);
    }

    private List<ProposalRow> proposalRows(long needId) {
        return jdbc.sql("""
                        select p.id, p.employer_id, e.name as employer, e.org_number, s.name as sub_unit,
                               u.display_name as proposer, o.name as unit, p.level, p.comment, p.proposed_at,
                               p.accepted_at
                        from need_proposal p join employer e on e.id = p.employer_id
                        join app_user u on u.id = p.proposed_by join office o on o.id = p.proposer_unit_id
                        left join employer_sub_unit s on s.id = p.sub_unit_id
                        where p.need_id = :id order by p.proposed_at, p.id""")
                .param("id", needId)
                .query((rs, n) -> new ProposalRow(rs.getLong("id"), rs.getLong("employer_id"), rs.getString("employer"),
                        rs.getString("org_number"), rs.getString("sub_unit"), rs.getString("proposer"),
                        rs.getString("unit"), NeedLevel.valueOf(rs.getString("level")), rs.getString("comment"),
                        rs.getTimestamp("proposed_at").toInstant(),
                        rs.getTimestamp("accepted_at") == null ? null : rs.getTimestamp("accepted_at").toInstant()))
                .list();
    }

    private List<HistoryRow> historyRows(long needId) {
        return jdbc.sql("""
                        select h.occurred_at, u.display_name, h.action, h.from_state, h.to_state, h.level, h.comment
                        from need_history h join app_user u on u.id = h.actor_id
                        where h.need_id = :id order by h.occurred_at desc, h.id desc""")
                .param("id", needId)
                .query((rs, n) -> new HistoryRow(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        NeedAction.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? null : NeedState.valueOf(rs.getString(4)),
                        NeedState.valueOf(rs.getString(5)), NeedLevel.valueOf(rs.getString(6)), rs.getString(7)))
                .list();
    }

    private static String comment(String comment) {
        return comment == null || comment.isBlank() ? null : comment.strip();
    }

    private Need need(long id) {
        return needs.findById(id).orElseThrow(() -> new NotFoundException("need", id));
    }

    private InclusionProcess process(long id) {
        return processes.findById(id).orElseThrow(() -> new NotFoundException("process", id));
    }

    // ------------------------------------------------------------------ views

    public record Column(NeedState state, List<BoardCard> cards, long total) {
    }

    /** The board's columns in state order, the offices (id, name, county) its needs come from, the user's scope. */
    public record Board(List<Column> columns, List<String[]> offices, NeedsBoardScope scope) {
    }

    public record ProposalRow(long id, long employerId, String employerName, String orgNumber, String subUnitName,
            String proposerName, String proposerUnit, NeedLevel level, String comment, Instant proposedAt,
            Instant acceptedAt) {
    }

    public record HistoryRow(Instant occurredAt, String actorName, NeedAction action, NeedState fromState,
            NeedState toState, NeedLevel level, String comment) {
    }

    public record SubUnit(long id, String name, String municipality) {
    }

    /**
     * One need as its page shows it. {@code adaptationText} only while the candidate shares her adaptation needs with
     * employers; {@code processId} only for those who may change the process (the counsellor), never on the board.
     */
    public record NeedView(Need need, String officeName, String adaptationText, List<ProposalRow> proposals,
            List<HistoryRow> history, List<NeedAction> actions, boolean mayAccept, Long processId) {
    }

    /** The meeting mode's item: the need at {@code position} of the agenda of {@code total}, or null past the end. */
    public record AgendaItem(NeedView view, long total, int position) {
    }
}
