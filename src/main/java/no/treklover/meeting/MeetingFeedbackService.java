package no.treklover.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.audit.AuditAction;
import no.treklover.audit.AuditLog;
import no.treklover.meeting.MeetingFeedback.Heard;
import no.treklover.meeting.MeetingFeedback.Rating;
import no.treklover.notification.NotificationRequested;
import no.treklover.platform.text.NorwegianFormat;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.errors.PreconditionException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.RuleViolationException.Violation;
import no.treklover.platform.errors.StaleVersionException;
import no.treklover.process.InclusionProcess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidate's feedback after each held meeting she took part in (BRIEF §5): one per candidate and meeting, which
 * she may change for {@link #WINDOW} after the meeting. Who may read and write it is
 * {@link AccessPolicy#permitsMeetingFeedback}; every read and write is audit-logged as "meeting-feedback".
 */
@Service
public class MeetingFeedbackService {

    static final String RESOURCE = "meeting-feedback";
    static final int MAX_COMMENT = 1000;
    static final Duration WINDOW = Duration.ofDays(14);

    /** What the candidate answers; texts, so that unknown choices become field errors. */
    public record Input(String rating, String heard, String comment) {
    }

    public record Saved(MeetingFeedback feedback, boolean created) {
    }

    /** The feedback as the counsellor sees it, and whether the office had not read it before. */
    public record OfficeView(MeetingFeedback feedback, boolean wasNew) {
    }

    /** A held meeting on the candidate's page: her feedback, if any, and whether she may still give or change it. */
    public record CandidateView(MeetingFeedback feedback, boolean open, Instant closesAt) {
    }

    private final MeetingRepository meetings;
    private final MeetingFeedbackRepository feedback;
    private final MeetingService meetingService;
    private final MeetingSettings settings;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingFeedbackService(MeetingRepository meetings, MeetingFeedbackRepository feedback,
            MeetingService meetingService, MeetingSettings settings, AccessPolicy policy, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.feedback = feedback;
        this.meetingService = meetingService;
        this.settings = settings;
        this.policy = policy;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The candidate's own feedback, or (for the office's counsellors) the candidate's feedback on the meeting. */
    @Transactional
    public Optional<MeetingFeedback> read(CurrentUser user, long meetingId) {
        Meeting meeting = meetings.findById(meetingId)
                .orElseThrow(() -> new NotFoundException(MeetingService.RESOURCE, meetingId));
        InclusionProcess process = meetingService.loadProcess(meeting.getProcessId());
        boolean onMeeting = onMeetingAsCandidate(user, meeting);
        policy.requireMeetingFeedback(user, process.scope(), onMeeting, false, RESOURCE);
        return policy.givesMeetingFeedback(user, process.scope(), onMeeting)
                ? feedback.findByMeetingIdAndCandidateUserId(meetingId, user.id())
                : feedback.findByMeetingIdOrderByIdAsc(meetingId).stream().findFirst();
    }

    /** The meeting the candidate is about to give feedback on (403 unless hers to give, 409 unless open). */
    @Transactional
    public Meeting forGiving(CurrentUser user, long meetingId) {
        Meeting meeting = meetings.findById(meetingId)
                .orElseThrow(() -> new NotFoundException(MeetingService.RESOURCE, meetingId));
        InclusionProcess process = meetingService.loadProcess(meeting.getProcessId());
        policy.requireMeetingFeedback(user, process.scope(), onMeetingAsCandidate(user, meeting), true, RESOURCE);
        requireOpen(meeting);
        return meeting;
    }

    /**
     * Gives or changes the candidate's feedback. The first save needs no version (or "0"); a change needs the
     * current one. Only while the meeting is held and for {@link #WINDOW} after it.
     */
    @Transactional
    public Saved save(CurrentUser user, long meetingId, Long expectedVersion, Input input) {
        Meeting meeting = meetings.findForUpdateById(meetingId)
                .orElseThrow(() -> new NotFoundException(MeetingService.RESOURCE, meetingId));
        InclusionProcess process = meetingService.loadProcess(meeting.getProcessId());
        policy.requireMeetingFeedback(user, process.scope(), onMeetingAsCandidate(user, meeting), true, RESOURCE);
        requireOpen(meeting);
        Input in = input != null ? input : new Input(null, null, null);
        List<Violation> violations = new ArrayList<>();
        Rating rating = parse(Rating.class, "rating", in.rating(), violations);
        Heard heard = parse(Heard.class, "heard", in.heard(), violations);
        String comment = MeetingService.blankToNull(in.comment());
        if (comment != null && comment.length() > MAX_COMMENT) {
            violations.add(new Violation("comment", "meeting.validation.tooLong", MAX_COMMENT));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        Instant now = clock.instant();
        Optional<MeetingFeedback> existing = feedback.findByMeetingIdAndCandidateUserId(meetingId, user.id());
        MeetingFeedback entry;
        if (existing.isPresent()) {
            entry = existing.get();
            if (expectedVersion == null) {
                throw PreconditionException.missing();
            }
            if (entry.getVersion() != expectedVersion) {
                throw new StaleVersionException();
            }
        } else {
            if (expectedVersion != null && expectedVersion != 0) {
                throw new StaleVersionException();
            }
            entry = new MeetingFeedback(meetingId, user.id(), now);
        }
        entry.answer(rating, heard, comment, now);
        feedback.saveAndFlush(entry);
        if (existing.isEmpty()) {
            events.publishEvent(new NotificationRequested(meeting.getOrganizerId(), "meeting.feedback.notification",
                    List.of(settings.label(meeting.getType()),
                            NorwegianFormat.date(meeting.getStartsAt())),
                    "/meetings/" + meetingId + "#feedback", process.getId()));
        }
        return new Saved(entry, existing.isEmpty());
    }

    /**
     * The candidate's feedback on the meeting page of a counsellor of the office, and whether it was new to the
     * office before this visit; marks it as read by the office.
     */
    @Transactional
    public Optional<OfficeView> forOffice(CurrentUser user, MeetingService.Loaded loaded) {
        if (!loaded.manageable()
                || !policy.permitsMeetingFeedback(user, loaded.process().scope(), false, false)) {
            return Optional.empty();
        }
        List<MeetingFeedback> all = feedback.findByMeetingIdOrderByIdAsc(loaded.meeting().getId());
        if (all.isEmpty()) {
            return Optional.empty();
        }
        audit.allowed(user, AuditAction.READ, RESOURCE, loaded.process().getCandidateId(), "MEETING_FEEDBACK_READ");
        MeetingFeedback first = all.get(0);
        boolean wasNew = first.isNewForOffice();
        if (wasNew) {
            // not a change of the candidate's answers: her version (ETag) stays
            feedback.markReadByOffice(loaded.meeting().getId(), clock.instant());
        }
        return Optional.of(new OfficeView(first, wasNew));
    }

    /** The meetings among these with feedback the office has not read yet (the process card). */
    @Transactional
    public Set<Long> unreadByOffice(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return Set.of();
        }
        return feedback.findByMeetingIdIn(meetingIds).stream().filter(MeetingFeedback::isNewForOffice)
                .map(MeetingFeedback::getMeetingId).collect(Collectors.toSet());
    }

    /** The candidate's held meetings she took part in: her feedback and whether it is still open, by meeting id. */
    @Transactional
    public Map<Long, CandidateView> forCandidate(CurrentUser user, List<MeetingService.Loaded> loaded) {
        Map<Long, CandidateView> views = new HashMap<>();
        List<MeetingService.Loaded> held = loaded.stream()
                .filter(l -> l.meeting().getStatus() == MeetingStatus.HELD)
                .filter(l -> policy.givesMeetingFeedback(user, l.process().scope(),
                        onMeetingAsCandidate(user, l.meeting())))
                .toList();
        if (held.isEmpty()) {
            return views;
        }
        Map<Long, MeetingFeedback> mine = new HashMap<>();
        feedback.findByMeetingIdIn(held.stream().map(l -> l.meeting().getId()).toList()).stream()
                .filter(f -> f.getCandidateUserId() == user.id()).forEach(f -> mine.put(f.getMeetingId(), f));
        Instant now = clock.instant();
        for (MeetingService.Loaded l : held) {
            Instant closes = closesAt(l.meeting());
            views.put(l.meeting().getId(), new CandidateView(mine.get(l.meeting().getId()), !now.isAfter(closes),
                    closes));
        }
        if (!mine.isEmpty()) {
            audit.allowed(user, AuditAction.READ, RESOURCE, held.get(0).process().getCandidateId(),
                    "MEETING_FEEDBACK_READ");
        }
        return views;
    }

    /** When the candidate can no longer give or change feedback on the meeting. */
    @Transactional
    public Instant closesAt(long meetingId) {
        return meetings.findById(meetingId).map(MeetingFeedbackService::closesAt)
                .orElseThrow(() -> new NotFoundException(MeetingService.RESOURCE, meetingId));
    }

    Instant now() {
        return clock.instant();
    }

    static Instant closesAt(Meeting meeting) {
        return meeting.endsAt().plus(WINDOW);
    }

    private void requireOpen(Meeting meeting) {
        if (meeting.getStatus() != MeetingStatus.HELD) {
            throw new ConflictException("meeting.feedback.conflict.notHeld");
        }
        Instant closes = closesAt(meeting);
        if (clock.instant().isAfter(closes)) {
            throw new ConflictException("meeting.feedback.conflict.closed");
        }
    }

    /**
     * Whether the user is on the meeting as its candidate, with their own account: a fact for the policy, which
     * decides what it means ({@link AccessPolicy#permitsMeetingFeedback}).
     */
    static boolean onMeetingAsCandidate(CurrentUser user, Meeting meeting) {
        return meeting.getParticipants().stream().anyMatch(p -> p.getRole() == ParticipantRole.CANDIDATE
                        && p.getUserId() != null && p.getUserId() == user.id());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value,
            List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "meeting.feedback.validation.choose"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(field, "meeting.feedback.validation.choose"));
            return null;
        }
    }
}
