package no.treklover.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import no.treklover.access.AccessPolicy.AgreementAccess;
import no.treklover.audit.AuditAction;
import no.treklover.audit.AuditLog;
import no.treklover.platform.errors.ForbiddenException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The per-role answers that used to be role checks in the services, one table each. The case-bound answers are
 * covered end to end by {@link AccessMatrixTest}; these are the ones that depend on the user alone.
 */
class RolePoliciesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneId.of("Europe/Oslo"));

    private final AuditLog audit = mock(AuditLog.class);

    /** The real role policies, as Spring finds them. */
    private final AccessPolicy policy = new AccessPolicy(List.of(new CounsellorPolicy(), new CandidatePolicy(),
            new DecisionMakerPolicy(), new MentorPolicy(), new EmployerPolicy(), new OfficeLeaderPolicy()),
            null, audit, CLOCK);

    private static CurrentUser user(Role role, String officeId) {
        return new CurrentUser(7, "u", "U", role, officeId, role == Role.EMPLOYER ? 3L : null,
                role == Role.CANDIDATE ? 5L : null, null, true);
    }

    @ParameterizedTest(name = "{0} with {1}: approves {2}")
    @CsvSource({
            "CANDIDATE, WITHOUT_PAY, true", "CANDIDATE, READ, false", "CANDIDATE, MANAGE, false",
            "EMPLOYER, READ, true", "EMPLOYER, WITHOUT_PAY, false", "EMPLOYER, MANAGE, false",
            "DECISION_MAKER, READ, true", "DECISION_MAKER, MANAGE, false",
            "COUNSELLOR, MANAGE, true", "COUNSELLOR, READ, false",
            "MENTOR, WITHOUT_NATIONAL_ID, false", "MENTOR, DECLARATION_ONLY, false", "MENTOR, READ, false",
            "MARKET_CONTACT, READ, false", "OFFICE_LEADER, MANAGE, false", "PRIVACY_OFFICER, READ, false",
            "MEASURE_PROVIDER, READ, false", "CANDIDATE, NONE, false"})
    void whoApprovesAMentorAgreementWithWhichAccess(Role role, AgreementAccess access, boolean approves) {
        CurrentUser user = user(role, "0315");
        assertThat(policy.approvesAgreement(user, access)).isEqualTo(approves);
        if (approves) {
            policy.requireAgreementApproval(user, role, access);
        } else {
            assertThatThrownBy(() -> policy.requireAgreementApproval(user, role, access))
                    .isInstanceOf(ForbiddenException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void nobodyApprovesInAnotherRolesName(Role role) {
        CurrentUser counsellor = user(Role.COUNSELLOR, "0315");
        if (role != Role.COUNSELLOR) {
            assertThatThrownBy(() -> policy.requireAgreementApproval(counsellor, role, AgreementAccess.MANAGE))
                    .isInstanceOf(ForbiddenException.class);
        }
    }

    @ParameterizedTest(name = "{0}: decides grant periods {1}, signs declarations {2}, mentor workspaces {3}")
    @CsvSource({
            "DECISION_MAKER, true, false, false", "COUNSELLOR, false, false, false", "MENTOR, false, true, true",
            "EMPLOYER, false, false, false", "CANDIDATE, false, false, false", "OFFICE_LEADER, false, false, false",
            "MARKET_CONTACT, false, false, false", "PRIVACY_OFFICER, false, false, false",
            "MEASURE_PROVIDER, false, false, false"})
    void roleWideAnswers(Role role, boolean decides, boolean signs, boolean workspaces) {
        CurrentUser user = user(role, "0315");
        assertThat(policy.decidesGrantPeriods(user)).isEqualTo(decides);
        assertThat(policy.grantPeriodOffices(user)).isEqualTo(decides ? List.of("0315") : List.of());
        assertThat(policy.signsConfidentialityDeclaration(user)).isEqualTo(signs);
        if (workspaces) {
            policy.requireMentorWorkspaces(user);
        } else {
            assertThatThrownBy(() -> policy.requireMentorWorkspaces(user)).isInstanceOf(ForbiddenException.class);
        }
    }

    @ParameterizedTest(name = "{0} at {1} asks for {2}: {3}")
    @CsvSource({
            "DECISION_MAKER, 0315, , 0315", "DECISION_MAKER, 0315, 0315, 0315", "DECISION_MAKER, 0315, 4614, 403",
            "DECISION_MAKER, , , 403", "COUNSELLOR, 0315, , 403", "OFFICE_LEADER, 0315, 0315, 403"})
    void theBeslutterQueueShowsOnlyTheirOwnOffices(Role role, String office, String asked, String answer) {
        CurrentUser user = user(role, office);
        if (answer.equals("403")) {
            assertThatThrownBy(() -> policy.requireGrantPeriodQueue(user, asked, "grant-period"))
                    .isInstanceOf(ForbiddenException.class);
            // a beslutter asking for another office's queue is logged as denied, as before
            verify(audit, times(role == Role.DECISION_MAKER && office != null ? 1 : 0))
                    .denied(user, AuditAction.READ, "grant-period", null, "GRANT_PERIOD_QUEUE");
        } else {
            assertThat(policy.requireGrantPeriodQueue(user, asked, "grant-period")).containsExactly(answer);
        }
    }

    @ParameterizedTest(name = "{0} at {1}, settings of {2}: {3}")
    @CsvSource({
            "COUNSELLOR, 0315, 0315, true", "COUNSELLOR, 0315, 4614, false", "COUNSELLOR, , 0315, false",
            "OFFICE_LEADER, 0315, 0315, true", "OFFICE_LEADER, 4614, 0315, false",
            "DECISION_MAKER, 0315, 0315, false", "MARKET_CONTACT, 0315, 0315, false", "MENTOR, 0315, 0315, false",
            "PRIVACY_OFFICER, 0315, 0315, false"})
    void whoManagesAnOfficesMeetingSettings(Role role, String office, String settingsOf, boolean manages) {
        assertThat(policy.mayManageOfficeMeetingSettings(user(role, office), settingsOf)).isEqualTo(manages);
    }
}
