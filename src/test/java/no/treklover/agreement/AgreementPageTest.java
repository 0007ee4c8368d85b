package no.treklover.agreement;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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

/** The agreement page as each party sees it, through real HTTP with HTML; masking holds in the HTML too. */
@IntegrationTest
class AgreementPageTest {

    private static final String NBSP = "\u00a0";

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
    String page;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
        fixtures = new AgreementFixtures(http, jdbc, passwords);
        c = fixtures.partnerCase();
        id = fixtures.newAgreement(c.processId());
        page = "/agreements/" + id;
        http.put("veileder", "/api/v1/agreements/" + id, AgreementFixtures.fullContent(AgreementFixtures.today()),
                "\"0\"");
    }

    private Response html(String user, String path) {
        return http.send(user, "GET", path, null, null, Map.of("Accept", "text/html"));
    }

    private Response form(String user, String path, String body) {
        return http.send(user, "POST", path, body, "application/x-www-form-urlencoded", Map.of("Accept", "text/html"));
    }

    @Test
    void theCounsellorSeesTheFormTheStatusAndTheCalculationStepByStep() {
        Response r = html("veileder", page);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("Mentoravtale").contains("Mangler godkjenning")
                .contains("name=\"payAmount\"").contains("name=\"candidateContact.phone\"")
                .contains("name=\"version\" value=\"1\"")
                .contains("Send til partene").contains("Annuller avtalen")
                .contains("300 kr × 20 timer").contains("7" + NBSP + "821" + NBSP + "kr")
                .contains("hx-post=\"/agreements/" + id + "/calculation\"")
                .contains("<!-- slot:grant-periods -->").contains("<!-- slot:versions -->");
    }

    @Test
    void theCandidatesPageHasNoPayAndExplainsApproving() {
        Response r = html(c.candidateUser(), page);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("Avtalen om mentor for deg").contains("Lære opp kandidaten i bakeriet")
                .contains("20 timer i måneden").contains("Når du godkjenner")
                .doesNotContain("Timelønn").doesNotContain("Beregning").doesNotContain("12345678903")
                .doesNotContain("payAmount").doesNotContainPattern("(?<![0-9.])7.?821(?![0-9])")
                .doesNotContainPattern("(?<![0-9])300 kr");
    }

    @Test
    void nobodyApprovesAnAgreementThatIsNotFilledIn() {
        Case empty = fixtures.partnerCase();
        long emptyId = fixtures.newAgreement(empty.processId());
        http.post("mentor", "/api/v1/agreements/" + emptyId + "/confidentiality", ApiClient.object());

        assertThat(html(empty.candidateUser(), "/agreements/" + emptyId).body()).doesNotContain("approve-form");
        assertThat(html("arbeidsgiver", "/agreements/" + emptyId).body()).doesNotContain("approve-form");
        assertThat(http.post(empty.candidateUser(), "/api/v1/agreements/" + emptyId + "/approvals",
                ApiClient.object("as", "CANDIDATE"), "\"1\"").errorFields()).containsExactly("approvals");

        http.post("mentor", "/api/v1/agreements/" + id + "/confidentiality", ApiClient.object());
        assertThat(html(c.candidateUser(), page).body()).contains("approve-form");
    }

    @Test
    void theMentorSeesOnlyTheDeclarationBeforeSigningAndNeverTheNationalId() {
        Response before = html("mentor", page);
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.body()).contains("Jeg signerer taushetserklæringen").contains("taushet")
                .doesNotContain("bakeriet").doesNotContain(c.nationalId()).doesNotContain("12345678903")
                .doesNotContain("Avtale Kandidat");

        Response signed = form("mentor", page + "/confidentiality", "");
        assertThat(signed.status()).isEqualTo(302);
        Response after = html("mentor", page);
        assertThat(after.body()).contains("bakeriet").contains("taushetserklæring")
                .doesNotContain("Jeg signerer taushetserklæringen").doesNotContain(c.nationalId())
                .doesNotContain("name=\"payAmount\"");
    }

    @Test
    void theEmployerFillsInWhileNobodyHasApprovedThenApproves() {
        Response r = html("arbeidsgiver", page);
        assertThat(r.body()).contains("name=\"tasks\"").doesNotContain("Send til partene")
                .doesNotContain("Annuller avtalen");
        Response saved = form("arbeidsgiver", page, filled("Bake brød med kandidaten", 1));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(http.get("veileder", "/api/v1/agreements/" + id).json().path("content").path("tasks").asString())
                .isEqualTo("Bake brød med kandidaten");

        form("mentor", page + "/confidentiality", "");
        Response approved = form("arbeidsgiver", page + "/approvals", "version=3&as=EMPLOYER");
        assertThat(approved.status()).isEqualTo(302);
        Response after = html("arbeidsgiver", page);
        assertThat(after.body()).doesNotContain("name=\"tasks\"").contains("Trekk godkjenningen min");
    }

    @Test
    void invalidInputGivesFieldErrorsNotAnError() {
        Response r = form("veileder", page, "version=1&hoursPerMonth=mange&payAmount=-5&startDate=ikke-en-dato"
                + "&candidateContact.phone=abc&agaRate=0.5&payType=TULL");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("Du må rette disse feilene")
                .contains("id=\"hoursPerMonth-error\"").contains("Skriv et tall")
                .contains("id=\"startDate-error\"")
                .contains("id=\"payType-error\"");
        // The rules run once the input can be read: field-level messages from AgreementRules.
        Response rules = form("veileder", page, "version=1&payAmount=-5&candidateContact.phone=abc&agaRate=0.5");
        assertThat(rules.status()).isEqualTo(200);
        assertThat(rules.body()).contains("id=\"payAmount-error\"").contains("Lønnen må være større enn 0.")
                .contains("id=\"candidateContact-phone-error\"").contains("id=\"agaRate-error\"");
    }

    @Test
    void aStaleVersionShowsTheConflictMessageAndSavesNothing() {
        Response r = form("veileder", page, filled("Noe helt annet", 0));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("Noen andre har lagret endringer i mellomtiden");
        assertThat(http.get("veileder", "/api/v1/agreements/" + id).json().path("content").path("tasks").asString())
                .isEqualTo("Lære opp kandidaten i bakeriet");
    }

    @Test
    void theLiveCalculationIsTheApisAndSaysWhatIsMissing() {
        Response r = form("veileder", page + "/calculation", "payType=MANEDSLONN&payAmount=40000&positionPercent=100"
                + "&hoursPerMonth=20&holidayPayRate=0.12&otpRate=2&agaRate=0.141");
        assertThat(r.status()).isEqualTo(200);
        Response api = http.post("veileder", "/api/v1/mentor-grant/calculation", object("payType", "MANEDSLONN",
                "amount", 40000, "positionPercent", 100, "hoursPerMonth", 20, "holidayPayRate", 0.12,
                "pensionRate", 0.02, "employerTaxRate", 0.141));
        String total = api.json().path("monthlyTotal").asString();
        String formatted = total.length() > 3 ? total.substring(0, total.length() - 3) + NBSP
                + total.substring(total.length() - 3) : total;
        assertThat(r.body()).contains(formatted + NBSP + "kr").contains("1" + NBSP + "950");

        Response missing = form("veileder", page + "/calculation", "payType=ARSLONN&payAmount=abc");
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.body()).contains("fylles ut eller rettes").contains("Mentorens lønn")
                .contains("Mentorens stillingsprosent");

        assertThat(form(c.candidateUser(), page + "/calculation", "payType=TIMELONN").status()).isEqualTo(403);
    }

    @Test
    void theProcessPageListsTheAgreementAndOffersToCreate() {
        // One agreement in progress per process (issue 11): while this one is, no second is offered.
        Response r = html("veileder", "/processes/" + c.processId());
        assertThat(r.body()).contains("Mentoravtaler").contains("href=\"/agreements/" + id + "\"")
                .doesNotContain("Opprett mentoravtale").contains("Forløpet har en mentoravtale under arbeid.");
        Case plain = fixtures.plainCase();
        Response none = html("veileder", "/processes/" + plain.processId());
        assertThat(none.body()).contains("Velg arbeidsgiveren i forløpet før du lager en mentoravtale.")
                .contains("Knytt mentoren til forløpet");

        Response created = form("veileder", "/processes/" + c.processId() + "/agreements", "");
        assertThat(created.status()).isEqualTo(302);
        assertThat(created.header("Location")).as("to the one in progress").endsWith("/agreements/" + id);
        assertThat(jdbc.sql("select count(*) from mentor_agreement where process_id = :p")
                .param("p", c.processId()).query(Long.class).single()).isEqualTo(1);

        // Once it is annulled, a new one is offered and made.
        assertThat(form("veileder", "/agreements/" + id + "/annulment", "version=1&reason=SYK").status())
                .isEqualTo(302);
        assertThat(html("veileder", "/processes/" + c.processId()).body()).contains("Opprett mentoravtale");
        Response another = form("veileder", "/processes/" + c.processId() + "/agreements", "");
        assertThat(another.header("Location")).matches(".*/agreements/\\d+").doesNotEndWith("/agreements/" + id);
    }

    @Test
    void myAndPartnerPagesLinkToTheAgreement() {
        assertThat(html(c.candidateUser(), "/my").body()).contains("href=\"/agreements/" + id + "\"");
        assertThat(html("arbeidsgiver", "/partner").body()).contains("href=\"/agreements/" + id + "\"");
        assertThat(html("mentor", "/partner").body()).contains("Signer taushetserklæringen for å se avtalen");
    }

    @Test
    void sendingNotifiesThePartiesAndWritesTheTimeline() {
        Response sent = form("veileder", page + "/sending", "");
        assertThat(sent.status()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from process_event where process_id = :p and type = "
                + "'AGREEMENT_SENT_TO_PARTIES'").param("p", c.processId()).query(Long.class).single()).isEqualTo(1);
        assertThat(form("arbeidsgiver", page + "/sending", "").status()).isEqualTo(403);
    }

    @Test
    void theBeslutterSeesTheCalculationAndApprovesTheFirstPeriod() {
        form("mentor", page + "/confidentiality", "");
        form(c.candidateUser(), page + "/approvals", "version=2&as=CANDIDATE");
        form("arbeidsgiver", page + "/approvals", "version=3&as=EMPLOYER");
        form("veileder", page + "/approvals", "version=4&as=COUNSELLOR&onBehalfReason=");
        Response r = html("beslutter", page);
        assertThat(r.body()).contains("Godkjenn første tilskuddsperiode").contains("7" + NBSP + "821" + NBSP + "kr")
                .doesNotContain("name=\"tasks\"");
        assertThat(form("beslutter", page + "/approvals", "version=5&as=DECISION_MAKER").status()).isEqualTo(302);
        assertThat(html("veileder", page).body()).containsAnyOf("Klar for oppstart", "Gjennomføres");
    }

    /** The whole form as the browser sends it, with the given tasks and version. */
    private static String filled(String tasks, long version) {
        return "version=" + version + "&mentorFirstName=Mona&mentorLastName=Mentorsen&mentorPhone=91234567"
                + "&tasks=" + java.net.URLEncoder.encode(tasks, java.nio.charset.StandardCharsets.UTF_8)
                + "&hoursPerMonth=20&payType=TIMELONN&payAmount=300"
                + "&startDate=" + AgreementFixtures.today() + "&endDate=" + AgreementFixtures.today().plusMonths(3)
                        .minusDays(1)
                + "&followUp=Hver+fjerde+uke&adaptation=Kortere+dager&holidayPayRate=0.12&otpRate=2&agaRate=0.141"
                + "&accountNumber=12345678903&familyTie=false"
                + "&candidateContact.firstName=Avtale&candidateContact.lastName=Kandidat&candidateContact.phone=92345678"
                + "&employerContact.firstName=Arne&employerContact.lastName=Arbeidsgiver&employerContact.phone=93456789"
                + "&counsellorContact.firstName=Vera&counsellorContact.lastName=Veileder&counsellorContact.phone=94567890";
    }
}
