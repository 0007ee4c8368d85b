package no.treklover.agreement;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.treklover.agreement.AgreementFixtures.Case;
import no.treklover.platform.text.NorwegianFormat;
import no.treklover.support.ApiClient;
import no.treklover.support.ApiClient.Response;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whose turn it is (issue 11) through the API: a notification goes to whoever must act and only then, sending needs
 * complete content, one agreement in progress per process, the beslutter is told when a period becomes decidable (not
 * months before) and her queue keeps later periods apart, and a new version tells each party what changed for them.
 */
@IntegrationTest
class AgreementTurnsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    MessageSource messages;

    @Autowired
    GrantPeriodNotifications decidable;

    @Autowired
    TransactionTemplate transactions;

    ApiClient http;
    AgreementFixtures fixtures;
    final LocalDate today = AgreementFixtures.today();

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
        fixtures = new AgreementFixtures(http, jdbc, passwords);
    }

    /** A notification about this process to this user, with its text as the user reads it. */
    record Told(String key, String text, String link) {
    }

    private List<Told> told(String username, long processId) {
        return jdbc.sql("""
                        select message_key, arguments, link from notification
                        where recipient_id = (select id from app_user where username = :u) and process_id = :p
                        order by id""")
                .param("u", username).param("p", processId)
                .query((rs, n) -> {
                    String key = rs.getString(1);
                    Object[] args = (Object[]) rs.getArray(2).getArray();
                    return new Told(key, messages.getMessage(key, Arrays.copyOf(args, args.length, Object[].class),
                            NorwegianFormat.NORWEGIAN), rs.getString(3));
                }).list();
    }

    private List<String> keys(String username, long processId) {
        return told(username, processId).stream().map(Told::key).toList();
    }

    private int approve(String user, long id, String as, long version) {
        return http.post(user, "/api/v1/agreements/" + id + "/approvals", object("as", as), "\"" + version + "\"")
                .status();
    }

    @Test
    void eachPartyIsToldWhenItIsTheirTurnAndOnlyThen() {
        Case c = fixtures.partnerCase();
        long process = c.processId();
        long id = fixtures.newAgreement(process);
        http.put("veileder", "/api/v1/agreements/" + id, AgreementFixtures.fullContent(today), "\"0\"");

        // Sent before the mentor signed: only the mentor can act, and her text does not name the candidate.
        Response sent = http.post("veileder", "/api/v1/agreements/" + id + "/sending", object());
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.json().path("notified").asInt()).isEqualTo(1);
        assertThat(sent.json().path("waitingFor").asString()).isEqualTo("MENTOR");
        assertThat(told("mentor", process)).extracting(Told::key).containsExactly(AgreementNotifications.MENTOR_SIGN);
        assertThat(told("mentor", process).get(0).text()).doesNotContain("Avtale Kandidat");
        assertThat(keys(c.candidateUser(), process)).isEmpty();
        assertThat(keys("arbeidsgiver", process)).isEmpty();

        // The mentor signs: now candidate and employer can approve, and are told.
        http.post("mentor", "/api/v1/agreements/" + id + "/confidentiality", object());
        assertThat(keys(c.candidateUser(), process)).containsExactly(AgreementNotifications.CANDIDATE_APPROVE);
        assertThat(told("arbeidsgiver", process)).singleElement()
                .satisfies(t -> assertThat(t.text()).contains("Avtale Kandidat"))
                .satisfies(t -> assertThat(t.link()).isEqualTo("/agreements/" + id));

        // One approval does not yet make it the counsellor's turn; the second does.
        assertThat(approve(c.candidateUser(), id, "CANDIDATE", 2)).isEqualTo(200);
        assertThat(keys("veileder", process)).isEmpty();
        assertThat(approve("arbeidsgiver", id, "EMPLOYER", 3)).isEqualTo(200);
        assertThat(told("veileder", process)).singleElement()
                .satisfies(t -> assertThat(t.key()).isEqualTo(AgreementNotifications.COUNSELLOR_APPROVE))
                .satisfies(t -> assertThat(t.text()).startsWith("Avtale Kandidat og arbeidsgiveren har godkjent"));

        // The counsellor approves: the first period is decidable now, and the office's beslutter is told.
        assertThat(approve("veileder", id, "COUNSELLOR", 4)).isEqualTo(200);
        List<Told> beslutter = told("beslutter", process);
        assertThat(beslutter).singleElement()
                .satisfies(t -> assertThat(t.key()).isEqualTo(GrantPeriodNotifications.FIRST))
                .satisfies(t -> assertThat(t.text()).contains("Avtale Kandidat")
                        .contains(NorwegianFormat.date(today) + "–").contains("kr").doesNotContainPattern(
                                "\\d{4}-\\d{2}-\\d{2}"))
                .satisfies(t -> assertThat(t.link()).startsWith("/beslutter/grant-periods/"));

        // Concluded: every party is told; the candidate about her own agreement; the beslutter who did it is not.
        assertThat(approve("beslutter", id, "DECISION_MAKER", 5)).isEqualTo(200);
        String period = NorwegianFormat.period(today, today.plusMonths(3).minusDays(1));
        assertThat(told("mentor", process)).last().satisfies(t -> assertThat(t.text())
                .isEqualTo("Mentoravtalen for Avtale Kandidat er inngått. Den gjelder " + period + "."));
        assertThat(keys("arbeidsgiver", process)).last().isEqualTo(AgreementNotifications.CONCLUDED);
        assertThat(keys("veileder", process)).last().isEqualTo(AgreementNotifications.CONCLUDED);
        assertThat(told(c.candidateUser(), process)).last().satisfies(t -> assertThat(t.text())
                .isEqualTo("Mentoravtalen din er inngått. Den gjelder " + period + "."));
        assertThat(keys("beslutter", process)).doesNotContain(AgreementNotifications.CONCLUDED);
    }

    @Test
    void sendingNeedsEveryRequiredFieldAndTellsNobodyOtherwise() {
        Case c = fixtures.partnerCase();
        long id = fixtures.newAgreement(c.processId());
        Response refused = http.post("veileder", "/api/v1/agreements/" + id + "/sending", object());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.errorFields()).hasSize(AgreementRules.missingRequiredFields(AgreementContent.empty()).size())
                .contains("mentorFirstName", "startDate", "candidateContact.phone");
        assertThat(jdbc.sql("select count(*) from notification where process_id = :p").param("p", c.processId())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from process_event where process_id = :p and type = 'AGREEMENT_SENT_TO_PARTIES'")
                .param("p", c.processId()).query(Long.class).single()).isZero();
        // The page's form: back to the agreement, which lists what is missing (the list travels in the session).
        Response form = http.send("veileder", "POST", "/agreements/" + id + "/sending", "",
                "application/x-www-form-urlencoded", Map.of("Accept", "text/html"));
        assertThat(form.status()).isEqualTo(302);
        assertThat(form.header("Location")).endsWith("/agreements/" + id);
        // Other parties may not send at all.
        assertThat(http.post("arbeidsgiver", "/api/v1/agreements/" + id + "/sending", object()).status())
                .isEqualTo(403);
    }

    @Test
    void oneAgreementInProgressPerProcessUntilTheFirstIsConcludedOrAnnulled() {
        Case c = fixtures.partnerCase();
        long first = fixtures.newAgreement(c.processId());
        Response second = http.post("veileder", "/api/v1/processes/" + c.processId() + "/agreements", object());
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.json().path("existing").asString()).isEqualTo("/api/v1/agreements/" + first);
        assertThat(second.json().path("detail").asString()).contains("under arbeid");
        assertThat(http.post("arbeidsgiver", "/api/v1/processes/" + c.processId() + "/agreements", object()).status())
                .isEqualTo(409);

        assertThat(http.post("veileder", "/api/v1/agreements/" + first + "/annulment", object("reason", "SYK"),
                "\"0\"").status()).isEqualTo(200);
        Response afterAnnulment = http.post("veileder", "/api/v1/processes/" + c.processId() + "/agreements",
                object());
        assertThat(afterAnnulment.status()).isEqualTo(201);
    }

    /** Concluded this month, running three months: periods 2 and 3 lie in the months ahead. */
    private long concluded(Case c) {
        long id = fixtures.signedAgreement(c.processId());
        assertThat(approve(c.candidateUser(), id, "CANDIDATE", 2)).isEqualTo(200);
        assertThat(approve("arbeidsgiver", id, "EMPLOYER", 3)).isEqualTo(200);
        assertThat(approve("veileder", id, "COUNSELLOR", 4)).isEqualTo(200);
        assertThat(approve("beslutter", id, "DECISION_MAKER", 5)).isEqualTo(200);
        return id;
    }

    private List<Map<String, Object>> periods(long agreementId) {
        return jdbc.sql("""
                select id, sequence_number, from_date, status, decidable_notified_at from grant_period
                where agreement_id = :a and status <> 'ANNULLERT' order by from_date""")
                .param("a", agreementId).query().listOfRows();
    }

    @Test
    void theBeslutterIsToldWhenALaterPeriodsMonthBeginsNotBeforeAndOnce() {
        Case c = fixtures.partnerCase();
        long id = concluded(c);
        List<Map<String, Object>> periods = periods(id);
        assertThat(periods).hasSizeGreaterThanOrEqualTo(3);
        Map<String, Object> next = periods.get(1);
        assertThat(((Date) next.get("from_date")).toLocalDate()).isAfter(today.withDayOfMonth(1).plusMonths(1)
                .minusDays(1));
        assertThat(next.get("decidable_notified_at")).as("not told months before").isNull();
        long toldBefore = keys("beslutter", c.processId()).size();

        // The queue keeps it apart: not among the periods she can decide now, but among the later ones.
        Response now = http.get("beslutter", "/api/v1/grant-periods?when=NOW&size=200");
        Response later = http.get("beslutter", "/api/v1/grant-periods?when=LATER&size=200");
        assertThat(ids(now)).doesNotContain(((Number) next.get("id")).longValue());
        assertThat(ids(later)).contains(((Number) next.get("id")).longValue());

        // Its month begins (moved to this month here): the morning job tells the beslutter once.
        jdbc.sql("update grant_period set from_date = :d where id = :id").param("d", today.withDayOfMonth(1))
                .param("id", next.get("id")).update();
        transactions.executeWithoutResult(s -> decidable.notifyDecidable(id));
        transactions.executeWithoutResult(s -> decidable.notifyDecidable(id));
        List<Told> beslutter = told("beslutter", c.processId());
        assertThat(beslutter).hasSize((int) toldBefore + 1);
        assertThat(beslutter.get(beslutter.size() - 1)).satisfies(t -> {
            assertThat(t.key()).isEqualTo(GrantPeriodNotifications.ONE);
            assertThat(t.text()).startsWith("Tilskuddsperiode 2 for Avtale Kandidat").contains("kan behandles nå");
            assertThat(t.link()).isEqualTo("/beslutter/grant-periods/" + next.get("id"));
        });
        assertThat(periods(id).get(2).get("decidable_notified_at")).as("the period after it waits").isNull();
        assertThat(ids(http.get("beslutter", "/api/v1/grant-periods?when=NOW&size=200")))
                .contains(((Number) next.get("id")).longValue());
    }

    private static List<Long> ids(Response page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        page.json().path("items").forEach(r -> ids.add(r.path("periodId").asLong()));
        return ids;
    }

    @Test
    void aNewVersionTellsEachPartyWhatChangedForThem() {
        Case c = fixtures.partnerCase();
        long id = concluded(c);
        int employerBefore = keys("arbeidsgiver", c.processId()).size();
        int candidateBefore = keys(c.candidateUser(), c.processId()).size();
        LocalDate from = today.plusDays(14);
        Response recalculated = http.send("veileder", "POST", "/api/v1/agreements/" + id + "/changes",
                ApiClient.json(object("type", "ENDRE_BEREGNING", "payType", "TIMELONN", "payAmount", 400,
                        "hoursPerMonth", 20, "holidayPayRate", 0.12, "otpRate", 0.02, "agaRate", 0.141,
                        "effectiveFrom", from.toString())),
                "application/json", Map.of("If-Match", "\"6\""));
        assertThat(recalculated.status()).as(recalculated.body()).isEqualTo(201);
        List<Told> employer = told("arbeidsgiver", c.processId());
        assertThat(employer).hasSize(employerBefore + 1);
        assertThat(employer.get(employer.size() - 1).text())
                .startsWith("Tilskuddet i mentoravtalen for Avtale Kandidat er endret fra " + NorwegianFormat.date(from))
                .containsPattern("\\d\u00a0\\d{3} kr i måneden").doesNotContain(".00");
        assertThat(keys(c.candidateUser(), c.processId())).as("the candidate sees no pay: nothing changed for her")
                .hasSize(candidateBefore);

        Response followUp = http.send("veileder", "POST", "/api/v1/agreements/" + id + "/changes",
                ApiClient.json(object("type", "ENDRE_OPPFOLGING", "followUp", "Samtale hver andre uke")),
                "application/json", Map.of("If-Match", "\"7\""));
        assertThat(followUp.status()).as(followUp.body()).isEqualTo(201);
        assertThat(told(c.candidateUser(), c.processId())).hasSize(candidateBefore + 1).last()
                .satisfies(t -> assertThat(t.text()).isEqualTo(
                        "Mentoravtalen din er endret (endret oppfølging). Se hva som er nytt."));
    }
}
