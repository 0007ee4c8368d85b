package no.treklover.access;

import java.time.LocalDate;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Mentor: only processes where they are the mentor (the confidentiality declaration gate comes with agreements). */
@Component
class MentorPolicy extends PartnerPolicy {

    @Override
    public Role role() {
        return Role.MENTOR;
    }

    @Override
    boolean takesPart(CurrentUser user, CaseScope scope) {
        return scope.mentorUserId() != null && Objects.equals(scope.mentorUserId(), user.id());
    }

    /** Only after the confidentiality declaration does the mentor see the agreement, never the national id. */
    @Override
    public AccessPolicy.AgreementAccess agreementAccess(CurrentUser user, CaseScope scope, boolean mentorSigned,
            LocalDate today) {
        if (!takesPart(user, scope) || !scope.partnerAccessOpenOn(today)) {
            return AccessPolicy.AgreementAccess.NONE;
        }
        return mentorSigned ? AccessPolicy.AgreementAccess.WITHOUT_NATIONAL_ID
                : AccessPolicy.AgreementAccess.DECLARATION_ONLY;
    }

    /** The mentor's workspace, once the confidentiality declaration is signed; answering and resolving are NAV's. */
    private static final java.util.Set<MentoringAction> MENTORING = java.util.EnumSet.complementOf(
            java.util.EnumSet.of(MentoringAction.ANSWER_QUESTION, MentoringAction.RESOLVE_CHALLENGE_FLAG));

    @Override
    public boolean permitsMentoring(CurrentUser user, MentoringAction action, CaseScope scope, boolean mentorSigned,
            LocalDate today) {
        return mentorSigned && MENTORING.contains(action) && takesPart(user, scope) && scope.partnerAccessOpenOn(today);
    }

    @Override
    Audience audience() {
        return Audience.MENTOR;
    }

    @Override
    public boolean signsConfidentialityDeclaration() {
        return true;
    }

    @Override
    public boolean hasMentorWorkspaces() {
        return true;
    }

    /** The meetings of their processes once the confidentiality declaration is signed, while access is open. */
    @Override
    public AccessPolicy.MeetingAccess meetingAccess(CurrentUser user, CaseScope scope, boolean mentorSigned,
            AccessPolicy.MeetingAccess seen, LocalDate today) {
        return mentorSigned && permits(user, Permission.READ_SHARED_PROFILE, scope, today)
                ? seen : AccessPolicy.MeetingAccess.NONE;
    }

    /** Her own networks, their gatherings and her own feedback to NAV. */
    @Override
    public NetworkAccess networkAccess() {
        return NetworkAccess.MEMBER;
    }

    /** Answers the surveys sent to them (issue 14). */
    @Override
    public boolean answersSurveys() {
        return true;
    }
}
