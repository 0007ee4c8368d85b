package no.treklover.access;

import java.time.LocalDate;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Veileder: owns the cases of their office and may do everything in them, except the candidate's consent. */
@Component
class CounsellorPolicy implements RolePolicy {

    @Override
    public Role role() {
        return Role.COUNSELLOR;
    }

    @Override
    public boolean mayCreateCases(CurrentUser user) {
        return user.officeId() != null;
    }

    @Override
    public AccessPolicy.AgreementAccess agreementAccess(CurrentUser user, CaseScope scope, boolean mentorSigned,
            LocalDate today) {
        return permits(user, Permission.EDIT_CASE, scope, today)
                ? AccessPolicy.AgreementAccess.MANAGE : AccessPolicy.AgreementAccess.NONE;
    }

    /** The office's counsellors see all of the workspace, answer questions, raise and resolve challenge flags. */
    private static final java.util.Set<MentoringAction> MENTORING = java.util.EnumSet.of(
            MentoringAction.READ_CHECKLIST, MentoringAction.READ_WEEKLY_PLAN, MentoringAction.READ_MASTERY_LOG,
            MentoringAction.READ_QUESTIONS, MentoringAction.ANSWER_QUESTION, MentoringAction.READ_CHALLENGE_FLAGS,
            MentoringAction.RAISE_CHALLENGE_FLAG, MentoringAction.RESOLVE_CHALLENGE_FLAG);

    @Override
    public boolean permitsMentoring(CurrentUser user, MentoringAction action, CaseScope scope, boolean mentorSigned,
            LocalDate today) {
        return MENTORING.contains(action) && permits(user, Permission.READ_CASE, scope, today);
    }

    @Override
    public boolean permits(CurrentUser user, Permission permission, CaseScope scope, LocalDate today) {
        return permission != Permission.MANAGE_CONSENT
                && user.officeId() != null && Objects.equals(user.officeId(), scope.officeId());
    }

    @Override
    public boolean draftsAgreements() {
        return true;
    }

    @Override
    public AccessPolicy.AgreementAccess approvesAgreementWith() {
        return AccessPolicy.AgreementAccess.MANAGE;
    }

    /** The office's counsellors manage the meetings of its cases. */
    @Override
    public AccessPolicy.MeetingAccess meetingAccess(CurrentUser user, CaseScope scope, boolean mentorSigned,
            AccessPolicy.MeetingAccess seen, LocalDate today) {
        return permits(user, Permission.EDIT_CASE, scope, today)
                ? AccessPolicy.MeetingAccess.MANAGE : AccessPolicy.MeetingAccess.NONE;
    }

    /** The office's counsellors read the candidate's feedback; they never write it. */
    @Override
    public boolean permitsMeetingFeedback(CurrentUser user, CaseScope scope, boolean onMeetingAsCandidate,
            boolean write, LocalDate today) {
        return !write && permits(user, Permission.EDIT_CASE, scope, today);
    }

    /** The counsellors of an office manage its meeting settings. */
    @Override
    public boolean managesOfficeMeetingSettings(CurrentUser user, String officeId) {
        return user.officeId() != null && user.officeId().equals(officeId);
    }

    /** Counsellors contact employers for their candidates (BRIEF §3, phase 2): they read and write the log. */
    @Override
    public boolean readsEmployerContacts() {
        return true;
    }

    @Override
    public boolean logsEmployerContacts() {
        return true;
    }

    /**
     * The counsellor sees the board of their office, takes part in its local market meeting (002: every counsellor
     * with a candidate to place attends) and posts needs from the processes they may change.
     */
    @Override
    public NeedsBoardScope needsBoardScope(CurrentUser user) {
        return user.officeId() == null ? NeedsBoardScope.NONE
                : new NeedsBoardScope(user.officeId(), null, true, false, true);
    }

    /** The counsellor books interview slots at the events its office is invited to, for its own caseload. */
    @Override
    public EventAccess eventAccess() {
        return EventAccess.BOOK;
    }

    /** The counsellor contacts employers early in the hybrid model (BRIEF §1): edits NAV's fields of the register. */
    @Override
    public AccessPolicy.EmployerRegisterAccess employerRegisterAccess(CurrentUser user) {
        return AccessPolicy.EmployerRegisterAccess.EDIT;
    }

    /**
     * The counsellor reads the opportunities, matches her needs against them and brings her fitting candidates to the
     * market meeting (002), but does not write them: BRIEF §2 gives the employer side to the market contact and the
     * Arbeidslivssenter, so an employer has one NAV voice about what it offers.
     */
    @Override
    public AccessPolicy.OpportunityAccess opportunityAccess(CurrentUser user) {
        return user.officeId() == null ? AccessPolicy.OpportunityAccess.NONE : AccessPolicy.OpportunityAccess.READ;
    }

    /**
     * The counsellor's weekly list (002 «tar med seg sin oversikt over mulige kandidater»): the candidates of her own
     * open processes at her office, whose cases she may read anyway.
     */
    @Override
    public boolean bringsOwnCandidatesToMarketMeeting(CurrentUser user) {
        return user.officeId() != null;
    }

    /** The counsellor takes part in the office's learning arenas: reads, writes notes, presents cases, proposes. */
    @Override
    public LearningAccess learningAccess(CurrentUser user) {
        return user.officeId() == null ? LearningAccess.NONE : LearningAccess.TAKE_PART;
    }

    /** The counsellor reflects on the processes of her office (seed 003), privately or with a peer group. */
    @Override
    public boolean reflectsOnCases() {
        return true;
    }

    /** Takes part: reads the office's mentor networks and answers the feedback she owns. */
    @Override
    public NetworkAccess networkAccess() {
        return NetworkAccess.READ;
    }

    /** Answers the surveys sent to them (issue 14). */
    @Override
    public boolean answersSurveys() {
        return true;
    }
}
