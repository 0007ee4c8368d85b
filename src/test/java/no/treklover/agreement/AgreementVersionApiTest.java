package no.treklover.agreement;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import no.treklover.agreement.AgreementFixtures.Case;
import no.treklover.support.ApiClient;
import no.treklover.support.ApiClient.Response;
import no.treklover.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A concluded agreement changed through the API: extended, shortened with a reason, a new calculation — versions
 * 2 to 4, their field-level changes, masking per party in JSON and PDF, the amendment events, and the refusals.
 */
@IntegrationTest
class AgreementVersionApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    AmendmentRecorder amendments;

    ApiClient http;
    AgreementFixtures fixtures;
    LocalDate today;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
        fixtures = new AgreementFixtures(http, jdbc, passwords);
        today = AgreementFixtures.today();
    }

    /** Filled in, signed, approved by all and concluded by the beslutter: agreement version 6. */
    long concluded(Case c) {
        long id = fixtures.signedAgreement(c.processId());
        String path = "/api/v1/agreements/" + id;
        assertThat(approve(c.candidateUser(), path, "CANDIDATE", "\"2\"")).isEqualTo(200);
        assertThat(approve("arbeidsgiver", path, "EMPLOYER", "\"3\"")).isEqualTo(200);
        assertThat(approve("veileder", path, "COUNSELLOR", "\"4\"")).isEqualTo(200);
        assertThat(approve("beslutter", path, "DECISION_MAKER", "\"5\"")).isEqualTo(200);
        return id;
    }

    private int approve(String user, String path, String as, String ifMatch) {
        return http.post(user, path + "/approvals", object("as", as), ifMatch).status();
    }

    private Response change(String user, long id, Object body, String ifMatch) {
        return http.send(user, "POST", "/api/v1/agreements/" + id + "/changes", ApiClient.json(body),
                "application/json", ifMatch == null ? java.util.Map.of() : java.util.Map.of("If-Match", ifMatch));
    }

    private String etag(long id) {
        return http.get("veileder", "/api/v1/agreements/" + id + "/versions").header("ETag");
    }

    @Test
    void concludingWritesVersionOneWithTheApprovals() {
        Case c = fixtures.partnerCase();
        long id = concluded(c);
        Response list = http.get("veileder", "/api/v1/agreements/" + id + "/versions");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("ETag")).isEqualTo("\"6\"");
        assertThat(list.json().path("concluded").asBoolean()).isTrue();
        assertThat(list.json().path("mayChange").asBoolean()).isTrue();
        assertThat(list.json().path("versions").size()).isEqualTo(1);
        var first = list.json().path("versions").get(0);
        assertThat(first.path("number").asInt()).isEqualTo(1);
        assertThat(first.path("changeType").isMissingNode()).isTrue();
        assertThat(first.path("changedBy").asLong()).isEqualTo(fixtures.userId("beslutter"));
        assertThat(first.path("effectiveFrom").asString()).isEqualTo(today.toString());

        Response v1 = http.get("veileder", "/api/v1/agreements/" + id + "/versions/1");
        List<String> parties = new ArrayList<>();
        v1.json().path("approvals").forEach(a -> parties.add(a.path("party").asString()));
        assertThat(parties).containsExactly("MENTOR_CONFIDENTIALITY", "CANDIDATE", "EMPLOYER", "COUNSELLOR",
                "DECISION_MAKER");
        v1.json().path("approvals").forEach(a -> {
            assertThat(a.path("at").isMissingNode()).isFalse();
            assertThat(a.path("byName").asString()).isNotBlank();
        });
        assertThat(v1.json().path("content").path("payAmount").asInt()).isEqualTo(300);
        assertThat(v1.json().path("calculation").path("monthlyTotal").asInt()).isEqualTo(7821);
    }

    @Test
    void extendShortenAndRecalculateGiveVersionsTwoToFour() {
        Case c = fixtures.partnerCase();
        long id = concluded(c);
        LocalDate end = today.plusMonths(3).minusDays(1);

        Response extended = change("veileder", id, object("type", "FORLENGE", "endDate",
                end.plusMonths(2).toString()), "\"6\"");
        assertThat(extended.status()).isEqualTo(201);
        assertThat(extended.json().path("number").asInt()).isEqualTo(2);
        assertThat(extended.header("Location")).endsWith("/api/v1/agreements/" + id + "/versions/2");
        assertThat(extended.header("ETag")).isEqualTo("\"7\"");
        assertThat(http.get("veileder", "/api/v1/agreements/" + id).json().path("content").path("endDate")
                .asString()).isEqualTo(end.plusMonths(2).toString());

        LocalDate shortenedEnd = end.plusMonths(1);
        Response shortened = change("veileder", id, object("type", "FORKORTE", "endDate", shortenedEnd.toString(),
                "reason", "ANNET", "reasonText", "Flytter til en annen by"), "\"7\"");
        assertThat(shortened.status()).isEqualTo(201);
        assertThat(shortened.json().path("reason").asString()).isEqualTo("ANNET");
        assertThat(shortened.json().path("reasonText").asString()).isEqualTo("Flytter til en annen by");

        LocalDate from = today.plusDays(14);
        Response recalculated = change("veileder", id, object("type", "ENDRE_BEREGNING", "payType", "TIMELONN",
                "payAmount", 320, "hoursPerMonth", 25, "holidayPayRate", 0.12, "otpRate", 0.02, "agaRate", 0.141,
                "effectiveFrom", from.toString()), "\"8\"");
        assertThat(recalculated.status()).isEqualTo(201);
        assertThat(recalculated.json().path("number").asInt()).isEqualTo(4);
        assertThat(recalculated.json().path("latest").asBoolean()).isTrue();

        Response list = http.get("veileder", "/api/v1/agreements/" + id + "/versions");
        List<String> types = new ArrayList<>();
        list.json().path("versions").forEach(v -> types.add(v.path("number").asInt() + ":"
                + v.path("changeType").asString("") + ":" + v.path("effectiveFrom").asString()));
        assertThat(types).containsExactly("1::" + today, "2:FORLENGE:" + end.plusDays(1),
                "3:FORKORTE:" + shortenedEnd.plusDays(1), "4:ENDRE_BEREGNING:" + from);
        assertThat(list.json().path("versions").get(3).path("changedByName").asString()).isNotBlank();

        assertThat(fields(http.get("veileder", "/api/v1/agreements/" + id + "/versions/4/changes")))
                .containsExactly("hoursPerMonth", "payAmount");
        assertThat(fields(http.get("veileder", "/api/v1/agreements/" + id + "/versions/4/changes?from=1")))
                .containsExactly("hoursPerMonth", "payAmount", "endDate");
        assertThat(fields(http.get("veileder", "/api/v1/agreements/" + id + "/versions/2/changes")))
                .containsExactly("endDate");
        // the candidate does not see pay, so for her the new calculation changed only the hours
        assertThat(fields(http.get(c.candidateUser(), "/api/v1/agreements/" + id + "/versions/4/changes")))
                .containsExactly("hoursPerMonth");

        assertThat(amendments.of(id)).extracting(a -> a.versionNumber() + "@" + a.effectiveFrom())
                .containsExactly("2@" + end.plusDays(1), "3@" + shortenedEnd.plusDays(1), "4@" + from);
        assertThat(amendments.of(id)).allMatch(a -> a.actorId() == fixtures.userId("veileder"));

        Response followUp = change("veileder", id, object("type", "ENDRE_OPPFOLGING", "followUp",
                "Trekløversamtale hver andre uke"), "\"9\"");
        assertThat(followUp.status()).isEqualTo(201);
        assertThat(amendments.of(id)).hasSize(3);

        List<String> timeline = new ArrayList<>();
        http.get("veileder", "/api/v1/processes/" + c.processId() + "/timeline").json()
                .forEach(e -> timeline.add(e.path("type").asString()));
        assertThat(timeline.stream().filter("AGREEMENT_AMENDED"::equals)).hasSize(4);
        Response export = http.get(c.candidateUser(), "/api/v1/me/export");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body()).contains("agreementVersions", "FORKORTE", "Flytter til en annen by",
                shortenedEnd.toString());
        assertThat(jdbc.sql("select count(*) from process_event where process_id = :p and type = 'AGREEMENT_AMENDED' "
                + "and actor_id = :a").param("p", c.processId()).param("a", fixtures.userId("veileder"))
                .query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void versionsAreMaskedPerPartyInJsonAndPdf() {
        Case c = fixtures.partnerCase();
        long id = concluded(c);
        change("veileder", id, object("type", "ENDRE_MENTOR", "mentorFirstName", "Mona", "mentorLastName",
                "Mentorsen", "mentorPhone", "91234567", "mentorEmail", "mona@bakeri.no",
                "tasks", "Lære opp kandidaten i bakeriet"), "\"6\"");
        String v2 = "/api/v1/agreements/" + id + "/versions/2";

        Response own = http.get(c.candidateUser(), v2);
        assertThat(own.status()).isEqualTo(200);
        for (String pay : new String[] {"payAmount", "payType", "holidayPayRate", "otpRate", "agaRate",
                "accountNumber", "kid", "mentorNationalId"}) {
            var node = own.json().path("content").path(pay);
            assertThat(node.isMissingNode() || node.isNull()).as(pay).isTrue();
        }
        assertThat(own.json().path("calculation").isMissingNode()).isTrue();
        assertThat(own.json().path("candidate").path("nationalId").asString()).isEqualTo(c.nationalId());
        assertThat(own.json().path("content").path("mentorEmail").asString()).isEqualTo("mona@bakeri.no");

        Response mentor = http.get("mentor", v2);
        assertThat(mentor.status()).isEqualTo(200);
        assertThat(mentor.json().path("candidate").path("nationalId").isMissingNode()).isTrue();
        assertThat(mentor.body()).doesNotContain(c.nationalId());
        assertThat(mentor.json().path("content").path("payAmount").asInt()).isEqualTo(300);

        for (String user : new String[] {"arbeidsgiver", "beslutter", "veileder"}) {
            assertThat(http.get(user, v2).json().path("calculation").path("monthlyTotal").asInt()).as(user)
                    .isEqualTo(7821);
        }
        assertThat(http.get(fixtures.otherMentor(), v2).status()).isEqualTo(403);
        assertThat(http.get("veileder2", v2).status()).isEqualTo(403);
        assertThat(http.get("veileder", "/api/v1/agreements/" + id + "/versions/9").status()).isEqualTo(404);

        String candidatePdf = pdfText(c.candidateUser(), v2 + ".pdf");
        assertThat(candidatePdf).contains("Mentoravtale – versjon 2", "Endret mentor", "mona@bakeri.no",
                "Godkjent av beslutter", "Godkjent av arbeidsgiver", c.nationalId())
                .doesNotContain("Beregning av mentortilskudd", "Kontonummer", "Arbeidsgiveravgift", "7 821",
                        "12345678903");
        String mentorPdf = pdfText("mentor", v2 + ".pdf");
        assertThat(mentorPdf).contains("Beregning av mentortilskudd", "7 821", "Godkjent av beslutter")
                .doesNotContain(c.nationalId());
        String counsellorPdf = pdfText("veileder", v2 + ".pdf");
        assertThat(counsellorPdf).contains("Beregning av mentortilskudd", "7 821", c.nationalId(), "12345678903",
                "Godkjent av veileder");
        assertThat(download(fixtures.otherMentor(), v2 + ".pdf").statusCode()).isEqualTo(403);
    }

    @Test
    void onlyTheCounsellorChangesOnlyConcludedAgreementsWithValidInputAndTheCurrentVersion() {
        Case c = fixtures.partnerCase();
        long id = concluded(c);
        LocalDate end = today.plusMonths(3).minusDays(1);
        Object extend = object("type", "FORLENGE", "endDate", end.plusMonths(1).toString());

        for (String user : new String[] {"beslutter", "arbeidsgiver", "mentor", c.candidateUser(), "veileder2"}) {
            assertThat(change(user, id, extend, "\"6\"").status()).as(user).isEqualTo(403);
        }
        assertThat(change("veileder", id, extend, null).status()).isEqualTo(428);
        assertThat(change("veileder", id, extend, "\"5\"").status()).isEqualTo(412);

        // longer than 6 months for a candidate without innsatsgruppe; shortening needs a reason
        assertThat(change("veileder", id, object("type", "FORLENGE", "endDate", today.plusMonths(7).toString()),
                "\"6\"").errorFields()).containsExactly("endDate");
        Response invalid = change("veileder", id, object("type", "FORKORTE", "endDate", end.plusDays(3).toString()),
                "\"6\"");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.errorFields()).containsExactlyInAnyOrder("endDate", "reason");
        assertThat(invalid.json().path("errors").get(0).path("message").asString()).contains("før dagens sluttdato");
        assertThat(change("veileder", id, object("type", "FORKORTE", "endDate", today.toString(), "reason", "SYK",
                "payAmount", 1), "\"6\"").errorFields()).containsExactly("payAmount");
        assertThat(change("veileder", id, object("type", "ENDRE_BEREGNING", "payType", "TIMELONN", "payAmount", 300,
                "hoursPerMonth", 20, "holidayPayRate", 0.12, "otpRate", 0.02, "agaRate", 0.141, "effectiveFrom",
                end.plusDays(1).toString()), "\"6\"").errorFields()).containsExactly("effectiveFrom");
        assertThat(change("veileder", id, object("endDate", end.toString()), "\"6\"").errorFields())
                .containsExactly("type");
        assertThat(change("veileder", id, object("type", "FORLENGE", "endDate", "i morgen"), "\"6\"").errorFields())
                .containsExactly("endDate");
        assertThat(http.get("veileder", "/api/v1/agreements/" + id + "/versions").json().path("versions").size())
                .isEqualTo(1);
        assertThat(amendments.of(id)).isEmpty();

        Case other = fixtures.partnerCase();
        long notConcluded = fixtures.signedAgreement(other.processId());
        assertThat(change("veileder", notConcluded, extend, "\"2\"").status()).isEqualTo(409);
        assertThat(http.get("veileder", "/api/v1/agreements/" + notConcluded + "/versions").json()
                .path("versions").size()).isZero();
        assertThat(http.get("veileder", "/api/v1/agreements/999999999/versions").status()).isEqualTo(404);

        assertThat(http.post("veileder", "/api/v1/agreements/" + id + "/annulment", object("reason", "SYK"), "\"6\"")
                .status()).isEqualTo(200);
        assertThat(change("veileder", id, extend, "\"7\"").status()).isEqualTo(409);
    }

    @Test
    void aChangeIsNotBlockedByTheStartDateRuleOfDrafting() {
        Case c = fixtures.partnerCase();
        long id = concluded(c);
        jdbc.sql("update mentor_agreement set start_date = start_date - 60, end_date = end_date - 30 where id = :id")
                .param("id", id).update();
        LocalDate end = today.plusMonths(3).minusDays(31);
        Response extended = change("veileder", id, object("type", "FORLENGE", "endDate", end.plusDays(20).toString()),
                "\"6\"");
        assertThat(extended.status()).as(extended.body()).isEqualTo(201);
    }

    private static List<String> fields(Response changes) {
        assertThat(changes.status()).isEqualTo(200);
        List<String> fields = new ArrayList<>();
        changes.json().path("changes").forEach(ch -> fields.add(ch.path("field").asString()));
        return fields;
    }

    private String pdfText(String user, String path) {
        HttpResponse<byte[]> response = download(user, path);
        assertThat(response.statusCode()).as(user).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<byte[]> download(String user, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/pdf, application/problem+json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
