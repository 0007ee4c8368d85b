package no.treklover.meeting;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.treklover.access.AccessPolicy;
import no.treklover.access.AccessPolicy.MeetingAccess;
import no.treklover.access.CurrentUser;
import no.treklover.access.Role;
import no.treklover.process.InclusionProcess;
import no.treklover.process.InclusionProcessRepository;
import no.treklover.platform.text.PageLocale;
import no.treklover.platform.web.RequestMemo;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meeting sections other features' pages show through their template slots ({@code @meetingSections} in
 * Thymeleaf): the process card, the candidate's meetings on /my, the next meeting on the partner page. They never
 * throw for a user who may not see meetings; they show nothing instead.
 */
@Component("meetingSections")
public class MeetingSections {

    /** The counsellor's card on the process page. */
    public record ProcessCard(long processId, MeetingService.Cadence cadence, List<MeetingService.Loaded> meetings,
            List<MeetingType> types, java.util.Set<Long> newFeedbackMeetings) {

        /** How many meetings have feedback from the candidate the office has not read yet. */
        public int newFeedback() {
            return newFeedbackMeetings.size();
        }

        public boolean hasNewFeedback(long meetingId) {
            return newFeedbackMeetings.contains(meetingId);
        }
    }

    /** The candidate's section: the meetings to come and the held meetings whose minutes they may read. */
    public record MySection(List<MeetingService.Loaded> upcoming, List<MeetingService.Loaded> withMinutes,
            Map<Long, MeetingFeedbackService.CandidateView> feedback) {

        /** Her feedback on a held meeting she took part in, and whether it is open; null for other meetings. */
        public MeetingFeedbackService.CandidateView feedbackOn(long meetingId) {
            return feedback.get(meetingId);
        }
    }

    private final MeetingService meetings;
    private final MeetingFeedbackService feedback;
    private final InclusionProcessRepository processes;
    private final AccessPolicy policy;
    private final Clock clock;
    private final MessageSource messages;

    MeetingSections(MeetingService meetings, MeetingFeedbackService feedback, InclusionProcessRepository processes,
            AccessPolicy policy, Clock clock, MessageSource messages) {
        this.messages = messages;
        this.meetings = meetings;
        this.feedback = feedback;
        this.processes = processes;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional
    public ProcessCard forProcess(long processId, CurrentUser user) {
        if (!may(user, processId, MeetingAccess.MANAGE)) {
            return null;
        }
        List<MeetingService.Loaded> all = meetings.list(user, processId);
        MeetingService.Cadence cadence = meetings.cadenceOf(all.isEmpty() ? meetings.loadProcess(processId)
                : all.get(0).process(), all.stream().map(MeetingService.Loaded::meeting).toList(),
                all.stream().collect(java.util.stream.Collectors.toMap(l -> l.meeting().getId(),
                        MeetingService.Loaded::items)));
        return new ProcessCard(processId, cadence,
                all.stream().sorted(Comparator.comparing((MeetingService.Loaded l) -> l.meeting().getStartsAt())
                        .reversed()).toList(), List.of(MeetingType.values()),
                feedback.unreadByOffice(all.stream().map(l -> l.meeting().getId()).toList()));
    }

    /** Once per request: the candidate's home page asks for it for her tasks and for the meetings card. */
    @Transactional
    public MySection forCandidate(CurrentUser user) {
        return RequestMemo.once("meetingSections.forCandidate:" + (user == null ? "-" : user.id()),
                () -> loadForCandidate(user));
    }

    private MySection loadForCandidate(CurrentUser user) {
        if (user == null || user.role() != Role.CANDIDATE || user.candidateId() == null) {
            return null;
        }
        InclusionProcess process = processes.ofCandidate(user.candidateId()).stream()
                .findFirst().orElse(null);
        if (process == null || !may(user, process.getId(), MeetingAccess.SCHEDULE)) {
            return null;
        }
        Instant now = clock.instant();
        List<MeetingService.Loaded> all = meetings.list(user, process.getId());
        List<MeetingService.Loaded> upcoming = all.stream()
                .filter(l -> l.meeting().getStatus() == MeetingStatus.PLANNED && l.meeting().endsAt().isAfter(now))
                .limit(5).toList();
        List<MeetingService.Loaded> withMinutes = all.stream()
                .filter(l -> l.meeting().getStatus() != MeetingStatus.CANCELLED && l.minutesVisible()
                        && (l.meeting().getStatus() == MeetingStatus.HELD || l.meeting().getMinutes() != null
                                || l.meeting().getDecisions() != null))
                .sorted(Comparator.comparing((MeetingService.Loaded l) -> l.meeting().getStartsAt()).reversed())
                .toList();
        return new MySection(upcoming, withMinutes, feedback.forCandidate(user, withMinutes));
    }

    /** The next planned meeting of a process the partner takes part in, or null (also before the declaration). */
    @Transactional
    public Meeting nextForPartner(long processId, CurrentUser user) {
        if (!may(user, processId, MeetingAccess.SCHEDULE)) {
            return null;
        }
        return meetings.nextPlanned(user, processId).orElse(null);
    }


    /**
     * "tirsdag 1. desember 2026 kl. 10:00" in Oslo time, in the page's language: the pattern is a message
     * ({@code meeting.format.when}), so a new language brings its own.
     */
    public String when(Meeting meeting) {
        return pattern("meeting.format.when", "EEEE d. MMMM yyyy 'kl.' HH:mm")
                .format(meeting.getStartsAt().atZone(ICalendar.OSLO));
    }

    private java.time.format.DateTimeFormatter pattern(String key, String bokmal) {
        java.util.Locale locale = PageLocale.current();
        return java.time.format.DateTimeFormatter.ofPattern(messages.getMessage(key, null, bokmal, locale), locale);
    }

    public String shortWhen(Meeting meeting) {
        return no.treklover.platform.text.NorwegianFormat.dateTime(meeting.getStartsAt());
    }

    /** "3. desember" in Oslo time, in the page's language ({@code meeting.format.day}). */
    public String day(java.time.Instant instant) {
        return pattern("meeting.format.day", "d. MMMM").format(instant.atZone(ICalendar.OSLO));
    }

    public String until(Meeting meeting) {
        return java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(meeting.endsAt().atZone(ICalendar.OSLO));
    }

    /** Decided without logging: the section is only shown (and its reads logged) when the user may see it. */
    private boolean may(CurrentUser user, long processId, MeetingAccess least) {
        if (user == null) {
            return false;
        }
        InclusionProcess process = processes.findById(processId).orElse(null);
        if (process == null) {
            return false;
        }
        MeetingAccess access = policy.meetingAccess(user, process.scope(), meetings.mentorSigned(user, process), false);
        return access != MeetingAccess.NONE && access.compareTo(least) >= 0;
    }
}
