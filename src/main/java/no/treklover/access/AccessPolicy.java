package no.treklover.access;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.treklover.audit.AuditAction;
import no.treklover.audit.AuditLog;
import no.treklover.platform.errors.ForbiddenException;
import org.springframework.stereotype.Service;

/**
 * The one place that decides what a user may do with a candidate's case. Controllers and services
 * ask it; every decision about a case is audit-logged, allowed or not.
 */
@Service
public class AccessPolicy {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Set<Role> NAV_STAFF =
            EnumSet.of(Role.COUNSELLOR, Role.DECISION_MAKER, Role.MARKET_CONTACT, Role.OFFICE_LEADER,
                    Role.WORKLIFE_CENTRE_ADVISER);

    private final Map<Role, RolePolicy> policies = new EnumMap<>(Role.class);
    private final ConsentRegistry consents;
    private final AuditLog audit;
    private final Clock clock;

    /**
     * Roles without a policy of their own see no case details through these screens: the beslutter
     * works on agreements, the market contact on anonymised needs, the office leader on statistics.
     */
    AccessPolicy(List<RolePolicy> rolePolicies, ConsentRegistry consents, AuditLog audit, Clock clock) {
        rolePolicies.forEach(policy -> policies.put(policy.role(), policy));
        for (Role role : Role.values()) {
            policies.putIfAbsent(role, new DenyAllPolicy(role));
        }
        this.consents = consents;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean permits(CurrentUser user, Permission permission, CaseScope scope) {
        return policies.get(user.role()).permits(user, permission, scope, today());
    }

    /** The candidate's items this user may see: all for the counsellor and the candidate, the consented ones for partners. */
    public Set<ConsentItem> visibleItems(CurrentUser user, CaseScope scope) {
        return policies.get(user.role()).visibleItems(user, scope, today(), consents);
    }

    /**
     * Whether a user who sees a case's mentor agreement may also see its adaptation text (tilrettelegging): the
     * mentor and the employer only while the candidate shares {@link ConsentItem#ADAPTATION_NEEDS} with their own
     * side (read anew every time, so a withdrawal counts at once); NAV and the candidate always.
     */
    public boolean seesAgreementAdaptation(CurrentUser user, CaseScope scope) {
        return !policies.get(user.role()).seesAgreementAdaptationOnlyWithConsent()
                || visibleItems(user, scope).contains(ConsentItem.ADAPTATION_NEEDS);
    }

    /** What a user may see and do with a mentor agreement of a case (BRIEF §2 and §4), most first. */
    public enum AgreementAccess {
        /** Nothing, not even that it exists. */
        NONE,
        /** The process's mentor before signing the confidentiality declaration: only what it takes to sign. */
        DECLARATION_ONLY,
        /** The candidate: everything but the mentor's pay and rates; approves as candidate. */
        WITHOUT_PAY,
        /** The mentor after the declaration: everything but the candidate's national id. */
        WITHOUT_NATIONAL_ID,
        /** The employer (approves as employer) and the beslutter at the office (approves as beslutter). */
        READ,
        /** The counsellor of the office: everything. */
        MANAGE
    }

    /**
     * Agreement access by role: counsellor and beslutter of the candidate's office; the candidate; the employer and
     * the mentor of the case while partner access is open (12 weeks after the end or annulment), the mentor only
     * after signing the confidentiality declaration.
     */
    public AgreementAccess agreementAccess(CurrentUser user, CaseScope scope, boolean mentorSigned) {
        return policies.get(user.role()).agreementAccess(user, scope, mentorSigned, today());
    }

    /** Throws {@link ForbiddenException} unless the user has at least {@code least}; logs the access either way. */
    public AgreementAccess requireAgreement(CurrentUser user, CaseScope scope, boolean mentorSigned,
            AgreementAccess least, boolean write, String resource) {
        AgreementAccess access = agreementAccess(user, scope, mentorSigned);
        AuditAction action = write ? AuditAction.WRITE : AuditAction.READ;
        if (access.compareTo(least) < 0 || access == AgreementAccess.NONE) {
            audit.denied(user, action, resource, scope.candidateId(), "AGREEMENT_" + least.name());
            throw new ForbiddenException(user.username() + " may not " + least + " " + resource);
        }
        audit.allowed(user, action, resource, scope.candidateId(), "AGREEMENT_" + access.name());
        return access;
    }

    /**
     * Whether a user with this access to an agreement may create it and fill in its content (while nobody has
     * approved): the counsellor of the office, and the employer's representative of the process (BRIEF §4).
     */
    public boolean mayDraftAgreement(CurrentUser user, AgreementAccess access) {
        return access.compareTo(AgreementAccess.READ) >= 0 && policies.get(user.role()).draftsAgreements();
    }

    /** Throws {@link ForbiddenException} unless the user may draft the case's agreements; logs the access either way. */
    public AgreementAccess requireAgreementDrafting(CurrentUser user, CaseScope scope, boolean mentorSigned,
            String resource) {
        AgreementAccess access = agreementAccess(user, scope, mentorSigned);
        if (!mayDraftAgreement(user, access)) {
            audit.denied(user, AuditAction.WRITE, resource, scope.candidateId(), "AGREEMENT_DRAFT");
            throw new ForbiddenException(user.username() + " may not draft " + resource);
        }
        audit.allowed(user, AuditAction.WRITE, resource, scope.candidateId(), "AGREEMENT_" + access.name());
        return access;
    }

    /** The offices whose grant-period queue this user works; empty for everyone but the beslutter. */
    public List<String> grantPeriodOffices(CurrentUser user) {
        return policies.get(user.role()).grantPeriodOffices(user);
    }

    /**
     * The offices a grant-period queue view may show: {@code office} if given and one of the user's, else all of
     * theirs. 403 for a user without a queue; 403 and a denial in the audit log for someone else's office. Who is
     * shown is logged by the queue, one entry per candidate.
     */
    public List<String> requireGrantPeriodQueue(CurrentUser user, String office, String resource) {
        List<String> offices = grantPeriodOffices(user);
        if (offices.isEmpty()) {
            throw new ForbiddenException(user.username() + " has no beslutter queue");
        }
        if (office != null && !offices.contains(office)) {
            audit.denied(user, AuditAction.READ, resource, null, "GRANT_PERIOD_QUEUE");
            throw new ForbiddenException(user.username() + " is not beslutter at " + office);
        }
        return office != null ? List.of(office) : offices;
    }

    /** Whether this user's role decides grant periods (the beslutter); which ones is {@link #agreementAccess}. */
    public boolean decidesGrantPeriods(CurrentUser user) {
        return policies.get(user.role()).decidesGrantPeriods();
    }

    /**
     * Throws {@link ForbiddenException} unless the user decides grant periods and reads the agreement (the beslutter
     * of its office); logs the access either way.
     */
    public AgreementAccess requireGrantPeriodDecision(CurrentUser user, CaseScope scope, boolean mentorSigned,
            boolean write, String resource) {
        if (!decidesGrantPeriods(user)) {
            audit.denied(user, write ? AuditAction.WRITE : AuditAction.READ, resource, scope.candidateId(),
                    "GRANT_PERIOD_DECISION");
            throw new ForbiddenException(user.username() + " is not a beslutter");
        }
        return requireAgreement(user, scope, mentorSigned, AgreementAccess.READ, write, resource);
    }

    /**
     * Whether this user, with this access to a mentor agreement, approves it as a party in their own role (the
     * candidate, the employer, the counsellor and the beslutter of the case). Nothing is logged.
     */
    public boolean approvesAgreement(CurrentUser user, AgreementAccess access) {
        AgreementAccess needed = policies.get(user.role()).approvesAgreementWith();
        return needed != null && access == needed;
    }

    /**
     * Throws {@link ForbiddenException} unless the user approves (or withdraws an approval) as {@code as}: their own
     * role, with the access that role approves with. The access itself was logged when it was granted.
     */
    public void requireAgreementApproval(CurrentUser user, Role as, AgreementAccess access) {
        if (user.role() != as || !approvesAgreement(user, access)) {
            throw new ForbiddenException(user.username() + " may not approve as " + as);
        }
    }

    /** Whether this user reads the pages in a language of their own choice (the candidate); staff read bokmål. */
    public boolean choosesLanguage(CurrentUser user) {
        return user != null && policies.get(user.role()).choosesLanguage();
    }

    /** Whether this user signs the confidentiality declaration of the agreements they may open (the mentor). */
    public boolean signsConfidentialityDeclaration(CurrentUser user) {
        return policies.get(user.role()).signsConfidentialityDeclaration();
    }

    /** Throws {@link ForbiddenException} unless the user signs confidentiality declarations. Nothing is logged. */
    public void requireConfidentialitySigning(CurrentUser user) {
        if (!signsConfidentialityDeclaration(user)) {
            throw new ForbiddenException(user.username() + " does not sign confidentiality declarations");
        }
    }

    /** Throws {@link ForbiddenException} unless the user has mentor workspaces of their own (the mentor). */
    public void requireMentorWorkspaces(CurrentUser user) {
        if (!policies.get(user.role()).hasMentorWorkspaces()) {
            throw new ForbiddenException(user.username() + " is not a mentor");
        }
    }

    /** May this user do this in the process's mentor workspace (BRIEF §2, §5)? Nothing is logged. */
    public boolean permitsMentoring(CurrentUser user, MentoringAction action, CaseScope scope, boolean mentorSigned) {
        return policies.get(user.role()).permitsMentoring(user, action, scope, mentorSigned, today());
    }

    /** Throws {@link ForbiddenException} unless allowed; logs the access either way. */
    public void requireMentoring(CurrentUser user, MentoringAction action, CaseScope scope, boolean mentorSigned,
            String resource) {
        AuditAction auditAction = action.isWrite() ? AuditAction.WRITE : AuditAction.READ;
        if (!permitsMentoring(user, action, scope, mentorSigned)) {
            audit.denied(user, auditAction, resource, scope.candidateId(), "MENTORING_" + action.name());
            throw new ForbiddenException(user.username() + " may not " + action + " " + resource);
        }
        audit.allowed(user, auditAction, resource, scope.candidateId(), "MENTORING_" + action.name());
    }

    /**
     * Whether a user who may read a case's "Spør veilederen" channel ({@link MentoringAction#READ_QUESTIONS}) may read
     * this question: the employer only its own organisation's, and the mentor's only with the candidate's consent
     * ({@link EmployerPolicy#readsQuestion}). Nothing is logged; lists filter by it.
     */
    public boolean readsQuestion(CurrentUser user, CaseScope scope, boolean mentorSigned, QuestionAsker asker) {
        return permitsMentoring(user, MentoringAction.READ_QUESTIONS, scope, mentorSigned)
                && policies.get(user.role()).readsQuestion(user, asker, scope, today(), consents);
    }

    /** Throws {@link ForbiddenException} unless the user may read this question; logs the access either way. */
    public void requireQuestion(CurrentUser user, CaseScope scope, boolean mentorSigned, QuestionAsker asker,
            String resource) {
        String purpose = "MENTORING_" + MentoringAction.READ_QUESTIONS.name();
        if (!readsQuestion(user, scope, mentorSigned, asker)) {
            audit.denied(user, AuditAction.READ, resource, scope.candidateId(), purpose);
            throw new ForbiddenException(user.username() + " may not read this question of " + resource);
        }
        audit.allowed(user, AuditAction.READ, resource, scope.candidateId(), purpose);
    }

    /** What a user may see and do with the follow-up meetings of a case (BRIEF §5), least first. */
    public enum MeetingAccess {
        /** Nothing, not even that a meeting exists. */
        NONE,
        /** Time, place, participants, agenda: the candidate, the employer, the mentor after the declaration. */
        SCHEDULE,
        /** Also minutes, decisions and action items: those of them who took part in the meeting. */
        MINUTES,
        /** The counsellors of the candidate's office: everything, and plan, change, cancel. */
        MANAGE
    }

    /**
     * Meeting access: the counsellor's office manages; the candidate, the process's employer and (after signing the
     * confidentiality declaration) its mentor see the meetings while partner access is open, and the minutes of
     * meetings they took part in ({@code participant}); nobody else sees anything.
     */
    public MeetingAccess meetingAccess(CurrentUser user, CaseScope scope, boolean mentorSigned, boolean participant) {
        MeetingAccess seen = participant ? MeetingAccess.MINUTES : MeetingAccess.SCHEDULE;
        return policies.get(user.role()).meetingAccess(user, scope, mentorSigned, seen, today());
    }

    /** Throws {@link ForbiddenException} unless the user has at least {@code least}; logs the access either way. */
    public MeetingAccess requireMeeting(CurrentUser user, CaseScope scope, boolean mentorSigned, boolean participant,
            MeetingAccess least, boolean write, String resource) {
        MeetingAccess access = meetingAccess(user, scope, mentorSigned, participant);
        AuditAction action = write ? AuditAction.WRITE : AuditAction.READ;
        if (access.compareTo(least) < 0 || access == MeetingAccess.NONE) {
            audit.denied(user, action, resource, scope.candidateId(), "MEETING_" + least.name());
            throw new ForbiddenException(user.username() + " may not " + least + " " + resource);
        }
        audit.allowed(user, action, resource, scope.candidateId(), "MEETING_" + access.name());
        return access;
    }

    /**
     * The candidate's feedback after a meeting (BRIEF §5): she writes and reads her own, on meetings of her process
     * she took part in ({@code onMeetingAsCandidate}: the user is on the meeting as its candidate, with their own
     * account); the counsellors of the office read it; nobody else sees it, the mentor and the employer included.
     * Nothing is logged.
     */
    public boolean permitsMeetingFeedback(CurrentUser user, CaseScope scope, boolean onMeetingAsCandidate,
            boolean write) {
        return policies.get(user.role()).permitsMeetingFeedback(user, scope, onMeetingAsCandidate, write, today());
    }

    /** Whether this feedback is the user's own to give (and so to read as her own): the candidate on the meeting. */
    public boolean givesMeetingFeedback(CurrentUser user, CaseScope scope, boolean onMeetingAsCandidate) {
        return permitsMeetingFeedback(user, scope, onMeetingAsCandidate, true);
    }

    /** Throws {@link ForbiddenException} unless allowed; logs the access either way. */
    public void requireMeetingFeedback(CurrentUser user, CaseScope scope, boolean onMeetingAsCandidate,
            boolean write, String resource) {
        AuditAction action = write ? AuditAction.WRITE : AuditAction.READ;
        String reason = write ? "MEETING_FEEDBACK_WRITE" : "MEETING_FEEDBACK_READ";
        if (!permitsMeetingFeedback(user, scope, onMeetingAsCandidate, write)) {
            audit.denied(user, action, resource, scope.candidateId(), reason);
            throw new ForbiddenException(user.username() + " may not " + action + " " + resource);
        }
        audit.allowed(user, action, resource, scope.candidateId(), reason);
    }

    /** An office's meeting settings (follow-up interval, agenda templates): its office leader and counsellors. */
    public boolean mayManageOfficeMeetingSettings(CurrentUser user, String officeId) {
        return policies.get(user.role()).managesOfficeMeetingSettings(user, officeId);
    }

    public void requireOfficeMeetingSettings(CurrentUser user, String officeId) {
        if (!mayManageOfficeMeetingSettings(user, officeId)) {
            throw new ForbiddenException(user.username() + " may not manage the meeting settings of " + officeId);
        }
    }

    /**
     * Throws {@link ForbiddenException} unless the user may edit the case and change this entry of its contact log
     * (only its author may); logs the access either way.
     */
    public void requireOwnContactEntry(CurrentUser user, CaseScope scope, Long authorId, String resource) {
        require(user, Permission.EDIT_CASE, scope, resource);
        if (!policies.get(user.role()).changesEntryBy(user, authorId)) {
            audit.denied(user, AuditAction.WRITE, resource, scope.candidateId(), "OWN_CONTACT_ENTRY");
            throw new ForbiddenException(user.username() + " may only change own contact entries");
        }
    }

    /** Whether this user reads the employer contact log (NAV staff; it is shared across units). Nothing is logged. */
    public boolean mayReadEmployerContacts(CurrentUser user) {
        return policies.get(user.role()).readsEmployerContacts();
    }

    public void requireEmployerContactReading(CurrentUser user) {
        if (!mayReadEmployerContacts(user)) {
            throw new ForbiddenException(user.username() + " may not read the employer contact log");
        }
    }

    /** Whether this user logs and plans contacts with employers. The log holds no candidate data: nothing is logged. */
    public boolean mayLogEmployerContacts(CurrentUser user) {
        return policies.get(user.role()).logsEmployerContacts();
    }

    public void requireEmployerContactLogging(CurrentUser user) {
        if (!mayLogEmployerContacts(user)) {
            throw new ForbiddenException(user.username() + " may not log employer contacts");
        }
    }

    /** Whether this user may change or remove this entry of the employer contact log: a writer, and its author. */
    public boolean mayChangeEmployerContact(CurrentUser user, Long authorId) {
        return mayLogEmployerContacts(user) && policies.get(user.role()).changesEntryBy(user, authorId);
    }

    public void requireOwnEmployerContact(CurrentUser user, Long authorId) {
        if (!mayChangeEmployerContact(user, authorId)) {
            throw new ForbiddenException(user.username() + " may only change own employer contacts");
        }
    }

    /** The office whose statistics the user reads; throws {@link ForbiddenException} for a role that reads none. */
    public String requireOfficeStatistics(CurrentUser user) {
        String office = policies.get(user.role()).statisticsOffice(user);
        if (office == null) {
            throw new ForbiddenException(user.username() + " reads no office statistics");
        }
        return office;
    }

    /** Whether this user starts on statistics (the office leader, the analysts). */
    public boolean hasStatisticsHome(CurrentUser user) {
        return policies.get(user.role()).statisticsReach(user) != null;
    }

    /** How far this user's statistics reach; throws {@link ForbiddenException} for a role that reads none. */
    public StatisticsReach requireStatisticsReach(CurrentUser user) {
        StatisticsReach reach = policies.get(user.role()).statisticsReach(user);
        if (reach == null) {
            throw new ForbiddenException(user.username() + " reads no statistics");
        }
        return reach;
    }

    /**
     * A county's statistics with its offices: the nation's analysts read every county, a county's analyst her own
     * ({@code ownCounty}: the county of her unit); an office's reach stops at its own page.
     */
    public void requireCountyStatistics(CurrentUser user, String county, String ownCounty) {
        StatisticsReach reach = requireStatisticsReach(user);
        boolean allowed = reach.level() == StatisticsReach.Level.NATION
                || reach.level() == StatisticsReach.Level.COUNTY && county.equals(ownCounty);
        if (!allowed) {
            throw new ForbiddenException(user.username() + " reads no statistics of " + county);
        }
    }

    /** The nation's statistics with every county: the national analysts only. */
    public void requireNationStatistics(CurrentUser user) {
        if (requireStatisticsReach(user).level() != StatisticsReach.Level.NATION) {
            throw new ForbiddenException(user.username() + " reads no national statistics");
        }
    }

    /** Whether this user starts on the market workspace (market contact, Arbeidslivssenter adviser). */
    public boolean hasMarketWorkspace(CurrentUser user) {
        return policies.get(user.role()).hasMarketWorkspace();
    }

    /** Which needs of the needs board this user sees and works on; {@link NeedsBoardScope#NONE} for most roles. */
    public NeedsBoardScope needsBoardScope(CurrentUser user) {
        return policies.get(user.role()).needsBoardScope(user);
    }

    /** Throws {@link ForbiddenException} unless the user sees a needs board (employers, mentors, candidates never). */
    public NeedsBoardScope requireNeedsBoard(CurrentUser user) {
        NeedsBoardScope scope = needsBoardScope(user);
        if (!scope.seesBoard()) {
            throw new ForbiddenException(user.username() + " has no needs board");
        }
        return scope;
    }

    /**
     * Throws {@link ForbiddenException} unless the user sees this need ({@code decide} false) or records a meeting's
     * decision on it ({@code decide} true); logs the access either way against the candidate, so her innsyn shows
     * that the market side read her (anonymised) need.
     *
     * @param viewerCounty the county of the user's county-level unit, or null
     */
    public void requireNeed(CurrentUser user, NeedsBoardScope.NeedFacts need, String viewerCounty, boolean decide,
            String resource) {
        NeedsBoardScope scope = needsBoardScope(user);
        boolean allowed = decide ? scope.decides(need, viewerCounty) : scope.sees(need, viewerCounty);
        AuditAction action = decide ? AuditAction.WRITE : AuditAction.READ;
        String purpose = decide ? "NEEDS_BOARD_DECISION" : "NEEDS_BOARD";
        if (!allowed) {
            audit.denied(user, action, resource, need.candidateId(), purpose);
            throw new ForbiddenException(user.username() + " may not " + action + " " + resource);
        }
        audit.allowed(user, action, resource, need.candidateId(), purpose);
    }

    /** What this user does in the learning arenas of this office: only their own office's, and per role. */
    public LearningAccess learningAccess(CurrentUser user, String officeId) {
        LearningAccess access = policies.get(user.role()).learningAccess(user);
        return officeId != null && officeId.equals(user.officeId()) ? access : LearningAccess.NONE;
    }

    /** What this user does in the learning arenas of their own office (NONE without an office). */
    public LearningAccess learningAccess(CurrentUser user) {
        return learningAccess(user, user.officeId());
    }

    /**
     * Throws {@link ForbiddenException} unless the user takes part in ({@code manage} false) or manages the learning
     * arenas of this office. They hold no candidate data, so nothing is logged.
     */
    public LearningAccess requireLearning(CurrentUser user, String officeId, boolean manage) {
        LearningAccess access = learningAccess(user, officeId);
        if (manage ? !access.manages() : !access.takesPart()) {
            throw new ForbiddenException(user.username() + " may not " + (manage ? "manage" : "take part in")
                    + " the learning arenas of " + officeId);
        }
        return access;
    }

    /**
     * Throws {@link ForbiddenException} unless the user takes part in the learning arenas of this office and may change
     * this entry of them (an anonymised case while she reviews it): by the role's rule, only its author.
     */
    public void requireOwnLearningEntry(CurrentUser user, String officeId, Long authorId) {
        requireLearning(user, officeId, false);
        if (!policies.get(user.role()).changesEntryBy(user, authorId)) {
            throw new ForbiddenException(user.username() + " may only change own entries of the learning arenas");
        }
    }

    /**
     * Throws {@link ForbiddenException} unless the user follows up this agreed change of this office: one who manages
     * the office's learning arenas, or its owner while she takes part in them.
     */
    public void requireAgreedChangeFollowUp(CurrentUser user, String officeId, long ownerId) {
        LearningAccess access = requireLearning(user, officeId, false);
        if (!access.manages() && !policies.get(user.role()).changesEntryBy(user, ownerId)) {
            throw new ForbiddenException(user.username() + " may not follow up this agreed change");
        }
    }

    /** Whether this user writes reflection notes on this case: a role that reflects, and may change the case. */
    public boolean mayReflectOn(CurrentUser user, CaseScope scope) {
        return policies.get(user.role()).reflectsOnCases() && permits(user, Permission.EDIT_CASE, scope);
    }

    /**
     * Throws {@link ForbiddenException} unless the user may read ({@code write} false) or write ({@code write} true)
     * reflection notes on this case; logs the access either way against the candidate. For one note,
     * {@code authorId} is its author and {@code inPeerGroup} whether the user is in the group it is shared with: its
     * author reads and changes it, the group's members read it; for the case's notes as a whole {@code authorId} is
     * null. Nobody else reads a note, whatever their access to the case.
     */
    public void requireReflection(CurrentUser user, CaseScope scope, Long authorId, boolean inPeerGroup,
            boolean write, String resource) {
        boolean own = authorId == null || authorId == user.id();
        boolean allowed = mayReflectOn(user, scope) && (own || (!write && inPeerGroup));
        AuditAction action = write ? AuditAction.WRITE : AuditAction.READ;
        if (!allowed) {
            audit.denied(user, action, resource, scope.candidateId(), "REFLECTION");
            throw new ForbiddenException(user.username() + " may not " + action + " " + resource);
        }
        audit.allowed(user, action, resource, scope.candidateId(), "REFLECTION");
    }

    /**
     * Throws {@link ForbiddenException} unless the user may present this case, anonymised, at a meeting of this
     * office: she takes part in the office's learning arenas and may change the case; logs the read of the case
     * either way against the candidate.
     */
    public void requireCasePresentation(CurrentUser user, CaseScope scope, String meetingOfficeId, String resource) {
        boolean allowed = learningAccess(user, meetingOfficeId).takesPart() && mayReflectOn(user, scope)
                && meetingOfficeId.equals(scope.officeId());
        if (!allowed) {
            audit.denied(user, AuditAction.READ, resource, scope.candidateId(), "ANONYMISED_CASE");
            throw new ForbiddenException(user.username() + " may not present " + resource);
        }
        audit.allowed(user, AuditAction.READ, resource, scope.candidateId(), "ANONYMISED_CASE");
    }

    public boolean mayCreateCases(CurrentUser user) {
        return policies.get(user.role()).mayCreateCases(user);
    }

    /**
     * Throws {@link ForbiddenException} unless allowed; logs the access either way, as a change for the permissions
     * that change a case ({@code EDIT_CASE}, {@code MANAGE_CONSENT}) and as a read for the rest.
     */
    public void require(CurrentUser user, Permission permission, CaseScope scope, String resource) {
        require(user, permission, scope, resource, switch (permission) {
            case EDIT_CASE, MANAGE_CONSENT -> AuditAction.WRITE;
            default -> AuditAction.READ;
        });
    }

    /**
     * Like {@link #require}, for a page or form that only those who may change the case see but that itself changes
     * nothing (the counsellor's process page, the edit forms): logged as the read it is, allowed or denied. The
     * change, when it comes, is logged by {@link #require} as a change.
     */
    public void requireToView(CurrentUser user, Permission permission, CaseScope scope, String resource) {
        require(user, permission, scope, resource, AuditAction.READ);
    }

    private void require(CurrentUser user, Permission permission, CaseScope scope, String resource,
            AuditAction action) {
        if (!permits(user, permission, scope)) {
            audit.denied(user, action, resource, scope.candidateId(), permission.name());
            throw new ForbiddenException(user.username() + " may not " + permission + " " + resource);
        }
        audit.allowed(user, action, resource, scope.candidateId(), permission.name());
    }

    /** What this user does with job-fair events; the event feature narrows it to units, caseload and employer. */
    public EventAccess eventAccess(CurrentUser user) {
        EventAccess access = policies.get(user.role()).eventAccess();
        boolean bound = switch (access) {
            case NONE -> true;
            case OWN_EMPLOYER -> user.employerId() != null;
            case BOOK, ORGANISE -> user.officeId() != null;
        };
        return bound ? access : EventAccess.NONE;
    }

    /** Throws {@link ForbiddenException} unless the user has at least this access to events. */
    public EventAccess requireEventAccess(CurrentUser user, EventAccess needed) {
        EventAccess access = eventAccess(user);
        if (access != needed) {
            throw new ForbiddenException(user.username() + " may not " + needed + " events");
        }
        return access;
    }

    /** What a user may see and do in the shared employer register (BRIEF §2, §6), least first. */
    public enum EmployerRegisterAccess {
        /** Nothing of the register. */
        NONE,
        /** The employer's representative: its own organisation's page (register data, contact persons, its NAV
         * contacts), never another employer and never NAV's internal notes. */
        OWN_EMPLOYER,
        /** NAV staff who look employers up: the register with NAV's fields and notes, without changing them. */
        READ,
        /** NAV staff who work with employers: also NAV's fields, contact persons, NAV contacts and visit notes. */
        EDIT
    }

    /** The user's access to the employer register, decided by their role's policy. Nothing is logged: no candidate. */
    public EmployerRegisterAccess employerRegisterAccess(CurrentUser user) {
        return policies.get(user.role()).employerRegisterAccess(user);
    }

    /** Throws {@link ForbiddenException} unless the user reads ({@code edit} false) or edits the register. */
    public EmployerRegisterAccess requireEmployerRegister(CurrentUser user, boolean edit) {
        EmployerRegisterAccess access = employerRegisterAccess(user);
        EmployerRegisterAccess least = edit ? EmployerRegisterAccess.EDIT : EmployerRegisterAccess.READ;
        if (access.compareTo(least) < 0) {
            throw new ForbiddenException(user.username() + " may not " + least + " the employer register");
        }
        return access;
    }

    /** The organisation whose own page this user sees (the employer's representative), or 403. */
    public long requireOwnEmployer(CurrentUser user) {
        if (employerRegisterAccess(user) != EmployerRegisterAccess.OWN_EMPLOYER || user.employerId() == null) {
            throw new ForbiddenException(user.username() + " represents no employer");
        }
        return user.employerId();
    }

    /** NAV's own staff share the employer register; employers, mentors and candidates do not see it. */
    public void requireNavStaff(CurrentUser user) {
        if (!NAV_STAFF.contains(user.role())) {
            throw new ForbiddenException(user.username() + " is not NAV staff");
        }
    }

    /** The import of Enhetsregisteret's files: the market contact and the administrator (issue 12). */
    public boolean mayImportEmployers(CurrentUser user) {
        return policies.get(user.role()).mayImportEmployers();
    }

    public void requireEmployerImport(CurrentUser user) {
        if (!mayImportEmployers(user)) {
            throw new ForbiddenException(user.username() + " may not import the employer register");
        }
    }

    /** What a user may see and do with employers' opportunities (issue 13), least first. */
    public enum OpportunityAccess {
        /** Nothing. */
        NONE,
        /** The employer's representative: reads and writes its own organisation's opportunities only. */
        OWN_EMPLOYER,
        /** NAV staff who read every opportunity (the counsellor, to match her candidates). */
        READ,
        /** NAV staff who write opportunities for any employer (the market side). */
        EDIT
    }

    /** The user's access to opportunities, decided by their role's policy. Nothing is logged: no candidate. */
    public OpportunityAccess opportunityAccess(CurrentUser user) {
        return policies.get(user.role()).opportunityAccess(user);
    }

    /** Whether the user may read ({@code edit} false) or write the opportunities of this employer. */
    public boolean permitsOpportunity(CurrentUser user, long employerId, boolean edit) {
        return switch (opportunityAccess(user)) {
            case NONE -> false;
            case OWN_EMPLOYER -> user.employerId() != null && user.employerId() == employerId;
            case READ -> !edit;
            case EDIT -> true;
        };
    }

    /** Throws {@link ForbiddenException} unless {@link #permitsOpportunity}. */
    public void requireOpportunity(CurrentUser user, long employerId, boolean edit) {
        if (!permitsOpportunity(user, employerId, edit)) {
            throw new ForbiddenException(user.username() + " may not " + (edit ? "write" : "read")
                    + " the opportunities of employer " + employerId);
        }
    }

    /** Throws {@link ForbiddenException} unless the user sees some opportunities. */
    public OpportunityAccess requireOpportunities(CurrentUser user) {
        OpportunityAccess access = opportunityAccess(user);
        if (access == OpportunityAccess.NONE
                || access == OpportunityAccess.OWN_EMPLOYER && user.employerId() == null) {
            throw new ForbiddenException(user.username() + " sees no opportunities");
        }
        return access;
    }

    /** Whether this user has a weekly list of their own caseload's candidates for an opportunity (the counsellor). */
    public boolean bringsOwnCandidatesToMarketMeeting(CurrentUser user) {
        return policies.get(user.role()).bringsOwnCandidatesToMarketMeeting(user);
    }

    public void requireOwnCandidatesList(CurrentUser user) {
        if (!bringsOwnCandidatesToMarketMeeting(user)) {
            throw new ForbiddenException(user.username() + " has no caseload to bring to the market meeting");
        }
    }

    /** Pages and endpoints about "my own case" exist only for a candidate. */
    public void requireCandidate(CurrentUser user) {
        if (user.role() != Role.CANDIDATE || user.candidateId() == null) {
            throw new ForbiddenException(user.username() + " is not a candidate");
        }
    }

    /** The audit log as a whole is the privacy officer's; anyone else's attempt is itself logged as denied. */
    public void requirePrivacyOfficer(CurrentUser user, String purpose) {
        if (user.role() != Role.PRIVACY_OFFICER) {
            audit.denied(user, AuditAction.READ, AuditLog.RESOURCE, null, purpose);
            throw new ForbiddenException(user.username() + " is not the privacy officer");
        }
    }

    /** Pages and endpoints for the partners at the workplace: mentor and employer. */
    public void requirePartner(CurrentUser user) {
        if (user.role() != Role.MENTOR && user.role() != Role.EMPLOYER) {
            throw new ForbiddenException(user.username() + " is neither mentor nor employer");
        }
    }

    public void requireCaseCreation(CurrentUser user) {
        if (!mayCreateCases(user)) {
            throw new ForbiddenException(user.username() + " may not create cases");
        }
    }

    /** The office whose surveys the user manages and reads results of, or 403 (results hold no person's identity). */
    public String requireSurveyOffice(CurrentUser user) {
        String office = policies.get(user.role()).surveyOffice(user);
        if (office == null) {
            throw new ForbiddenException(user.username() + " manages no surveys");
        }
        return office;
    }

    /** Whether the user builds and sends surveys (the office leader: the card on the start page). */
    public boolean managesSurveys(CurrentUser user) {
        return policies.get(user.role()).surveyOffice(user) != null;
    }

    /** Whether the surveys the user builds go to every office of her unit's county (else to her own office). */
    public boolean surveysByCounty(CurrentUser user) {
        return managesSurveys(user) && policies.get(user.role()).surveysByCounty();
    }

    /** Whether the user answers surveys sent to them; which ones is the survey feature's list of recipients. */
    public boolean answersSurveys(CurrentUser user) {
        return policies.get(user.role()).answersSurveys();
    }

    public void requireSurveyAnswering(CurrentUser user) {
        if (!answersSurveys(user)) {
            throw new ForbiddenException(user.username() + " answers no surveys");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(OSLO));
    }

    // ------------------------------------------------------------------ mentor networks (issue 14)

    /**
     * What decides access to one network: the office that manages it and whether the user is one of its current
     * members. No candidate is involved, so nothing here is logged against one.
     */
    public record NetworkFacts(String officeId, boolean member) {
    }

    /** What the user does with mentor networks at all: staff only with an office, mentors as members. */
    public NetworkAccess networkAccess(CurrentUser user) {
        NetworkAccess access = policies.get(user.role()).networkAccess();
        return (access == NetworkAccess.READ || access == NetworkAccess.MANAGE) && user.officeId() == null
                ? NetworkAccess.NONE : access;
    }

    /** What the user does with this network: staff of its office, or a current member; else NONE. */
    public NetworkAccess networkAccess(CurrentUser user, NetworkFacts network) {
        NetworkAccess access = networkAccess(user);
        return switch (access) {
            case NONE -> NetworkAccess.NONE;
            case MEMBER -> network.member() ? access : NetworkAccess.NONE;
            case READ, MANAGE -> user.officeId().equals(network.officeId()) ? access : NetworkAccess.NONE;
        };
    }

    /** Throws {@link ForbiddenException} unless the user has mentor networks at all. */
    public NetworkAccess requireNetworks(CurrentUser user) {
        NetworkAccess access = networkAccess(user);
        if (access == NetworkAccess.NONE) {
            throw new ForbiddenException(user.username() + " has no mentor networks");
        }
        return access;
    }

    /** Throws {@link ForbiddenException} unless the user has exactly {@code needed}, or any access when null. */
    public NetworkAccess requireNetwork(CurrentUser user, NetworkFacts network, NetworkAccess needed) {
        NetworkAccess access = networkAccess(user, network);
        if (access == NetworkAccess.NONE || (needed != null && access != needed)) {
            throw new ForbiddenException(user.username() + " may not " + needed + " this mentor network");
        }
        return access;
    }

    /**
     * Whether the user sees this feedback item of a network they have access to: NAV staff of the office all of
     * them, a mentor only her own.
     */
    public boolean seesNetworkFeedback(CurrentUser user, NetworkFacts network, long givenBy) {
        NetworkAccess access = networkAccess(user, network);
        return access == NetworkAccess.READ || access == NetworkAccess.MANAGE
                || (access == NetworkAccess.MEMBER && givenBy == user.id());
    }

    /** Whether the user answers this item: the office leader, or the item's owner at the office. */
    public boolean answersNetworkFeedback(CurrentUser user, NetworkFacts network, Long ownerId) {
        NetworkAccess access = networkAccess(user, network);
        return access == NetworkAccess.MANAGE
                || (access == NetworkAccess.READ && ownerId != null && ownerId == user.id());
    }
}
