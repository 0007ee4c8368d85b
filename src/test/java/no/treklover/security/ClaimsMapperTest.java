package no.treklover.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import no.treklover.access.LoginRefusal;
import no.treklover.access.LoginRefusedException;
import no.treklover.access.Role;
import no.treklover.access.oidc.ClaimsMapper;
import no.treklover.access.oidc.ExternalIdentity;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimsMapperTest {

    private final ClaimsMapper mapper = new ClaimsMapper();

    private static LoginRefusal refusal(Runnable mapping) {
        try {
            mapping.run();
        } catch (LoginRefusedException e) {
            return e.refusal();
        }
        throw new AssertionError("expected the login to be refused");
    }

    @ParameterizedTest
    @CsvSource({"veileder, COUNSELLOR", "Veileder, COUNSELLOR", "COUNSELLOR, COUNSELLOR", "beslutter, DECISION_MAKER",
            "markedskontakt, MARKET_CONTACT", "IA-rådgiver, MARKET_CONTACT", "kontorleder, OFFICE_LEADER",
            "personvernombud, PRIVACY_OFFICER", "analytiker, ANALYST"})
    void navStaffRolesByEnumOrNorwegianName(String name, Role role) {
        ExternalIdentity identity = mapper.map(Map.of("NAVident", "Z1", "groups", List.of("x-y-z", name),
                "NAVenhet", "0315"));

        assertThat(identity.role()).isEqualTo(role);
        assertThat(identity.officeId()).isEqualTo("0315");
    }

    @Test
    void usernameFromNavIdentThenPreferredUsernameThenSubjectButNeverANationalId() {
        assertThat(mapper.map(Map.of("NAVident", "Z1", "preferred_username", "p", "sub", "s", "roles", "mentor"))
                .username()).isEqualTo("Z1");
        assertThat(mapper.map(Map.of("preferred_username", "p", "sub", "s", "roles", "mentor")).username())
                .isEqualTo("p");
        String nationalId = TestPeople.newNationalId();
        assertThat(mapper.map(Map.of("preferred_username", nationalId, "sub", "s", "roles", "mentor")).username())
                .isEqualTo("s");
        assertThat(refusal(() -> mapper.map(Map.of("sub", nationalId, "roles", "mentor"))))
                .isEqualTo(LoginRefusal.NO_USERNAME);
    }

    @Test
    void noneOrSeveralRolesAreRefused() {
        assertThat(refusal(() -> mapper.map(Map.of("sub", "s")))).isEqualTo(LoginRefusal.NO_ROLE);
        assertThat(refusal(() -> mapper.map(Map.of("sub", "s", "groups", List.of("saksbehandler")))))
                .isEqualTo(LoginRefusal.NO_ROLE);
        assertThat(refusal(() -> mapper.map(Map.of("sub", "s", "roles", List.of("veileder"),
                "groups", List.of("kandidat"))))).isEqualTo(LoginRefusal.SEVERAL_ROLES);
        assertThat(mapper.map(Map.of("sub", "s", "roles", List.of("veileder", "COUNSELLOR"), "office", "0315")).role())
                .as("two names for one role are one role").isEqualTo(Role.COUNSELLOR);
    }

    @Test
    void navStaffNeedExactlyOneFourDigitOffice() {
        assertThat(refusal(() -> mapper.map(Map.of("sub", "s", "roles", "veileder"))))
                .isEqualTo(LoginRefusal.UNKNOWN_OFFICE);
        assertThat(refusal(() -> mapper.map(Map.of("sub", "s", "roles", "veileder", "NAVenhet", "315"))))
                .isEqualTo(LoginRefusal.UNKNOWN_OFFICE);
        assertThat(refusal(() -> mapper.map(Map.of("sub", "s", "roles", "veileder",
                "NAVenhet", List.of("0315", "4614"))))).isEqualTo(LoginRefusal.UNKNOWN_OFFICE);
        assertThat(mapper.map(Map.of("sub", "s", "roles", "personvernombud")).officeId()).isNull();
        assertThat(mapper.map(Map.of("sub", "s", "roles", "analytiker")).officeId())
                .as("a national analyst has no unit").isNull();
    }

    @Test
    void employersByOrganisationNumberAndCandidatesByNationalIdOnly() {
        String nationalId = TestPeople.newNationalId();

        ExternalIdentity employer = mapper.map(Map.of("sub", "s", "roles", "arbeidsgiver", "orgnr", "974760673",
                "pid", nationalId, "office", "0315"));
        ExternalIdentity candidate = mapper.map(Map.of("sub", "s", "roles", "kandidat", "pid", nationalId,
                "orgnr", "974760673"));

        assertThat(employer.orgNumber()).isEqualTo("974760673");
        assertThat(employer.nationalId()).as("no national id kept for anyone but candidates").isNull();
        assertThat(employer.officeId()).isNull();
        assertThat(candidate.nationalId()).isEqualTo(nationalId);
        assertThat(candidate.orgNumber()).isNull();
        assertThat(candidate.toString()).doesNotContain(nationalId);
        assertThat(refusal(() -> mapper.map(Map.of("sub", "s", "roles", "arbeidsgiver"))))
                .isEqualTo(LoginRefusal.UNKNOWN_EMPLOYER);
        assertThat(refusal(() -> mapper.map(Map.of("sub", "s", "roles", "kandidat", "pid", "12345678901"))))
                .isEqualTo(LoginRefusal.UNKNOWN_CANDIDATE);
        assertThat(mapper.map(Map.of("sub", "s", "roles", "mentor")).orgNumber()).isNull();
    }

    @Test
    void displayNameFromNameOrGivenAndFamilyName() {
        assertThat(mapper.map(Map.of("sub", "s", "roles", "mentor", "given_name", "Mia", "family_name", "Mentor"))
                .displayName()).isEqualTo("Mia Mentor");
        assertThat(mapper.map(Map.of("sub", "s", "roles", "mentor")).displayName()).isEqualTo("s");
        assertThatThrownBy(() -> mapper.map(Map.of())).isInstanceOf(LoginRefusedException.class);
    }
}
