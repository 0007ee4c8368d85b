package no.treklover.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Agreements are part of the candidate's data export, without the mentor's pay. */
@IntegrationTest
class AgreementPrivacyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    AgreementFixtures fixtures;
    ApiClient http;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
        fixtures = new AgreementFixtures(http, jdbc, passwords);
    }

    @Test
    void theExportHoldsTheAgreementButNotTheMentorsPay() {
        AgreementFixtures.Case c = fixtures.partnerCase();
        fixtures.signedAgreement(c.processId());

        String export = http.get(c.candidateUser(), "/api/v1/me/export").body();

        assertThat(export).contains("\"agreements\"").contains("Lære opp kandidaten i bakeriet")
                .contains("Mona Mentorsen").doesNotContain("payAmount").doesNotContain("12345678903");
    }
}
