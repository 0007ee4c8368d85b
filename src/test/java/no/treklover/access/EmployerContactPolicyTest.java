package no.treklover.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.util.List;
import no.treklover.audit.AuditLog;
import no.treklover.platform.errors.ForbiddenException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who reads and writes the employer contact log across units and who starts on the market workspace, one row per
 * role (BRIEF §2): all NAV staff read; those who contact employers write; employer, mentor and candidate never.
 */
class EmployerContactPolicyTest {

    private final AccessPolicy policy = new AccessPolicy(List.of(new CounsellorPolicy(), new CandidatePolicy(),
            new DecisionMakerPolicy(), new MentorPolicy(), new EmployerPolicy(), new OfficeLeaderPolicy(),
            new MarketContactPolicy(), new WorklifeCentreAdviserPolicy(), new AdministratorPolicy()),
            null, mock(AuditLog.class), Clock.systemUTC());

    @ParameterizedTest(name = "{0}: reads {1}, writes {2}, workspace {3}")
    @CsvSource({
            "COUNSELLOR, true, true, false",
            "MARKET_CONTACT, true, true, true",
            "WORKLIFE_CENTRE_ADVISER, true, true, true",
            "DECISION_MAKER, true, false, false",
            "OFFICE_LEADER, true, false, false",
            "EMPLOYER, false, false, false",
            "MENTOR, false, false, false",
            "CANDIDATE, false, false, false",
            "PRIVACY_OFFICER, false, false, false",
            "ADMINISTRATOR, false, false, false",
            "MEASURE_PROVIDER, false, false, false"})
    void readsWritesAndStartsOnTheWorkspace(Role role, boolean reads, boolean writes, boolean workspace) {
        CurrentUser user = new CurrentUser(7, "u", "U", role, "0315", role == Role.EMPLOYER ? 3L : null,
                role == Role.CANDIDATE ? 5L : null, null, true);
        assertThat(policy.mayReadEmployerContacts(user)).isEqualTo(reads);
        assertThat(policy.mayLogEmployerContacts(user)).isEqualTo(writes);
        assertThat(policy.hasMarketWorkspace(user)).isEqualTo(workspace);
        // an entry of one's own may be changed by those who write; someone else's by nobody
        assertThat(policy.mayChangeEmployerContact(user, 7L)).isEqualTo(writes);
        assertThat(policy.mayChangeEmployerContact(user, 8L)).isFalse();
        if (!reads) {
            assertThatThrownBy(() -> policy.requireEmployerContactReading(user))
                    .isInstanceOf(ForbiddenException.class);
        }
        if (!writes) {
            assertThatThrownBy(() -> policy.requireEmployerContactLogging(user))
                    .isInstanceOf(ForbiddenException.class);
        }
    }
}
