package no.treklover.access;

import java.time.LocalDate;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Arbeidsgiver: processes at the organisation they represent. */
@Component
class EmployerPolicy extends PartnerPolicy {

    @Override
    public Role role() {
        return Role.EMPLOYER;
    }

    @Override
    boolean takesPart(CurrentUser user, CaseScope scope) {
        return user.employerId() != null && Objects.equals(scope.employerId(), user.employerId());
    }

    @Override
    public AccessPolicy.AgreementAccess agreementAccess(CurrentUser user, CaseScope scope, boolean mentorSigned,
            LocalDate today) {
        return takesPart(user, scope) && scope.partnerAccessOpenOn(today)
                ? AccessPolicy.AgreementAccess.READ : AccessPolicy.AgreementAccess.NONE;
    }

    /** The employer asks the counsellor and reads the questions channel of processes at their organisation. */
    @Override
    public boolean permitsMentoring(CurrentUser user, MentoringAction action, CaseScope scope, boolean mentorSigned,
            LocalDate today) {
        return (action == MentoringAction.READ_QUESTIONS || action == MentoringAction.ASK_QUESTION)
                && takesPart(user, scope) && scope.partnerAccessOpenOn(today);
    }

    /**
     * The mentor's questions to the counsellor are about the candidate: how she copes, sleeps, gets on. They go
     * between mentor and counsellor. The employer reads the questions its own organisation asked, and the others
     * only while the candidate shares her adaptation needs ({@link ConsentItem#ADAPTATION_NEEDS}) with the
     * employer: what the mentor observes and asks about is what she needs to cope at work, and may be health-related,
     * so the most protected item decides, and a withdrawal hides them again at once.
     */
    @Override
    public boolean readsQuestion(CurrentUser user, QuestionAsker asker, CaseScope scope, LocalDate today,
            ConsentRegistry consents) {
        boolean ownOrganisation = asker.role() == Role.EMPLOYER && user.employerId() != null
                && Objects.equals(asker.employerId(), user.employerId());
        return ownOrganisation || visibleItems(user, scope, today, consents).contains(ConsentItem.ADAPTATION_NEEDS);
    }

    @Override
    Audience audience() {
        return Audience.EMPLOYER;
    }

    @Override
    public boolean draftsAgreements() {
        return true;
    }

    @Override
    public AccessPolicy.AgreementAccess approvesAgreementWith() {
        return AccessPolicy.AgreementAccess.READ;
    }

    /** The meetings of processes at their organisation while access is open. */
    @Override
    public AccessPolicy.MeetingAccess meetingAccess(CurrentUser user, CaseScope scope, boolean mentorSigned,
            AccessPolicy.MeetingAccess seen, LocalDate today) {
        return permits(user, Permission.READ_SHARED_PROFILE, scope, today) ? seen : AccessPolicy.MeetingAccess.NONE;
    }

    /** The employer sees the events its organisation takes part in and the candidates booked with it only. */
    @Override
    public EventAccess eventAccess() {
        return EventAccess.OWN_EMPLOYER;
    }

    /** The employer's representative sees its own organisation's page with its NAV contacts (002), nothing else. */
    @Override
    public AccessPolicy.EmployerRegisterAccess employerRegisterAccess(CurrentUser user) {
        return AccessPolicy.EmployerRegisterAccess.OWN_EMPLOYER;
    }

    /** The employer's representative writes and reads its own organisation's opportunities, never another's. */
    @Override
    public AccessPolicy.OpportunityAccess opportunityAccess(CurrentUser user) {
        return user.employerId() == null ? AccessPolicy.OpportunityAccess.NONE
                : AccessPolicy.OpportunityAccess.OWN_EMPLOYER;
    }

    /** Answers the surveys sent to them (issue 14). */
    @Override
    public boolean answersSurveys() {
        return true;
    }
}
