package no.treklover.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.treklover.support.ApiClient;
import no.treklover.support.ApiClient.Response;
import no.treklover.support.IntegrationTest;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 10: what the agreement's rules accept is stored as accepted, never refused by a column afterwards (a 409
 * that lost everything typed). Identifiers typed with spaces or dots are kept as their digits, as the candidate's
 * national id is; numbers with more digits than their column holds are a 400 on the field.
 */
@IntegrationTest
class AgreementInputFitTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    ApiClient http;
    AgreementFixtures fixtures;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
        fixtures = new AgreementFixtures(http, jdbc, passwords);
    }

    @Test
    void identifiersTypedWithSeparatorsAreStoredAsTheirDigits() {
        long id = fixtures.newAgreement(fixtures.partnerCase().processId());
        String mentorId = TestPeople.newNationalId();
        Map<String, Object> content = AgreementFixtures.fullContent(AgreementFixtures.today());
        content.put("accountNumber", "1234 56 78903");
        content.put("kid", "00000 00000 00000 00000 00000");
        content.put("mentorNationalId", mentorId.substring(0, 6) + " " + mentorId.substring(6));
        content.put("mentorPhone", "912 34 567" + " ".repeat(40));

        Response saved = http.put("veileder", "/api/v1/agreements/" + id, content, "\"0\"");

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        Map<String, Object> stored = jdbc.sql("select account_number, kid, mentor_national_id, mentor_phone "
                + "from mentor_agreement where id = :id").param("id", id).query().singleRow();
        assertThat(stored).containsEntry("account_number", "12345678903")
                .containsEntry("kid", "0".repeat(25))
                .containsEntry("mentor_national_id", mentorId)
                .containsEntry("mentor_phone", "912 34 567");

        content.put("accountNumber", "1234.56.78903");
        assertThat(http.put("veileder", "/api/v1/agreements/" + id, content, "\"1\"").status()).isEqualTo(200);
    }

    @Test
    void numbersBeyondTheirColumnAreA400OnTheField() {
        long id = fixtures.newAgreement(fixtures.partnerCase().processId());
        Map<String, Object> content = AgreementFixtures.fullContent(AgreementFixtures.today());
        content.put("payAmount", new java.math.BigDecimal("10000000000000"));
        content.put("hoursPerMonth", new java.math.BigDecimal("20.125"));
        content.put("positionPercent", new java.math.BigDecimal("1e10"));
        content.put("otpRate", new java.math.BigDecimal("0.0200001"));

        Response refused = http.put("veileder", "/api/v1/agreements/" + id, content, "\"0\"");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.errorFields()).contains("payAmount", "hoursPerMonth", "positionPercent", "otpRate");
        assertThat(jdbc.sql("select version from mentor_agreement where id = :id").param("id", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aPayAmountIsAtMostNineDigitsSoItsGrantFitsTheGrantPeriod() {
        long id = fixtures.newAgreement(fixtures.partnerCase().processId());
        Map<String, Object> content = AgreementFixtures.fullContent(AgreementFixtures.today());
        content.put("payAmount", new java.math.BigDecimal("1000000000"));

        Response refused = http.put("veileder", "/api/v1/agreements/" + id, content, "\"0\"");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("payAmount");

        content.put("payAmount", new java.math.BigDecimal("999999999.99"));
        Response accepted = http.put("veileder", "/api/v1/agreements/" + id, content, "\"0\"");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    }
}
