package no.treklover.access;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What one role may do with a case. One implementation per role; {@link AccessPolicy} picks it. */
interface RolePolicy {

    Role role();

    /** Whether this user reads their pages in a language of their own choice; by default bokmål, like staff pages. */
    default boolean choosesLanguage() {
        return false;
    }

    /** May this user create cases (candidates and processes) at their own office? */
    default boolean mayCreateCases(CurrentUser user) {
        return false;
    }

    boolean permits(CurrentUser user, Permission permission, CaseScope scope, LocalDate today);

    /** What this user may see and do with the case's mentor agreements; by default nothing. */
    default AccessPolicy.AgreementAccess agreementAccess(CurrentUser user, CaseScope scope, boolean mentorSigned,
            LocalDate today) {
        return AccessPolicy.AgreementAccess.NONE;
    }

    /**
     * Whether this role fills in mentor agreements (create, edit while nobody has approved) when it has at least
     * READ access to them: the counsellor and the employer's representative (BRIEF §4); by default not.
     */
    default boolean draftsAgreements() {
        return false;
    }

    /**
     * May this user do this in the process's mentor workspace? {@code mentorSigned}: whether the process's mentor
     * has signed the confidentiality declaration. By default nothing.
     */
    default boolean permitsMentoring(CurrentUser user, MentoringAction action, CaseScope scope, boolean mentorSigned,
            LocalDate today) {
        return false;
    }

    /**
     * May this user, who reads the case's "Spør veilederen" channel, read this question (and its answers)? By default
     * yes: NAV and the mentor see the channel whole. The employer is narrower ({@link EmployerPolicy}).
     */
    default boolean readsQuestion(CurrentUser user, QuestionAsker asker, CaseScope scope, LocalDate today,
            ConsentRegistry consents) {
        return true;
    }

    /** Which of the candidate's items this user may see; by default all of them when they may read the case. */
    default Set<ConsentItem> visibleItems(CurrentUser user, CaseScope scope, LocalDate today,
            ConsentRegistry consents) {
        return permits(user, Permission.READ_CASE, scope, today)
                ? EnumSet.allOf(ConsentItem.class) : EnumSet.noneOf(ConsentItem.class);
    }

    /**
     * The offices whose grant-period queue this user works (the beslutter's, BRIEF §4); by default none. What they
     * may see of one agreement's periods is still decided by {@link #agreementAccess}.
     */
    default List<String> grantPeriodOffices(CurrentUser user) {
        return List.of();
    }

    /** Whether this role approves and rejects grant periods (with READ access to the agreement); by default not. */
    default boolean decidesGrantPeriods() {
        return false;
    }

    /**
     * The access to a mentor agreement with which this role approves it in its own name (BRIEF §4): the candidate
     * WITHOUT_PAY, the employer and the beslutter READ, the counsellor MANAGE; null for roles that never approve.
     */
    default AccessPolicy.AgreementAccess approvesAgreementWith() {
        return null;
    }

    /** Whether this role signs the confidentiality declaration of the agreements it may open (the mentor). */
    default boolean signsConfidentialityDeclaration() {
        return false;
    }

    /**
     * Whether this user may change or remove an entry written by {@code authorId} in a case they may edit (the
     * counsellor's contact log): by default only their own.
     */
    default boolean changesEntryBy(CurrentUser user, Long authorId) {
        return java.util.Objects.equals(authorId, user.id());
    }

    /**
     * Whether this role sees the agreement's adaptation text only when the candidate has consented to share her
     * adaptation needs with it (the workplace: mentor and employer); by default the text follows agreement access.
     */
    default boolean seesAgreementAdaptationOnlyWithConsent() {
        return false;
    }

    /** Whether this role has mentor workspaces of its own (the list of processes it mentors); by default not. */
    default boolean hasMentorWorkspaces() {
        return false;
    }

    /**
     * What this user may see and do with the case's follow-up meetings; {@code seen} is what a partner or the
     * candidate sees of this meeting (the minutes only if they took part). By default nothing.
     */
    default AccessPolicy.MeetingAccess meetingAccess(CurrentUser user, CaseScope scope, boolean mentorSigned,
            AccessPolicy.MeetingAccess seen, LocalDate today) {
        return AccessPolicy.MeetingAccess.NONE;
    }

    /**
     * May this user read ({@code write} false) or give the candidate's feedback on a meeting of the case?
     * {@code onMeetingAsCandidate}: the user is on the meeting as its candidate with their own account. By default
     * nobody, the mentor and the employer included.
     */
    default boolean permitsMeetingFeedback(CurrentUser user, CaseScope scope, boolean onMeetingAsCandidate,
            boolean write, LocalDate today) {
        return false;
    }

    /** May this user manage the meeting settings (follow-up interval, agenda templates) of this office? */
    default boolean managesOfficeMeetingSettings(CurrentUser user, String officeId) {
        return false;
    }

    /**
     * Whether this role reads the employer contact log across units (BRIEF §6: shared by all of NAV, so that nobody
     * contacts an employer without seeing who else did). It holds no candidate data. By default not.
     */
    default boolean readsEmployerContacts() {
        return false;
    }

    /** Whether this role logs and plans contacts with employers (and changes its own entries); by default not. */
    default boolean logsEmployerContacts() {
        return false;
    }

    /** Whether this role lands on the market workspace (contacts due, recent contacts); by default not. */
    default boolean hasMarketWorkspace() {
        return false;
    }

    /**
     * Which needs of the needs board this user sees and works on (issue 12); by default none, so employers, mentors,
     * candidates and every role without an answer never see the board.
     */
    default NeedsBoardScope needsBoardScope(CurrentUser user) {
        return NeedsBoardScope.NONE;
    }

    /**
     * The office whose statistics this user reads (aggregates, suppressed, beside the county), or null: by default
     * none.
     */
    default String statisticsOffice(CurrentUser user) {
        return null;
    }

    /** How far this user's statistics reach; by default as far as {@link #statisticsOffice}: the office or nothing. */
    default StatisticsReach statisticsReach(CurrentUser user) {
        String office = statisticsOffice(user);
        return office == null ? null : StatisticsReach.office(office);
    }

    /** May this user import Enhetsregisteret's files into the employer register? By default not. */
    default boolean mayImportEmployers() {
        return false;
    }

    /** What this role does with job-fair events (issue 13); by default nothing. */
    default EventAccess eventAccess() {
        return EventAccess.NONE;
    }

    /** What this user may see and do in the shared employer register; by default nothing. */
    default AccessPolicy.EmployerRegisterAccess employerRegisterAccess(CurrentUser user) {
        return AccessPolicy.EmployerRegisterAccess.NONE;
    }

    /**
     * What this user may see and do with employers' opportunities (issue 13); by default nothing. They hold no
     * candidate data.
     */
    default AccessPolicy.OpportunityAccess opportunityAccess(CurrentUser user) {
        return AccessPolicy.OpportunityAccess.NONE;
    }

    /**
     * Whether this user brings the fitting candidates of their own caseload to the market meeting (the weekly list
     * for an opportunity, issue 13); by default not.
     */
    default boolean bringsOwnCandidatesToMarketMeeting(CurrentUser user) {
        return false;
    }

    /**
     * What this user does in the learning arenas of their own office (issue 14): meetings not tied to one process,
     * agreed changes, the question bank. They hold no candidate data (cases are anonymised); by default nothing.
     */
    default LearningAccess learningAccess(CurrentUser user) {
        return LearningAccess.NONE;
    }

    /**
     * Whether this role writes reflection notes on the processes it may change and reads its own and its peer groups'
     * (issue 14); by default not, so no partner, candidate, beslutter or market side ever reads one.
     */
    default boolean reflectsOnCases() {
        return false;
    }

    /**
     * What this role does with mentor networks (issue 14); by default nothing. Which networks is narrowed by
     * {@link AccessPolicy#networkAccess(CurrentUser, AccessPolicy.NetworkFacts)}: staff their own office's, mentors
     * those they are members of.
     */
    default NetworkAccess networkAccess() {
        return NetworkAccess.NONE;
    }

    /** The office whose surveys this user builds, sends and reads the results of (issue 14); by default none. */
    default String surveyOffice(CurrentUser user) {
        return null;
    }

    /**
     * Whether this role's surveys go to a whole county: the audience of every office in the county of the user's unit
     * (the Arbeidslivssenter adviser, BRIEF §2); by default a survey goes to its own office only.
     */
    default boolean surveysByCounty() {
        return false;
    }

    /** Whether this role answers the surveys sent to it (counsellor, mentor, employer); by default not. */
    default boolean answersSurveys() {
        return false;
    }
}
