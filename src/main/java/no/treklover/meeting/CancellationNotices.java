package no.treklover.meeting;

import java.util.List;
import no.treklover.access.AccessPolicy;
import no.treklover.access.AccessPolicy.MeetingAccess;
import no.treklover.access.CurrentUser;
import no.treklover.access.UserAccount;
import no.treklover.access.UserAccountRepository;
import no.treklover.notification.NotificationRequested;
import no.treklover.platform.text.NorwegianFormat;
import no.treklover.process.InclusionProcess;
import no.treklover.process.InclusionProcessRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a meeting is cancelled, every participant with an account who may see the meeting (the one who cancelled
 * aside) is told, with the reason: a notification, and so an e-mail when mail is on. In the cancelling transaction,
 * so the notices share its fate.
 */
@Component
class CancellationNotices {

    private final MeetingRepository meetings;
    private final InclusionProcessRepository processes;
    private final UserAccountRepository accounts;
    private final MeetingService service;
    private final AccessPolicy policy;
    private final MeetingSettings settings;
    private final ApplicationEventPublisher events;

    CancellationNotices(MeetingRepository meetings, InclusionProcessRepository processes,
            UserAccountRepository accounts, MeetingService service, AccessPolicy policy, MeetingSettings settings,
            ApplicationEventPublisher events) {
        this.meetings = meetings;
        this.processes = processes;
        this.accounts = accounts;
        this.service = service;
        this.policy = policy;
        this.settings = settings;
        this.events = events;
    }

    /**
     * The participants who are told when {@code actorId} cancels the meeting: those with an enabled account who may
     * see the meeting, once each, the one who cancels aside. The confirmation page names them.
     */
    List<Participant> notified(Meeting meeting, InclusionProcess process, Long actorId) {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        return meeting.getParticipants().stream()
                .filter(p -> p.getUserId() != null && !p.getUserId().equals(actorId) && seen.add(p.getUserId()))
                .filter(p -> accounts.findById(p.getUserId()).filter(UserAccount::isEnabled)
                        .map(CurrentUser::withoutCredentials)
                        .filter(user -> policy.meetingAccess(user, process.scope(), service.mentorSigned(user, process),
                                true) != MeetingAccess.NONE)
                        .isPresent())
                .toList();
    }

    @EventListener
    void onChange(MeetingChanged change) {
        if (change.kind() != MeetingChanged.Kind.CANCELLED) {
            return;
        }
        Meeting meeting = meetings.findById(change.meetingId()).orElseThrow();
        InclusionProcess process = processes.findById(meeting.getProcessId()).orElseThrow();
        List<String> arguments = List.of(settings.label(meeting.getType()),
                NorwegianFormat.dateTime(meeting.getStartsAt()),
                meeting.getCancelReason() == null ? "" : meeting.getCancelReason());
        for (Participant p : notified(meeting, process, change.actorId())) {
            events.publishEvent(new NotificationRequested(p.getUserId(), "meeting.notification.cancelled", arguments,
                    "/meetings/" + meeting.getId(), process.getId()));
        }
    }
}
