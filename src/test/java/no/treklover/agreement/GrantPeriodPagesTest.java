package no.treklover.agreement;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.treklover.access.CurrentUser;
import no.treklover.access.UserAccountRepository;
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

/** The beslutter's queue and decision page, and the periods section for the agreement page. */
@IntegrationTest
class GrantPeriodPagesTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    GrantPeriodSections sections;

    @Autowired
    UserAccountRepository accounts;

    ApiClient http;
    AgreementFixtures fixtures;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
        fixtures = new AgreementFixtures(http, jdbc, passwords);
    }

    long approvedAgreement(Case c) {
        long id = fixtures.signedAgreement(c.processId());
        String path = "/api/v1/agreements/" + id + "/approvals";
        http.post(c.candidateUser(), path, object("as", "CANDIDATE"), "\"2\"");
        http.post("arbeidsgiver", path, object("as", "EMPLOYER"), "\"3\"");
        assertThat(http.post("veileder", path, object("as", "COUNSELLOR"), "\"4\"").status()).isEqualTo(200);
        return id;
    }

    long firstPeriod(long agreementId) {
        return jdbc.sql("select min(id) from grant_period where agreement_id = :a and status = 'UBEHANDLET'")
                .param("a", agreementId).query(Long.class).single();
    }

    Response page(String user, String path) {
        return http.send(user, "GET", path, null, null, Map.of("Accept", "text/html"));
    }

    Response form(String user, String path, String body) {
        return http.send(user, "POST", path, body, FORM, Map.of("Accept", "text/html"));
    }

    @Test
    void theBeslutterLandsOnTheQueueAndDecidesOnTheDecisionPage() {
        Case c = fixtures.partnerCase();
        long id = approvedAgreement(c);
        long period = firstPeriod(id);

        assertThat(page("beslutter", "/").header("Location")).endsWith("/beslutter");
        Response queue = page("beslutter", "/beslutter?size=100");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.body()).contains("Tilskuddsperioder til behandling", "/beslutter/grant-periods/" + period,
                "Første periode – inngår avtalen", "href=\"/beslutter\"");
        Response empty = page("beslutter", "/beslutter?status=AVSLATT&office=0315");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(page("beslutter", "/beslutter?office=4614").status()).isEqualTo(403);

        Response decision = page("beslutter", "/beslutter/grant-periods/" + period);
        assertThat(decision.status()).isEqualTo(200);
        assertThat(decision.body()).contains("Avtale Kandidat", "Beregning av mentortilskuddet", "7\u00a0821 kr",
                "966,47 kr", "Godkjenn første periode og inngå avtalen", "Feil i beregning eller sats",
                "Tilskuddsperioder", "Venter på beslutter");

        Response invalid = form("beslutter", "/beslutter/grant-periods/" + period + "/rejection",
                "version=0&explanation=");
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("Du må rette disse feilene", "Velg minst én årsak til avslaget.",
                "Skriv en forklaring til veilederen.");

        Response stale = form("beslutter", "/beslutter/grant-periods/" + period + "/approval", "version=3");
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("Noen andre har behandlet perioden samtidig.");

        Response approved = form("beslutter", "/beslutter/grant-periods/" + period + "/approval", "version=0");
        assertThat(approved.status()).isEqualTo(302);
        assertThat(jdbc.sql("select status from grant_period where id = :id").param("id", period)
                .query(String.class).single()).isEqualTo("GODKJENT");
        Response after = page("beslutter", "/beslutter/grant-periods/" + period);
        assertThat(after.body()).contains("Godkjent").doesNotContain("Godkjenn første periode");
    }

    @Test
    void oneViewOfTheQueueLogsEachCandidateOnceHoweverManyOfTheirPeriodsAreShown() {
        Case c = fixtures.partnerCase();
        long id = approvedAgreement(c);
        long periodsWaiting = jdbc.sql("select count(*) from grant_period where agreement_id = :a and status = 'UBEHANDLET'")
                .param("a", id).query(Long.class).single();
        assertThat(periodsWaiting).as("the fixture must put several periods in the queue").isGreaterThan(1);
        long before = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();

        assertThat(page("beslutter", "/beslutter?size=100").status()).isEqualTo(200);

        long entries = jdbc.sql("""
                        select count(*) from audit_entry
                         where id > :before and candidate_id = :candidate and purpose = 'GRANT_PERIOD_QUEUE'""")
                .param("before", before).param("candidate", c.candidateId()).query(Long.class).single();
        assertThat(entries).isEqualTo(1);
    }

    @Test
    void aRejectionThroughThePageIsShownInTheSectionForTheCounsellor() {
        Case c = fixtures.partnerCase();
        long id = approvedAgreement(c);
        long period = firstPeriod(id);
        Response rejected = form("beslutter", "/beslutter/grant-periods/" + period + "/rejection",
                "version=0&reasons=FEIL_I_FAKTAOPPLYSNINGER&reasons=ANNET&explanation=Timetallet+er+feil");
        assertThat(rejected.status()).isEqualTo(302);

        GrantPeriodSections.Section counsellor = sections.forAgreement(id, user("veileder"));
        assertThat(counsellor.visible()).isTrue();
        assertThat(counsellor.manage()).isTrue();
        assertThat(counsellor.revocable()).isTrue();
        assertThat(counsellor.latestRejection().reasons()).containsExactly("Feil i faktaopplysninger", "Annet");
        assertThat(counsellor.latestRejection().explanation()).isEqualTo("Timetallet er feil");
        assertThat(counsellor.lines().get(0).status()).isEqualTo(GrantPeriodStatus.AVSLATT);

        GrantPeriodSections.Section employer = sections.forAgreement(id, user("arbeidsgiver"));
        assertThat(employer.visible()).isTrue();
        assertThat(employer.latestRejection()).isNull();
        assertThat(sections.forAgreement(id, user("mentor")).visible()).isFalse();
        assertThat(sections.forAgreement(id, user(c.candidateUser())).visible()).isFalse();
        assertThat(sections.forAgreement(id, user("veileder2")).visible()).isFalse();

        long version = jdbc.sql("select version from mentor_agreement where id = :id").param("id", id)
                .query(Long.class).single();
        Response revoked = http.send("veileder", "POST", "/grant-periods/agreements/" + id + "/approval-revocation",
                "version=" + version, FORM, Map.of("Accept", "text/html", "Referer",
                        "http://evil.example/processes/" + c.processId()));
        assertThat(revoked.status()).isEqualTo(302);
        assertThat(revoked.header("Location")).endsWith("/processes/" + c.processId())
                .doesNotContain("evil.example");
        assertThat(http.get("veileder", "/api/v1/agreements/" + id).json().path("approvals")
                .path("candidateApprovedAt").isMissingNode()).isTrue();
    }

    @Test
    void theDemoGivesTheBeslutterWorkIncludingADecidableLaterPeriod() {
        long demoPeriods = jdbc.sql("select count(*) from grant_period gp join mentor_agreement a"
                + " on a.id = gp.agreement_id where a.office_id = '0315'"
                + " and a.tasks = 'Lære opp kandidaten i det daglige arbeidet'").query(Long.class).single();
        assertThat(demoPeriods).isGreaterThanOrEqualTo(8);
        long decidableNow = jdbc.sql("select gp.id from grant_period gp join mentor_agreement a"
                + " on a.id = gp.agreement_id where a.concluded_at is not null and gp.status = 'UBEHANDLET'"
                + " and gp.sequence_number = 2 and a.tasks = 'Lære opp kandidaten i det daglige arbeidet'")
                .query(Long.class).list().get(0);
        Response decision = page("beslutter", "/beslutter/grant-periods/" + decidableNow);
        assertThat(decision.body()).contains("Godkjenn perioden").doesNotContain("Du kan ikke behandle");
    }

    private CurrentUser user(String username) {
        var account = accounts.findAll().stream().filter(a -> a.getUsername().equals(username)).findFirst()
                .orElseThrow();
        return new CurrentUser(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
                account.getOfficeId(), account.getEmployerId(), account.getCandidateId(), account.getPasswordHash(),
                account.isEnabled());
    }
}
