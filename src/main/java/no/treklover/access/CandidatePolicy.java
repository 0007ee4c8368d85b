package no.treklover.access;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Kandidat: reads their own case and decides what of it is shared; changes nothing else. */
@Component
class CandidatePolicy implements RolePolicy {

    private static final Set<Permission> OWN = EnumSet.of(Permission.READ_CASE, Permission.READ_ADAPTATION_NEEDS,
            Permission.READ_SHARED_PROFILE, Permission.MANAGE_CONSENT);

    @Override
    public Role role() {
        return Role.CANDIDATE;
    }

    /** Many candidates read little Norwegian: their own pages come in the language they choose. */
    @Override
    public boolean choosesLanguage() {
        return true;
    }

    /** The candidate reads and approves their agreements, but never sees the mentor's pay. */
    @Override
    public AccessPolicy.AgreementAccess agreementAccess(CurrentUser user, CaseScope scope, boolean mentorSigned,
            LocalDate today) {
        return Objects.equals(user.candidateId(), scope.candidateId())
                ? AccessPolicy.AgreementAccess.WITHOUT_PAY : AccessPolicy.AgreementAccess.NONE;
    }

    /** The candidate's own weekly plan (edited together with the mentor) and mastery log; not the mentor's notes. */
    private static final Set<MentoringAction> MENTORING = EnumSet.of(MentoringAction.READ_WEEKLY_PLAN,
            MentoringAction.EDIT_WEEKLY_PLAN, MentoringAction.READ_MASTERY_LOG, MentoringAction.ADD_MASTERY_ENTRY);

    @Override
    public boolean permitsMentoring(CurrentUser user, MentoringAction action, CaseScope scope, boolean mentorSigned,
            LocalDate today) {
        return MENTORING.contains(action) && Objects.equals(user.candidateId(), scope.candidateId());
    }

    @Override
    public boolean permits(CurrentUser user, Permission permission, CaseScope scope, LocalDate today) {
        return Objects.equals(user.candidateId(), scope.candidateId()) && OWN.contains(permission);
    }

    @Override
    public AccessPolicy.AgreementAccess approvesAgreementWith() {
        return AccessPolicy.AgreementAccess.WITHOUT_PAY;
    }

    /** The meetings of her own process; the minutes of those she took part in. */
    @Override
    public AccessPolicy.MeetingAccess meetingAccess(CurrentUser user, CaseScope scope, boolean mentorSigned,
            AccessPolicy.MeetingAccess seen, LocalDate today) {
        return permits(user, Permission.READ_CASE, scope, today) ? seen : AccessPolicy.MeetingAccess.NONE;
    }

    /** She writes and reads her own feedback, on meetings of her process she took part in with her own account. */
    @Override
    public boolean permitsMeetingFeedback(CurrentUser user, CaseScope scope, boolean onMeetingAsCandidate,
            boolean write, LocalDate today) {
        return onMeetingAsCandidate && permits(user, Permission.READ_CASE, scope, today);
    }
}
