package no.treklover.security;

import java.time.LocalDate;
import no.treklover.identifiers.NationalId;
import no.treklover.identifiers.OrganisationNumber;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app as it runs in production: no demo data, no demo users, no HTTP Basic; OpenID Connect against
 * {@link IdentityProvider}. Subclasses share one Spring context and the reference data made here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "treklover.demo.enabled=false",
        "treklover.oidc.client-id=" + IdentityProvider.CLIENT_ID,
        "treklover.oidc.client-secret=" + IdentityProvider.CLIENT_SECRET})
@ActiveProfiles("test")
abstract class OidcIntegrationTest {

    static final String OFFICE = "0315";
    static final String OTHER_OFFICE = "4614";
    static final String ORG_NUMBER = organisationNumber("31415926");
    static final String CANDIDATE_NATIONAL_ID = TestPeople.newNationalId();

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("treklover.oidc.issuer-uri", IdentityProvider::issuer);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void referenceData() {
        jdbc.sql("""
                insert into office (id, name, county) values ('0315', 'NAV Grünerløkka', 'Oslo'),
                                                         ('4614', 'NAV Bergen sør', 'Vestland')
                on conflict do nothing""").update();
        jdbc.sql("insert into employer (org_number, name) values (:org, 'Bakeri Solsiden AS') on conflict do nothing")
                .param("org", ORG_NUMBER).update();
        LocalDate birthDate = NationalId.parse(CANDIDATE_NATIONAL_ID).orElseThrow().birthDate();
        jdbc.sql("""
                        insert into candidate (national_id, birth_date, first_name, last_name, office_id)
                        values (:nationalId, :birthDate, 'Kaja', 'Kandidat', '0315') on conflict do nothing""")
                .param("nationalId", CANDIDATE_NATIONAL_ID).param("birthDate", birthDate).update();
    }

    long userId(String username) {
        return jdbc.sql("select id from app_user where username = :username").param("username", username)
                .query(Long.class).single();
    }

    private static String organisationNumber(String first8) {
        return OrganisationNumber.withControlDigit(first8)
                .orElseGet(() -> OrganisationNumber.withControlDigit("27182818").orElseThrow());
    }
}
