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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
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
import tools.jackson.databind.JsonNode;

/**
 * The agreement's adaptation text (tilrettelegging) is health-related: the employer sees it only while the candidate
 * shares adaptation needs with the employer, the mentor only while she shares them with the mentor (BRIEF §2, §5
 * step 4) — in the API, on the pages, in the versions, their changes and the PDFs. Everyone else who sees the
 * agreement sees it; the follow-up text is NAV's arrangement and stays visible. A withdrawal counts on the next read.
 */
@IntegrationTest
class AgreementAdaptationConsentTest {

    private static final String ADAPTATION = "Kortere dager den første uken";
    private static final String FOLLOW_UP = "Trekløversamtale hver fjerde uke";
    private static final String NOT_SHARED = "Kandidaten har ikke samtykket til å dele dette med deg";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    ApiClient http;
    AgreementFixtures fixtures;
    Case c;
    long id;
    String api;
    String page;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
        fixtures = new AgreementFixtures(http, jdbc, passwords);
        c = fixtures.partnerCase();
        id = fixtures.signedAgreement(c.processId());
        api = "/api/v1/agreements/" + id;
        page = "/agreements/" + id;
    }

    private void share(String audience, boolean granted) {
        Response r = http.put(c.candidateUser(), "/api/v1/me/consents", object("choices", List.of(
                object("item", "ADAPTATION_NEEDS", "audience", audience, "granted", granted))), null);
        assertThat(r.status()).isEqualTo(200);
    }

    private static List<String> maskedFields(JsonNode body) {
        List<String> fields = new ArrayList<>();
        body.path("maskedFields").forEach(m -> fields.add(m.path("field").asString()));
        return fields;
    }

    private void assertMasked(String user, Response r) {
        assertThat(r.status()).as(user).isEqualTo(200);
        JsonNode content = r.json().path("content");
        assertThat(content.path("adaptation").isMissingNode() || content.path("adaptation").isNull()).as(user)
                .isTrue();
        assertThat(maskedFields(r.json())).as(user).containsExactly("adaptation");
        assertThat(r.json().path("maskedFields").get(0).path("message").asString()).as(user).startsWith(NOT_SHARED);
        assertThat(r.body()).as(user).doesNotContain(ADAPTATION);
        assertThat(content.path("followUp").asString()).as(user).isEqualTo(FOLLOW_UP);
    }

    private void assertVisible(String user, Response r) {
        assertThat(r.status()).as(user).isEqualTo(200);
        assertThat(r.json().path("content").path("adaptation").asString()).as(user).isEqualTo(ADAPTATION);
        assertThat(r.json().path("maskedFields").isMissingNode()).as(user).isTrue();
    }

    @Test
    void withoutConsentTheEmployerAndTheMentorGetANoteInsteadOfTheAdaptationText() {
        assertMasked("arbeidsgiver", http.get("arbeidsgiver", api));
        assertMasked("mentor", http.get("mentor", api));
        for (String user : new String[] {"veileder", "beslutter", c.candidateUser()}) {
            assertVisible(user, http.get(user, api));
        }
        // Consent to share something else, or adaptation needs with colleagues, does not open the text.
        Response other = http.put(c.candidateUser(), "/api/v1/me/consents", object("choices", List.of(
                object("item", "STRENGTHS", "audience", "EMPLOYER", "granted", true),
                object("item", "STRENGTHS", "audience", "MENTOR", "granted", true),
                object("item", "ADAPTATION_NEEDS", "audience", "COLLEAGUES", "granted", true))), null);
        assertThat(other.status()).isEqualTo(200);
        assertMasked("arbeidsgiver", http.get("arbeidsgiver", api));
        assertMasked("mentor", http.get("mentor", api));
    }

    @Test
    void eachSideSeesTheTextOnlyWithConsentToItselfAndAWithdrawalCountsAtOnce() {
        share("EMPLOYER", true);
        assertVisible("arbeidsgiver", http.get("arbeidsgiver", api));
        assertMasked("mentor", http.get("mentor", api));

        share("MENTOR", true);
        assertVisible("mentor", http.get("mentor", api));

        share("EMPLOYER", false);
        assertMasked("arbeidsgiver", http.get("arbeidsgiver", api));
        assertVisible("mentor", http.get("mentor", api));

        share("MENTOR", false);
        assertMasked("mentor", http.get("mentor", api));
        assertVisible("veileder", http.get("veileder", api));
        assertVisible(c.candidateUser(), http.get(c.candidateUser(), api));
    }

    @Test
    void theEmployerWithoutConsentCannotOverwriteTheTextItDoesNotSee() {
        Case fresh = fixtures.partnerCase();
        long draft = fixtures.newAgreement(fresh.processId());
        String path = "/api/v1/agreements/" + draft;
        assertThat(http.put("veileder", path, AgreementFixtures.fullContent(AgreementFixtures.today()), "\"0\"")
                .status()).isEqualTo(200);

        // As the employer reads it and sends it back: adaptation empty. The stored text stays.
        Map<String, Object> edited = AgreementFixtures.fullContent(AgreementFixtures.today());
        edited.remove("adaptation");
        edited.put("tasks", "Bake brød med kandidaten");
        Response saved = http.put("arbeidsgiver", path, edited, "\"1\"");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().path("content").path("tasks").asString()).isEqualTo("Bake brød med kandidaten");
        assertThat(maskedFields(saved.json())).containsExactly("adaptation");
        assertThat(http.get("veileder", path).json().path("content").path("adaptation").asString())
                .isEqualTo(ADAPTATION);

        // Nor can the employer write a text of its own there.
        edited.put("adaptation", "Noe arbeidsgiveren skriver");
        assertThat(http.put("arbeidsgiver", path, edited, "\"2\"").status()).isEqualTo(200);
        assertThat(http.get("veileder", path).json().path("content").path("adaptation").asString())
                .isEqualTo(ADAPTATION);

        // The page form as the browser posts it, with a hand-made adaptation field: the stored text stays.
        Response form = http.send("arbeidsgiver", "POST", "/agreements/" + draft,
                "version=3&tasks=Bake+mer&adaptation=Overskrevet&mentorFirstName=Mona&mentorLastName=Mentorsen"
                        + "&mentorPhone=91234567&hoursPerMonth=20&payType=TIMELONN&payAmount=300&familyTie=false",
                "application/x-www-form-urlencoded", Map.of("Accept", "text/html"));
        assertThat(form.status()).isEqualTo(302);
        JsonNode after = http.get("veileder", path).json().path("content");
        assertThat(after.path("tasks").asString()).isEqualTo("Bake mer");
        assertThat(after.path("adaptation").asString()).isEqualTo(ADAPTATION);

        // With consent the employer sees and edits it like any other field.
        Response shared = http.put(fresh.candidateUser(), "/api/v1/me/consents", object("choices", List.of(
                object("item", "ADAPTATION_NEEDS", "audience", "EMPLOYER", "granted", true))), null);
        assertThat(shared.status()).isEqualTo(200);
        edited.put("adaptation", "Rolig arbeidsplass");
        assertThat(http.put("arbeidsgiver", path, edited, "\"4\"").status()).isEqualTo(200);
        assertThat(http.get("veileder", path).json().path("content").path("adaptation").asString())
                .isEqualTo("Rolig arbeidsplass");
    }

    private Response html(String user, String path) {
        return http.send(user, "GET", path, null, null, Map.of("Accept", "text/html"));
    }

    @Test
    void thePagesShowTheNoteToPartnersWithoutConsentAndWarnTheCounsellor() {
        Response employer = html("arbeidsgiver", page);
        assertThat(employer.status()).isEqualTo(200);
        assertThat(employer.body()).contains("name=\"tasks\"").doesNotContain("name=\"adaptation\"")
                .contains("id=\"adaptation-masked\"").contains(NOT_SHARED).doesNotContain(ADAPTATION)
                .contains(FOLLOW_UP).doesNotContain("adaptation-consent-warning");
        Response mentor = html("mentor", page);
        assertThat(mentor.body()).contains("id=\"adaptation-masked\"").contains(NOT_SHARED)
                .doesNotContain(ADAPTATION).contains(FOLLOW_UP);
        assertThat(html(c.candidateUser(), page).body()).contains(ADAPTATION).doesNotContain(NOT_SHARED)
                .contains("Du deler ikke behov for tilrettelegging med arbeidsgiveren og mentoren")
                .contains("href=\"/my/consent\"");
        assertThat(html("beslutter", page).body()).contains(ADAPTATION).doesNotContain(NOT_SHARED);

        Response counsellor = html("veileder", page);
        assertThat(counsellor.body()).contains(ADAPTATION).contains("id=\"adaptation-consent-warning\"")
                .contains("med arbeidsgiveren og mentoren")
                .contains("Skriv bare det kandidaten har sagt ja til å dele, eller be om samtykke")
                .contains("href=\"/processes/" + c.processId() + "#consents\"");

        share("EMPLOYER", true);
        assertThat(html("arbeidsgiver", page).body()).contains(ADAPTATION).doesNotContain(NOT_SHARED);
        assertThat(html("mentor", page).body()).doesNotContain(ADAPTATION).contains(NOT_SHARED);
        assertThat(html("veileder", page).body()).contains("adaptation-consent-warning")
                .contains("dele behov for tilrettelegging med mentoren.")
                .doesNotContain("med arbeidsgiveren og mentoren");
        assertThat(html(c.candidateUser(), page).body())
                .contains("Du deler ikke behov for tilrettelegging med mentoren, så mentoren ser ikke");

        share("MENTOR", true);
        assertThat(html("mentor", page).body()).contains(ADAPTATION).doesNotContain(NOT_SHARED);
        assertThat(html("veileder", page).body()).doesNotContain("adaptation-consent-warning");
        assertThat(html(c.candidateUser(), page).body()).contains(ADAPTATION)
                .doesNotContain("adaptation-sharing-note");

        share("MENTOR", false);
        assertThat(html("mentor", page).body()).doesNotContain(ADAPTATION).contains(NOT_SHARED);
    }

    /** Approved by all and concluded by the beslutter: version 1 exists, agreement version 6. */
    private void conclude() {
        assertThat(http.post(c.candidateUser(), api + "/approvals", object("as", "CANDIDATE"), "\"2\"").status())
                .isEqualTo(200);
        assertThat(http.post("arbeidsgiver", api + "/approvals", object("as", "EMPLOYER"), "\"3\"").status())
                .isEqualTo(200);
        assertThat(http.post("veileder", api + "/approvals", object("as", "COUNSELLOR"), "\"4\"").status())
                .isEqualTo(200);
        assertThat(http.post("beslutter", api + "/approvals", object("as", "DECISION_MAKER"), "\"5\"").status())
                .isEqualTo(200);
    }

    @Test
    void versionsTheirChangesAndThePdfsAreMaskedTheSameWay() {
        conclude();
        Response followUp = http.send("veileder", "POST", api + "/changes", ApiClient.json(object("type",
                "ENDRE_OPPFOLGING", "followUp", "Oppfølgingsmøte hver andre uke")), "application/json",
                Map.of("If-Match", "\"6\""));
        assertThat(followUp.status()).as(followUp.body()).isEqualTo(201);
        String v1 = api + "/versions/1";
        String v2 = api + "/versions/2";

        for (String user : new String[] {"arbeidsgiver", "mentor"}) {
            Response version = http.get(user, v1);
            assertThat(version.status()).as(user).isEqualTo(200);
            JsonNode adaptation = version.json().path("content").path("adaptation");
            assertThat(adaptation.isMissingNode() || adaptation.isNull()).as(user).isTrue();
            assertThat(maskedFields(version.json())).as(user).containsExactly("adaptation");
            assertThat(version.body()).as(user).doesNotContain(ADAPTATION);
            Response changes = http.get(user, v2 + "/changes");
            assertThat(changes.status()).as(user).isEqualTo(200);
            assertThat(changes.body()).as(user).contains("Oppfølgingsmøte hver andre uke").doesNotContain(ADAPTATION);
            assertThat(maskedFields(changes.json())).as(user).containsExactly("adaptation");
            String pdf = pdfText(user, v2 + ".pdf");
            assertThat(pdf).as(user).contains(NOT_SHARED).contains("Oppfølgingsmøte hver andre uke")
                    .doesNotContain(ADAPTATION);
            Response compare = html(user, page + "/versions?left=1&right=2");
            assertThat(compare.status()).as(user).isEqualTo(200);
            assertThat(compare.body()).as(user).contains(NOT_SHARED).doesNotContain(ADAPTATION);
        }
        for (String user : new String[] {"veileder", "beslutter", c.candidateUser()}) {
            Response version = http.get(user, v1);
            assertThat(version.json().path("content").path("adaptation").asString()).as(user).isEqualTo(ADAPTATION);
            assertThat(version.json().path("maskedFields").isMissingNode()).as(user).isTrue();
            assertThat(pdfText(user, v2 + ".pdf")).as(user).contains(ADAPTATION).doesNotContain(NOT_SHARED);
            assertThat(html(user, page + "/versions?left=1&right=2").body()).as(user).contains(ADAPTATION);
        }

        share("MENTOR", true);
        assertThat(pdfText("mentor", v2 + ".pdf")).contains(ADAPTATION).doesNotContain(NOT_SHARED);
        assertThat(http.get("mentor", v1).json().path("content").path("adaptation").asString()).isEqualTo(ADAPTATION);
        assertThat(pdfText("arbeidsgiver", v2 + ".pdf")).contains(NOT_SHARED).doesNotContain(ADAPTATION);

        share("MENTOR", false);
        assertThat(pdfText("mentor", v2 + ".pdf")).contains(NOT_SHARED).doesNotContain(ADAPTATION);
        assertThat(http.get("mentor", v1).body()).doesNotContain(ADAPTATION);
    }

    /** The PDF's text with line breaks as spaces, so a wrapped line still matches. */
    private String pdfText(String user, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/pdf, application/problem+json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(user).isEqualTo(200);
            try (PDDocument document = Loader.loadPDF(response.body())) {
                return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
