package no.treklover.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import no.treklover.access.AccessPolicy;
import no.treklover.access.AccessPolicy.MeetingAccess;
import no.treklover.access.CurrentUser;
import no.treklover.access.Role;
import no.treklover.audit.AuditAction;
import no.treklover.audit.AuditLog;
import no.treklover.candidate.Candidate;
import no.treklover.candidate.CandidateService;
import no.treklover.meeting.MeetingInput.Changes;
import no.treklover.meeting.MeetingInput.NewActionItem;
import no.treklover.meeting.MeetingInput.ParticipantInput;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.RuleViolationException.Violation;
import no.treklover.platform.errors.StaleVersionException;
import no.treklover.platform.validation.DateRanges;
import no.treklover.process.InclusionProcess;
import no.treklover.process.InclusionProcessRepository;
import no.treklover.process.Phase;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up meetings: plan, change, record minutes, cancel, action items; their iCalendar; the cadence. Who may do
 * what is {@link AccessPolicy#meetingAccess}; reads and writes of minutes are audit-logged as "meeting-minutes".
 */
@Service
public class MeetingService {

    static final String RESOURCE = "meeting";
    static final String MINUTES_RESOURCE = "meeting-minutes";
    static final int MAX_LOCATION = 300;
    static final int MAX_TEXT = 4000;
    static final int MAX_MINUTES = 20000;
    static final int MAX_NAME = 200;
    static final int MAX_PARTICIPANTS = 30;
    static final int DEFAULT_DURATION = 60;

    /** A meeting with what the user may see of it. */
    public record Loaded(Meeting meeting, InclusionProcess process, MeetingAccess access, List<ActionItem> items) {

        public boolean minutesVisible() {
            return access.compareTo(MeetingAccess.MINUTES) >= 0;
        }

        public boolean manageable() {
            return access == MeetingAccess.MANAGE;
        }
    }

    /** The cadence of a process, if it applies (open, in Oppstart or Oppfølging, with a start). */
    public record Cadence(Optional<FollowUpCadence.Status> status, Integer processWeeks, long processVersion,
            Integer officeWeeks, int effectiveWeeks, Meeting nextMeeting, long overdueActionItems) {
    }

    private final MeetingRepository meetings;
    private final ActionItemRepository items;
    private final InclusionProcessRepository processes;
    private final CandidateService candidates;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final MeetingPeople people;
    private final MeetingSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, ActionItemRepository items, InclusionProcessRepository processes,
            CandidateService candidates, AccessPolicy policy,
            AuditLog audit, MeetingPeople people, MeetingSettings settings, ApplicationEventPublisher events,
            Clock clock) {
        this.meetings = meetings;
        this.items = items;
        this.processes = processes;
        this.candidates = candidates;
        this.policy = policy;
        this.audit = audit;
        this.people = people;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ meetings

    @Transactional
    public Meeting create(CurrentUser user, long processId, Changes input) {
        InclusionProcess process = loadProcess(processId);
        policy.requireMeeting(user, process.scope(), true, false, MeetingAccess.MANAGE, true, RESOURCE);
        Changes in = input != null ? input : Changes.empty();
        List<Violation> violations = new ArrayList<>();
        if (in.type() == null) {
            violations.add(new Violation("type", "validation.required"));
        }
        if (in.startsAt() == null) {
            violations.add(new Violation("startsAt", "validation.required"));
        }
        DateRanges.check(in.startsAt(), "startsAt", violations);
        if (in.channel() == null) {
            violations.add(new Violation("channel", "validation.required"));
        }
        validateTexts(in, in.type(), violations);
        int duration = in.durationMinutes() != null ? in.durationMinutes() : DEFAULT_DURATION;
        validateDuration(duration, violations);
        List<Participant> participants = in.participants() == null
                ? defaultParticipants(user, process) : resolve(in.participants(), process, violations);
        if (in.status() != null && in.status() != MeetingStatus.PLANNED && in.status() != MeetingStatus.HELD) {
            violations.add(new Violation("status", "meeting.validation.status"));
        }
        if (in.status() == MeetingStatus.HELD && in.startsAt() != null
                && in.startsAt().toInstant().isAfter(clock.instant())) {
            violations.add(new Violation("status", "meeting.validation.heldInFuture"));
        }
        throwIfAny(violations);
        Instant now = clock.instant();
        Meeting meeting = new Meeting(processId, in.type(), user.id(), now);
        meeting.schedule(in.startsAt().toInstant(), duration, in.channel(), blankToNull(in.location()));
        meeting.replaceParticipants(participants);
        meeting.setAgenda(in.agenda() != null ? blankToNull(in.agenda())
                : settings.template(process.getOfficeId(), in.type()).agenda());
        meeting.recordMinutes(blankToNull(in.minutes()), blankToNull(in.decisions()));
        if (in.type() == MeetingType.OPPSTARTSMOTE) {
            meeting.recordStartUp(blankToNull(in.goals()), blankToNull(in.trainingPlan()),
                    blankToNull(in.weeklyPlan()), blankToNull(in.roles()));
        }
        if (in.status() == MeetingStatus.HELD) {
            meeting.setStatus(MeetingStatus.HELD);
        }
        meetings.saveAndFlush(meeting);
        if (meeting.getMinutes() != null || meeting.getDecisions() != null) {
            audit.allowed(user, AuditAction.WRITE, MINUTES_RESOURCE, process.getCandidateId(), "MEETING_MANAGE");
        }
        publish(meeting, MeetingChanged.Kind.PLANNED, user, now);
        return meeting;
    }

    /** The process's meetings the user may see, earliest first (403 when none could be theirs). */
    @Transactional
    public List<Loaded> list(CurrentUser user, long processId) {
        InclusionProcess process = loadProcess(processId);
        boolean signed = mentorSigned(user, process);
        policy.requireMeeting(user, process.scope(), signed, false, MeetingAccess.SCHEDULE, false, RESOURCE);
        List<Meeting> all = meetings.findByProcessIdOrderByStartsAtAscIdAsc(processId);
        Map<Long, List<ActionItem>> itemsByMeeting = itemsOf(all);
        List<Loaded> visible = new ArrayList<>();
        boolean minutesShown = false;
        for (Meeting meeting : all) {
            MeetingAccess access = policy.meetingAccess(user, process.scope(), signed, meeting.takesPart(user.id()));
            if (access == MeetingAccess.NONE) {
                continue;
            }
            Loaded loaded = new Loaded(meeting, process, access,
                    itemsByMeeting.getOrDefault(meeting.getId(), List.of()));
            minutesShown |= loaded.minutesVisible() && hasMinutes(loaded);
            visible.add(loaded);
        }
        if (minutesShown) {
            audit.allowed(user, AuditAction.READ, MINUTES_RESOURCE, process.getCandidateId(), "MEETING_LIST");
        }
        return visible;
    }

    /**
     * The next planned meeting of the process, for a card that shows only when it is: unlike {@link #list} it loads
     * no action items and reads (and logs) no minutes. Empty when there is none; 403 as for {@link #list}.
     */
    @Transactional
    public Optional<Meeting> nextPlanned(CurrentUser user, long processId) {
        InclusionProcess process = loadProcess(processId);
        policy.requireMeeting(user, process.scope(), mentorSigned(user, process), false, MeetingAccess.SCHEDULE,
                false, RESOURCE);
        Instant now = clock.instant();
        return meetings.findByProcessIdOrderByStartsAtAscIdAsc(processId).stream()
                .filter(m -> m.getStatus() == MeetingStatus.PLANNED && m.endsAt().isAfter(now)).findFirst();
    }

    /** A meeting for a page that only those who manage it see (the cancellation's confirmation); logged as a read. */
    @Transactional
    public Loaded readToManage(CurrentUser user, long id) {
        Meeting meeting = meetings.findById(id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
        return authorize(user, meeting, MeetingAccess.MANAGE, false);
    }

    @Transactional
    public Loaded read(CurrentUser user, long id) {
        Meeting meeting = meetings.findById(id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
        Loaded loaded = authorize(user, meeting, MeetingAccess.SCHEDULE, false);
        if (loaded.minutesVisible() && hasMinutes(loaded)) {
            audit.allowed(user, AuditAction.READ, MINUTES_RESOURCE, loaded.process().getCandidateId(),
                    "MEETING_" + loaded.access().name());
        }
        return loaded;
    }

    @Transactional
    public Meeting update(CurrentUser user, long id, long expectedVersion, Changes input) {
        Loaded loaded = forChange(user, id, expectedVersion);
        Meeting meeting = loaded.meeting();
        Changes in = input != null ? input : Changes.empty();
        List<Violation> violations = new ArrayList<>();
        if (in.type() != null && in.type() != meeting.getType()) {
            violations.add(new Violation("type", "meeting.validation.typeFixed"));
        }
        validateTexts(in, meeting.getType(), violations);
        DateRanges.check(in.startsAt(), "startsAt", violations);
        int duration = in.durationMinutes() != null ? in.durationMinutes() : meeting.getDurationMinutes();
        validateDuration(duration, violations);
        List<Participant> participants = in.participants() == null ? null
                : resolve(in.participants(), loaded.process(), violations);
        Instant startsAt = in.startsAt() != null ? in.startsAt().toInstant() : meeting.getStartsAt();
        if (in.status() == MeetingStatus.CANCELLED) {
            violations.add(new Violation("status", "meeting.validation.cancelSeparately"));
        }
        MeetingStatus status = in.status() != null ? in.status() : meeting.getStatus();
        if (status == MeetingStatus.HELD && startsAt.isAfter(clock.instant())) {
            violations.add(new Violation("status", "meeting.validation.heldInFuture"));
        }
        throwIfAny(violations);
        Instant now = clock.instant();
        int sequence = meeting.getIcalSequence();
        meeting.schedule(startsAt, duration, in.channel() != null ? in.channel() : meeting.getChannel(),
                in.location() != null ? blankToNull(in.location()) : meeting.getLocation());
        if (participants != null) {
            meeting.replaceParticipants(participants);
        }
        if (in.agenda() != null) {
            meeting.setAgenda(blankToNull(in.agenda()));
        }
        boolean minutesChanged = in.minutes() != null || in.decisions() != null;
        if (minutesChanged) {
            meeting.recordMinutes(in.minutes() != null ? blankToNull(in.minutes()) : meeting.getMinutes(),
                    in.decisions() != null ? blankToNull(in.decisions()) : meeting.getDecisions());
        }
        if (meeting.getType() == MeetingType.OPPSTARTSMOTE && (in.goals() != null || in.trainingPlan() != null
                || in.weeklyPlan() != null || in.roles() != null)) {
            meeting.recordStartUp(keep(in.goals(), meeting.getGoals()), keep(in.trainingPlan(),
                    meeting.getTrainingPlan()), keep(in.weeklyPlan(), meeting.getWeeklyPlan()),
                    keep(in.roles(), meeting.getRoles()));
            minutesChanged = true;
        }
        MeetingStatus before = meeting.getStatus();
        meeting.setStatus(status);
        meeting.touch(now);
        meetings.saveAndFlush(meeting);
        if (minutesChanged) {
            audit.allowed(user, AuditAction.WRITE, MINUTES_RESOURCE, loaded.process().getCandidateId(),
                    "MEETING_MANAGE");
        }
        MeetingChanged.Kind kind = before != MeetingStatus.HELD && status == MeetingStatus.HELD
                ? MeetingChanged.Kind.HELD
                : meeting.getIcalSequence() != sequence ? MeetingChanged.Kind.RESCHEDULED : MeetingChanged.Kind.UPDATED;
        publish(meeting, kind, user, now);
        return meeting;
    }

    /** Longest cancellation reason (the column's width). */
    public static final int MAX_CANCEL_REASON = 1000;

    /**
     * Cancels a planned meeting; the reason is required and reaches the participants (notification, e-mail and the
     * calendar's cancellation, through {@link CancellationNotices}).
     */
    @Transactional
    public Meeting cancel(CurrentUser user, long id, long expectedVersion, String reason) {
        String why = blankToNull(reason);
        if (why == null) {
            throw new RuleViolationException("reason", "meeting.validation.cancelReasonRequired");
        }
        if (why.length() > MAX_CANCEL_REASON) {
            throw new RuleViolationException("reason", "meeting.validation.tooLong", MAX_CANCEL_REASON);
        }
        Loaded loaded = forChange(user, id, expectedVersion);
        Meeting meeting = loaded.meeting();
        if (meeting.getStatus() == MeetingStatus.HELD) {
            throw new ConflictException("meeting.conflict.heldCannotCancel");
        }
        if (meeting.getStatus() == MeetingStatus.CANCELLED) {
            throw new ConflictException("meeting.conflict.cancelled");
        }
        Instant now = clock.instant();
        meeting.cancel(now, why);
        meeting.touch(now);
        meetings.saveAndFlush(meeting);
        publish(meeting, MeetingChanged.Kind.CANCELLED, user, now);
        return meeting;
    }

    // ------------------------------------------------------------------ action items

    @Transactional
    public ActionItem addActionItem(CurrentUser user, long meetingId, NewActionItem input) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> new NotFoundException(RESOURCE, meetingId));
        Loaded loaded = authorize(user, meeting, MeetingAccess.MANAGE, true);
        List<Violation> violations = new ArrayList<>();
        String text = input == null ? null : blankToNull(input.text());
        if (text == null) {
            violations.add(new Violation("text", "validation.required"));
        } else if (text.length() > 1000) {
            violations.add(new Violation("text", "meeting.validation.tooLong", 1000));
        }
        String owner = input == null ? null : blankToNull(input.owner());
        if (owner != null && owner.length() > MAX_NAME) {
            violations.add(new Violation("owner", "meeting.validation.tooLong", MAX_NAME));
        }
        DateRanges.check(input == null ? null : input.dueDate(), "dueDate", violations);
        throwIfAny(violations);
        if (meeting.getStatus() == MeetingStatus.CANCELLED) {
            throw new ConflictException("meeting.conflict.cancelled");
        }
        ActionItem item = items.saveAndFlush(new ActionItem(meetingId, text, owner, input.dueDate(), clock.instant()));
        audit.allowed(user, AuditAction.WRITE, MINUTES_RESOURCE, loaded.process().getCandidateId(), "MEETING_MANAGE");
        return item;
    }

    @Transactional
    public ActionItem markActionItem(CurrentUser user, long meetingId, long itemId, long expectedVersion,
            boolean done) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> new NotFoundException(RESOURCE, meetingId));
        ActionItem item = items.findById(itemId).filter(i -> i.getMeetingId() == meetingId)
                .orElseThrow(() -> new NotFoundException("action-item", itemId));
        Loaded loaded = authorize(user, meeting, MeetingAccess.MANAGE, true);
        if (item.getVersion() != expectedVersion) {
            throw new StaleVersionException();
        }
        item.markDone(done, clock.instant());
        items.saveAndFlush(item);
        audit.allowed(user, AuditAction.WRITE, MINUTES_RESOURCE, loaded.process().getCandidateId(), "MEETING_MANAGE");
        return item;
    }

    // ------------------------------------------------------------------ calendar

    /** The meeting as an iCalendar invitation: REQUEST, or CANCEL once cancelled. */
    @Transactional
    public String ics(CurrentUser user, long id) {
        Loaded loaded = read(user, id);
        Meeting meeting = loaded.meeting();
        ICalendar.Method method = meeting.getStatus() == MeetingStatus.CANCELLED
                ? ICalendar.Method.CANCEL : ICalendar.Method.REQUEST;
        return ICalendar.write(method, List.of(event(meeting, loaded.process())), clock.instant());
    }

    ICalendar.Event event(Meeting meeting, InclusionProcess process) {
        return event(meeting, process, people.find(accountIds(List.of(meeting))));
    }

    /** The organisers and participants with an account of these meetings, to look up in one query. */
    private static List<Long> accountIds(List<Meeting> meetings) {
        List<Long> ids = new ArrayList<>();
        for (Meeting meeting : meetings) {
            ids.add(meeting.getOrganizerId());
            meeting.getParticipants().stream().map(Participant::getUserId).filter(Objects::nonNull).forEach(ids::add);
        }
        return ids.stream().distinct().toList();
    }

    private ICalendar.Event event(Meeting meeting, InclusionProcess process,
            Map<Long, MeetingPeople.Account> accounts) {
        Candidate candidate = candidates.load(process.getCandidateId());
        MeetingPeople.Account organizer = accounts.get(meeting.getOrganizerId());
        List<ICalendar.Person> attendees = new ArrayList<>();
        int position = 0;
        for (Participant p : meeting.getParticipants()) {
            MeetingPeople.Account account = p.getUserId() == null ? null : accounts.get(p.getUserId());
            attendees.add(new ICalendar.Person(p.getName(), address(account, meeting, position++)));
        }
        String summary = settings.message("meeting.ics.summary", settings.label(meeting.getType()),
                candidate.getFirstName() + " " + initial(candidate.getLastName()));
        String place = settings.message("meeting.channel." + meeting.getChannel().name())
                + (meeting.getLocation() != null ? ": " + meeting.getLocation() : "");
        String description = (meeting.getCancelReason() != null && meeting.getStatus() == MeetingStatus.CANCELLED
                ? settings.message("meeting.ics.cancelReason", meeting.getCancelReason()) + "\n\n" : "")
                + (meeting.getAgenda() != null ? meeting.getAgenda() + "\n\n" : "")
                + settings.message("meeting.ics.link", settings.link("/meetings/" + meeting.getId()));
        return new ICalendar.Event(meeting.getIcalUid(), meeting.getIcalSequence(), meeting.getStartsAt(),
                meeting.endsAt(), summary, description, place, meeting.getStatus() == MeetingStatus.CANCELLED,
                organizer == null ? null : new ICalendar.Person(organizer.displayName(),
                        address(organizer, meeting, -1)), attendees);
    }

    private static String address(MeetingPeople.Account account, Meeting meeting, int position) {
        if (account != null && account.email() != null && !account.email().isBlank()) {
            return "mailto:" + account.email();
        }
        if (account != null) {
            return "urn:x-treklover:user:" + account.id();
        }
        return "urn:x-treklover:meeting:" + meeting.getId() + ":participant:" + position;
    }

    private static String initial(String lastName) {
        return lastName == null || lastName.isBlank() ? "" : lastName.substring(0, 1) + ".";
    }

    /** The meetings a user takes part in and may still see, from 90 days back: the personal feed. */
    @Transactional
    public String feed(CurrentUser user) {
        Instant from = clock.instant().minus(90, ChronoUnit.DAYS);
        Map<Long, InclusionProcess> processCache = new HashMap<>();
        List<Meeting> visible = new ArrayList<>();
        for (Meeting meeting : meetings.findTakingPart(user.id(), from)) {
            InclusionProcess process = processCache.computeIfAbsent(meeting.getProcessId(), this::loadProcess);
            MeetingAccess access = policy.meetingAccess(user, process.scope(), mentorSigned(user, process), true);
            if (access != MeetingAccess.NONE) {
                visible.add(meeting);
            }
        }
        // One account look-up for the whole feed, not one per meeting.
        Map<Long, MeetingPeople.Account> accounts = people.find(accountIds(visible));
        List<ICalendar.Event> events = visible.stream()
                .map(m -> event(m, processCache.get(m.getProcessId()), accounts)).toList();
        processCache.values().stream().map(InclusionProcess::getCandidateId).distinct().forEach(candidateId ->
                audit.allowed(user, AuditAction.READ, "meeting-calendar-feed", candidateId, "MEETING_SCHEDULE"));
        return ICalendar.write(ICalendar.Method.PUBLISH, events, clock.instant());
    }

    // ------------------------------------------------------------------ cadence and the process card

    @Transactional
    public Cadence cadence(CurrentUser user, long processId) {
        InclusionProcess process = loadProcess(processId);
        policy.requireMeeting(user, process.scope(), mentorSigned(user, process), false, MeetingAccess.SCHEDULE,
                false, RESOURCE);
        return cadenceOf(process, meetings.findByProcessIdOrderByStartsAtAscIdAsc(processId));
    }

    Cadence cadenceOf(InclusionProcess process, List<Meeting> all) {
        return cadenceOf(process, all, itemsOf(all));
    }

    /** The cadence from meetings whose action items are already loaded (the process card has them). */
    Cadence cadenceOf(InclusionProcess process, List<Meeting> all, Map<Long, List<ActionItem>> itemsByMeeting) {
        MeetingSettings.CadenceInputs inputs = settings.cadenceInputs(process.getId(), process.getOfficeId());
        MeetingSettings.Interval own = inputs.own();
        MeetingSettings.Interval office = inputs.office();
        int weeks = FollowUpCadence.interval(own.weeks(), office.weeks());
        Optional<FollowUpCadence.Status> status = Optional.empty();
        if (process.isOpen() && (process.getPhase() == Phase.START_UP || process.getPhase() == Phase.FOLLOW_UP)) {
            status = FollowUpCadence.start(process.getStartDate(), inputs.enteredStartUp(), ICalendar.OSLO)
                    .map(start -> FollowUpCadence.evaluate(start, all.stream()
                            .filter(m -> m.getStatus() == MeetingStatus.HELD && m.getType().countsAsFollowUp())
                            .map(Meeting::getStartsAt).toList(), weeks, clock.instant(), ICalendar.OSLO));
        }
        Instant now = clock.instant();
        Meeting next = all.stream().filter(m -> m.getStatus() == MeetingStatus.PLANNED && m.endsAt().isAfter(now))
                .min(Comparator.comparing(Meeting::getStartsAt)).orElse(null);
        LocalDate today = LocalDate.now(clock.withZone(ICalendar.OSLO));
        long overdueItems = itemsByMeeting.values().stream().flatMap(List::stream)
                .filter(i -> i.overdueOn(today)).count();
        return new Cadence(status, own.weeks(), own.version(), office.weeks(), weeks, next, overdueItems);
    }

    @Transactional
    public Cadence setProcessInterval(CurrentUser user, long processId, Integer weeks, long expectedVersion) {
        InclusionProcess process = loadProcess(processId);
        policy.requireMeeting(user, process.scope(), true, false, MeetingAccess.MANAGE, true, RESOURCE);
        settings.setProcessInterval(processId, weeks, expectedVersion);
        return cadenceOf(process, meetings.findByProcessIdOrderByStartsAtAscIdAsc(processId));
    }

    /** The process a counsellor is about to plan a meeting for (403 unless they manage its meetings). */
    @Transactional
    public InclusionProcess forPlanning(CurrentUser user, long processId) {
        InclusionProcess process = loadProcess(processId);
        policy.requireMeeting(user, process.scope(), true, false, MeetingAccess.MANAGE, false, RESOURCE);
        return process;
    }

    public String defaultAgenda(InclusionProcess process, MeetingType type) {
        return settings.template(process.getOfficeId(), type).agenda();
    }

    public String candidateName(InclusionProcess process) {
        return candidates.load(process.getCandidateId()).fullName();
    }

    public List<MeetingPeople.Account> employerAccounts(InclusionProcess process) {
        return process.getEmployerId() == null ? List.of() : people.employerAccounts(process.getEmployerId());
    }

    // ------------------------------------------------------------------ helpers

    InclusionProcess loadProcess(long id) {
        return processes.findById(id).orElseThrow(() -> new NotFoundException("process", id));
    }

    private Loaded forChange(CurrentUser user, long id, long expectedVersion) {
        Meeting meeting = meetings.findForUpdateById(id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
        Loaded loaded = authorize(user, meeting, MeetingAccess.MANAGE, true);
        if (meeting.getVersion() != expectedVersion) {
            throw new StaleVersionException();
        }
        if (meeting.getStatus() == MeetingStatus.CANCELLED) {
            throw new ConflictException("meeting.conflict.cancelled");
        }
        return loaded;
    }

    private Loaded authorize(CurrentUser user, Meeting meeting, MeetingAccess least, boolean write) {
        InclusionProcess process = loadProcess(meeting.getProcessId());
        MeetingAccess access = policy.requireMeeting(user, process.scope(), mentorSigned(user, process),
                meeting.takesPart(user.id()), least, write, RESOURCE);
        return new Loaded(meeting, process, access, items.findByMeetingIdOrderByIdAsc(meeting.getId()));
    }

    /** Whether the user is the process's mentor and has signed the confidentiality declaration. */
    boolean mentorSigned(CurrentUser user, InclusionProcess process) {
        return policy.signsConfidentialityDeclaration(user) && process.getMentorUserId() != null
                && process.getMentorUserId() == user.id() && process.isMentorDeclarationSigned();
    }

    private Map<Long, List<ActionItem>> itemsOf(List<Meeting> all) {
        Map<Long, List<ActionItem>> byMeeting = new LinkedHashMap<>();
        if (all.isEmpty()) {
            return byMeeting;
        }
        items.findByMeetingIdInOrderByIdAsc(all.stream().map(Meeting::getId).toList())
                .forEach(i -> byMeeting.computeIfAbsent(i.getMeetingId(), k -> new ArrayList<>()).add(i));
        return byMeeting;
    }

    private static boolean hasMinutes(Loaded loaded) {
        Meeting m = loaded.meeting();
        return m.getMinutes() != null || m.getDecisions() != null || !loaded.items().isEmpty() || m.getGoals() != null
                || m.getTrainingPlan() != null || m.getWeeklyPlan() != null || m.getRoles() != null;
    }

    private List<Participant> defaultParticipants(CurrentUser user, InclusionProcess process) {
        List<Participant> all = new ArrayList<>();
        Candidate candidate = candidates.load(process.getCandidateId());
        all.add(new Participant(ParticipantRole.CANDIDATE, candidate.fullName(),
                people.candidateAccount(process.getCandidateId()).orElse(null)));
        if (process.getMentorUserId() != null || process.getMentorName() != null) {
            all.add(new Participant(ParticipantRole.MENTOR, mentorName(process), process.getMentorUserId()));
        }
        long counsellor = user.role() == Role.COUNSELLOR ? user.id() : process.getCounsellorId();
        all.add(new Participant(ParticipantRole.COUNSELLOR,
                people.find(counsellor).map(MeetingPeople.Account::displayName).orElse("Veileder"), counsellor));
        return all;
    }

    private String mentorName(InclusionProcess process) {
        if (process.getMentorName() != null) {
            return process.getMentorName();
        }
        return people.find(process.getMentorUserId()).map(MeetingPeople.Account::displayName).orElse("Mentor");
    }

    /** Who takes part as whom: the candidate's and the mentor's accounts come from the process, others are checked. */
    private List<Participant> resolve(List<ParticipantInput> inputs, InclusionProcess process,
            List<Violation> violations) {
        List<Participant> resolved = new ArrayList<>();
        if (inputs.size() > MAX_PARTICIPANTS) {
            violations.add(new Violation("participants", "meeting.validation.tooManyParticipants", MAX_PARTICIPANTS));
            return resolved;
        }
        for (int i = 0; i < inputs.size(); i++) {
            ParticipantInput in = inputs.get(i);
            String field = "participants[" + i + "]";
            if (in == null || in.role() == null) {
                violations.add(new Violation(field + ".role", "validation.required"));
                continue;
            }
            String name = blankToNull(in.name());
            if (name != null && name.length() > MAX_NAME) {
                violations.add(new Violation(field + ".name", "meeting.validation.tooLong", MAX_NAME));
                continue;
            }
            Long userId = null;
            switch (in.role()) {
                case CANDIDATE -> {
                    userId = people.candidateAccount(process.getCandidateId()).orElse(null);
                    if (name == null) {
                        name = candidates.load(process.getCandidateId()).fullName();
                    }
                }
                case MENTOR -> {
                    userId = process.getMentorUserId();
                    if (name == null && (userId != null || process.getMentorName() != null)) {
                        name = mentorName(process);
                    }
                }
                case COUNSELLOR -> {
                    userId = in.userId() != null ? in.userId() : process.getCounsellorId();
                    Optional<MeetingPeople.Account> account = people.find(userId);
                    if (account.isEmpty() || !"COUNSELLOR".equals(account.get().role())
                            || !Objects.equals(account.get().officeId(), process.getOfficeId())) {
                        violations.add(new Violation(field + ".userId", "meeting.validation.participantAccount"));
                        continue;
                    }
                    if (name == null) {
                        name = account.get().displayName();
                    }
                }
                case EMPLOYER -> {
                    if (in.userId() != null) {
                        Optional<MeetingPeople.Account> account = people.find(in.userId());
                        if (account.isEmpty() || !"EMPLOYER".equals(account.get().role())
                                || process.getEmployerId() == null
                                || !Objects.equals(account.get().employerId(), process.getEmployerId())) {
                            violations.add(new Violation(field + ".userId", "meeting.validation.participantAccount"));
                            continue;
                        }
                        userId = in.userId();
                        if (name == null) {
                            name = account.get().displayName();
                        }
                    }
                }
                default -> {
                    // measure provider and others: by name only
                }
            }
            if (name == null) {
                violations.add(new Violation(field + ".name", "validation.required"));
                continue;
            }
            if (name.length() > MAX_NAME) {
                violations.add(new Violation(field + ".name", "meeting.validation.tooLong", MAX_NAME));
                continue;
            }
            resolved.add(new Participant(in.role(), name, userId));
        }
        return resolved;
    }

    private static void validateTexts(Changes in, MeetingType type, List<Violation> violations) {
        tooLong("location", in.location(), MAX_LOCATION, violations);
        tooLong("agenda", in.agenda(), MeetingSettings.MAX_AGENDA, violations);
        tooLong("minutes", in.minutes(), MAX_MINUTES, violations);
        tooLong("decisions", in.decisions(), MeetingSettings.MAX_AGENDA, violations);
        tooLong("goals", in.goals(), MAX_TEXT, violations);
        tooLong("trainingPlan", in.trainingPlan(), MAX_TEXT, violations);
        tooLong("weeklyPlan", in.weeklyPlan(), MAX_TEXT, violations);
        tooLong("roles", in.roles(), MAX_TEXT, violations);
        if (type != null && type != MeetingType.OPPSTARTSMOTE) {
            for (var field : Map.of("goals", nz(in.goals()), "trainingPlan", nz(in.trainingPlan()),
                    "weeklyPlan", nz(in.weeklyPlan()), "roles", nz(in.roles())).entrySet()) {
                if (!field.getValue().isBlank()) {
                    violations.add(new Violation(field.getKey(), "meeting.validation.startUpOnly"));
                }
            }
        }
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static void validateDuration(int duration, List<Violation> violations) {
        if (duration < 5 || duration > 720) {
            violations.add(new Violation("durationMinutes", "meeting.validation.duration", 5, 720));
        }
    }

    private static void tooLong(String field, String value, int max, List<Violation> violations) {
        if (value != null && value.strip().length() > max) {
            violations.add(new Violation(field, "meeting.validation.tooLong", max));
        }
    }

    private static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    private static String keep(String next, String current) {
        return next != null ? blankToNull(next) : current;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private void publish(Meeting meeting, MeetingChanged.Kind kind, CurrentUser user, Instant now) {
        events.publishEvent(new MeetingChanged(meeting.getProcessId(), meeting.getId(), kind, meeting.getType().name(),
                user.id(), now));
    }
}
