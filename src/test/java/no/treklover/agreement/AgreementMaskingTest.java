package no.treklover.agreement;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import no.treklover.agreement.AgreementFixtures.Case;
import no.treklover.support.ApiClient;
import no.treklover.support.ApiClient.Response;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The candidate never sees the mentor's pay; the mentor sees nothing before the declaration, never the national id. */
@IntegrationTest
class AgreementMaskingTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    ApiClient http;
    AgreementFixtures fixtures;
    Case c;
    String path;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
        fixtures = new AgreementFixtures(http, jdbc, passwords);
        c = fixtures.partnerCase();
        long id = fixtures.newAgreement(c.processId());
        path = "/api/v1/agreements/" + id;
        http.put("veileder", path, AgreementFixtures.fullContent(AgreementFixtures.today()), "\"0\"");
    }

    @Test
    void theCandidateSeesNoPay() {
        Response own = http.get(c.candidateUser(), path);
        assertThat(own.status()).isEqualTo(200);
        var content = own.json().path("content");
        assertThat(content.path("tasks").asString()).isEqualTo("Lære opp kandidaten i bakeriet");
        for (String pay : new String[] {"payAmount", "payType", "holidayPayRate", "otpRate", "agaRate",
                "accountNumber", "kid", "mentorNationalId"}) {
            assertThat(content.path(pay).isMissingNode() || content.path(pay).isNull()).as(pay).isTrue();
        }
        assertThat(own.json().path("calculation").isMissingNode()).isTrue();
        // As standalone numbers: the random national id or a timestamp may contain these digits.
        assertThat(own.body()).doesNotContainPattern("(?<![0-9.])7821(?![0-9])")
                .doesNotContainPattern("(?<![0-9])0\\.141(?![0-9])");
        assertThat(own.json().path("candidate").path("nationalId").asString()).isEqualTo(c.nationalId());
    }

    @Test
    void employerAndBeslutterSeeThePay() {
        for (String user : new String[] {"arbeidsgiver", "beslutter", "veileder"}) {
            Response read = http.get(user, path);
            assertThat(read.status()).as(user).isEqualTo(200);
            assertThat(read.json().path("content").path("payAmount").asInt()).as(user).isEqualTo(300);
            assertThat(read.json().path("calculation").path("monthlyTotal").asInt()).as(user).isEqualTo(7821);
        }
    }

    @Test
    void theMentorSeesOnlyTheDeclarationBeforeSigningAndNeverTheNationalId() {
        Response before = http.get("mentor", path);
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.json().path("access").asString()).isEqualTo("DECLARATION_ONLY");
        assertThat(before.json().path("confidentialityDeclaration").asString()).contains("taushet");
        assertThat(before.json().path("content").isMissingNode()).isTrue();
        assertThat(before.json().path("candidate").isMissingNode()).isTrue();
        assertThat(before.body()).doesNotContain("bakeriet").doesNotContain(c.nationalId());

        assertThat(http.post(fixtures.otherMentor(), path + "/confidentiality", object()).status()).isEqualTo(403);
        assertThat(http.post("veileder", path + "/confidentiality", object()).status()).isEqualTo(403);
        Response signed = http.post("mentor", path + "/confidentiality", object());
        assertThat(signed.status()).isEqualTo(200);
        assertThat(signed.json().path("confidentialitySigned").asBoolean()).isTrue();
        assertThat(signed.json().path("content").path("tasks").asString()).contains("bakeriet");
        assertThat(signed.json().path("candidate").path("firstName").asString()).isEqualTo("Avtale");
        assertThat(signed.json().path("candidate").path("nationalId").isMissingNode()).isTrue();
        assertThat(signed.body()).doesNotContain(c.nationalId());
        assertThat(http.post("mentor", path + "/confidentiality", object()).status()).isEqualTo(400);
    }

    @Test
    void theProcessListShowsOnlyStatusAndDates() {
        Response list = http.get("mentor", "/api/v1/processes/" + c.processId() + "/agreements");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().size()).isEqualTo(1);
        assertThat(list.json().get(0).path("status").asString()).isEqualTo("MANGLER_GODKJENNING");
        assertThat(list.body()).doesNotContain("bakeriet");
        assertThat(http.get(fixtures.otherMentor(), "/api/v1/processes/" + c.processId() + "/agreements").status())
                .isEqualTo(403);
    }

}
