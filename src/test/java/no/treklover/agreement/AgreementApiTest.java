package no.treklover.agreement;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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

/** One agreement through every status via the API, with the signing order, If-Match and the timeline. */
@IntegrationTest
class AgreementApiTest {

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
    void anAgreementGoesThroughEveryStatus() {
        Case c = fixtures.partnerCase();
        Response created = http.post("veileder", "/api/v1/processes/" + c.processId() + "/agreements", object());
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.header("Location")).endsWith("/api/v1/agreements/" + created.id());
        assertThat(created.json().path("status").asString()).isEqualTo("PABEGYNT");
        assertThat(created.json().path("statusText").asString()).isEqualTo("Påbegynt");
        assertThat(created.json().path("missingFields").size()).isGreaterThan(10);
        String path = "/api/v1/agreements/" + created.id();

        Response filled = http.put("veileder", path, AgreementFixtures.fullContent(AgreementFixtures.today()), "\"0\"");
        assertThat(filled.status()).isEqualTo(200);
        assertThat(filled.json().path("status").asString()).isEqualTo("MANGLER_GODKJENNING");
        assertThat(filled.json().path("missingFields").size()).isZero();
        assertThat(filled.json().path("calculation").path("hourlyWage").asInt()).isEqualTo(300);
        assertThat(filled.json().path("calculation").path("monthlyTotal").asInt()).isEqualTo(7821);
        assertThat(filled.json().path("calculation").path("periods").size()).isBetween(3, 4);
        assertThat(filled.header("ETag")).isEqualTo("\"1\"");

        assertThat(http.post("arbeidsgiver", path + "/approvals", object("as", "EMPLOYER"), "\"1\"").errorFields())
                .containsExactly("approvals");
        assertThat(http.post("mentor", path + "/confidentiality", object()).status()).isEqualTo(200);
        assertThat(approve("kandidat", path, "EMPLOYER", "\"2\"").status()).isEqualTo(403);
        assertThat(approve(c.candidateUser(), path, "CANDIDATE", "\"2\"").status()).isEqualTo(200);
        assertThat(http.put("veileder", path, AgreementFixtures.fullContent(AgreementFixtures.today()), "\"3\"")
                .status()).isEqualTo(409);
        assertThat(approve("arbeidsgiver", path, "EMPLOYER", "\"3\"").status()).isEqualTo(200);
        assertThat(approve("beslutter", path, "DECISION_MAKER", "\"4\"").errorFields()).containsExactly("approvals");
        assertThat(approve("veileder", path, "COUNSELLOR", "\"4\"").status()).isEqualTo(200);
        Response concluded = approve("beslutter", path, "DECISION_MAKER", "\"5\"");
        assertThat(concluded.status()).isEqualTo(200);
        assertThat(concluded.json().path("status").asString()).isEqualTo("GJENNOMFORES");
        assertThat(concluded.json().path("concludedAt").isMissingNode()).isFalse();
        assertThat(concluded.json().path("approvals").path("beslutterApprovedBy").asLong())
                .isEqualTo(fixtures.userId("beslutter"));

        jdbc.sql("update mentor_agreement set start_date = start_date + 10, end_date = end_date + 10 where id = :id")
                .param("id", created.id()).update();
        assertThat(http.get("veileder", path).json().path("status").asString()).isEqualTo("KLAR_FOR_OPPSTART");
        jdbc.sql("update mentor_agreement set start_date = start_date - 400, end_date = end_date - 400 where id = :id")
                .param("id", created.id()).update();
        assertThat(http.get("veileder", path).json().path("status").asString()).isEqualTo("AVSLUTTET");
        jdbc.sql("update mentor_agreement set start_date = start_date + 400, end_date = end_date + 400 where id = :id")
                .param("id", created.id()).update();
        assertThat(http.delete("arbeidsgiver", path + "/approvals/EMPLOYER", "\"6\"").errorFields())
                .containsExactly("approvals");

        assertThat(http.post("veileder", path + "/annulment", object("reason", "UTLOPT"), "\"6\"").errorFields())
                .containsExactly("reason");
        Response annulled = http.post("veileder", path + "/annulment", object("reason", "SYK"), "\"6\"");
        assertThat(annulled.status()).isEqualTo(200);
        assertThat(annulled.json().path("status").asString()).isEqualTo("ANNULLERT");
        assertThat(annulled.json().path("annulmentReason").asString()).isEqualTo("SYK");
        assertThat(http.post("veileder", path + "/annulment", object("reason", "SYK"), "\"7\"").status())
                .isEqualTo(409);

        List<String> types = new ArrayList<>();
        http.get("veileder", "/api/v1/processes/" + c.processId() + "/timeline").json()
                .forEach(e -> types.add(e.path("type").asString()));
        assertThat(types).contains("AGREEMENT_CREATED", "AGREEMENT_UPDATED", "AGREEMENT_CONFIDENTIALITY_SIGNED",
                "AGREEMENT_APPROVED", "AGREEMENT_CONCLUDED", "AGREEMENT_ANNULLED");
        Long annulledBy = jdbc.sql("select actor_id from process_event where process_id = :p and type = "
                + "'AGREEMENT_ANNULLED'").param("p", c.processId()).query(Long.class).single();
        assertThat(annulledBy).isEqualTo(fixtures.userId("veileder"));
    }

    @Test
    void ifMatchIsRequiredAndMustBeCurrent() {
        Case c = fixtures.partnerCase();
        long id = fixtures.newAgreement(c.processId());
        String path = "/api/v1/agreements/" + id;
        assertThat(http.put("veileder", path, object("tasks", "Bake"), null).status()).isEqualTo(428);
        assertThat(http.put("veileder", path, object("tasks", "Bake"), "\"0\"").status()).isEqualTo(200);
        assertThat(http.put("veileder", path, object("tasks", "Steke"), "\"0\"").status()).isEqualTo(412);
        assertThat(http.get("veileder", path).json().path("content").path("tasks").asString()).isEqualTo("Bake");
    }

    @Test
    void rulesAreCheckedNamingTheFields() {
        Case c = fixtures.partnerCase();
        long id = fixtures.newAgreement(c.processId());
        var content = AgreementFixtures.fullContent(AgreementFixtures.today());
        content.put("endDate", AgreementFixtures.today().minusDays(1).toString());
        content.put("accountNumber", "12345678901");
        Response refused = http.put("veileder", "/api/v1/agreements/" + id, content, "\"0\"");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.errorFields()).contains("endDate", "accountNumber");
    }

    @Test
    void anAgreementNeedsTheProcesssEmployerAndMentor() {
        Case c = fixtures.plainCase();
        Response refused = http.post("veileder", "/api/v1/processes/" + c.processId() + "/agreements", object());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("employerId", "mentorUserId");
    }

    @Test
    void approvalsCanBeWithdrawnAndTheCounsellorsGoesWithThem() {
        Case c = fixtures.partnerCase();
        long id = fixtures.signedAgreement(c.processId());
        String path = "/api/v1/agreements/" + id;
        approve(c.candidateUser(), path, "CANDIDATE", "\"2\"");
        approve("arbeidsgiver", path, "EMPLOYER", "\"3\"");
        assertThat(approve("veileder", path, "COUNSELLOR", "\"4\"").status()).isEqualTo(200);
        assertThat(http.delete("veileder", path + "/approvals/EMPLOYER", "\"5\"").status()).isEqualTo(403);
        Response withdrawn = http.delete("arbeidsgiver", path + "/approvals/EMPLOYER", "\"5\"");
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().path("approvals").path("employerApprovedAt").isMissingNode()).isTrue();
        assertThat(withdrawn.json().path("approvals").path("counsellorApprovedAt").isMissingNode()).isTrue();
        assertThat(withdrawn.json().path("approvals").path("candidateApprovedAt").isMissingNode()).isFalse();
    }

    @Test
    void theCounsellorMayApproveOnTheCandidatesBehalfWithAReason() {
        Case c = fixtures.partnerCase();
        long id = fixtures.signedAgreement(c.processId());
        String path = "/api/v1/agreements/" + id;
        approve("arbeidsgiver", path, "EMPLOYER", "\"2\"");
        assertThat(approve("veileder", path, "COUNSELLOR", "\"3\"").errorFields()).containsExactly("approvals");
        Response approved = http.post("veileder", path + "/approvals",
                object("as", "COUNSELLOR", "onBehalfReason", "NO_BANKID"), "\"3\"");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().path("approvals").path("candidateOnBehalfReason").asString())
                .isEqualTo("NO_BANKID");
    }

    @Test
    void unknownAgreementsAre404AndOtherOfficesAndPartners403() {
        Case c = fixtures.partnerCase();
        long id = fixtures.signedAgreement(c.processId());
        String path = "/api/v1/agreements/" + id;
        assertThat(http.get("veileder", "/api/v1/agreements/987654321").status()).isEqualTo(404);
        assertThat(http.get("veileder", "/api/v1/processes/987654321/agreements").status()).isEqualTo(404);
        assertThat(http.get("veileder2", path).status()).isEqualTo(403);
        assertThat(http.get("kandidat", path).status()).isEqualTo(403);
        assertThat(http.get("markedskontakt", path).status()).isEqualTo(403);
        assertThat(http.post("veileder2", "/api/v1/processes/" + c.processId() + "/agreements", object()).status())
                .isEqualTo(403);
        assertThat(http.post("beslutter", path + "/annulment", object("reason", "SYK"), "\"2\"").status())
                .isEqualTo(403);
    }

    @Test
    void partnersLoseAccessTwelveWeeksAfterTheEnd() {
        Case c = fixtures.partnerCase();
        long id = fixtures.signedAgreement(c.processId());
        String path = "/api/v1/agreements/" + id;
        jdbc.sql("update mentor_agreement set end_date = :end where id = :id")
                .param("end", AgreementFixtures.today().minusWeeks(11)).param("id", id).update();
        assertThat(http.get("arbeidsgiver", path).status()).isEqualTo(200);
        assertThat(http.get("mentor", path).status()).isEqualTo(200);
        jdbc.sql("update mentor_agreement set end_date = :end where id = :id")
                .param("end", AgreementFixtures.today().minusWeeks(12).minusDays(1)).param("id", id).update();
        assertThat(http.get("arbeidsgiver", path).status()).isEqualTo(403);
        assertThat(http.get("mentor", path).status()).isEqualTo(403);
        assertThat(http.get(c.candidateUser(), path).status()).isEqualTo(200);
        assertThat(http.get("veileder", path).status()).isEqualTo(200);
    }

    private Response approve(String user, String path, String as, String ifMatch) {
        return http.post(user, path + "/approvals", object("as", as), ifMatch);
    }
}
