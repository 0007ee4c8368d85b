package no.treklover.agreement;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Grant periods through the API: made on the counsellor's approval, decided by a beslutter, recalculated. */
@IntegrationTest
class GrantPeriodApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    ApiClient http;
    AgreementFixtures fixtures;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
        fixtures = new AgreementFixtures(http, jdbc, passwords);
        String hash = passwords.encode("demo");
        jdbc.sql("""
                insert into app_user (username, password_hash, display_name, role, office_id) values
                ('beslutter2', :h, 'Beslutter To', 'DECISION_MAKER', '0315'),
                ('beslutterbergen', :h, 'Beslutter Bergen', 'DECISION_MAKER', '4614')
                on conflict (username) do nothing""").param("h", hash).update();
    }

    /** Approved by candidate, employer and counsellor (agreement version 5): the periods wait for a beslutter. */
    long approvedAgreement(Case c) {
        long id = fixtures.signedAgreement(c.processId());
        String path = "/api/v1/agreements/" + id + "/approvals";
        assertThat(http.post(c.candidateUser(), path, object("as", "CANDIDATE"), "\"2\"").status()).isEqualTo(200);
        assertThat(http.post("arbeidsgiver", path, object("as", "EMPLOYER"), "\"3\"").status()).isEqualTo(200);
        assertThat(http.post("veileder", path, object("as", "COUNSELLOR"), "\"4\"").status()).isEqualTo(200);
        return id;
    }

    List<JsonNode> periods(String user, long agreementId) {
        Response r = http.get(user, "/api/v1/agreements/" + agreementId + "/grant-periods");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<JsonNode> list = new ArrayList<>();
        r.json().forEach(list::add);
        return list;
    }

    List<JsonNode> active(long agreementId) {
        return periods("veileder", agreementId).stream()
                .filter(p -> !p.path("status").asString().equals("ANNULLERT")).toList();
    }

    Response approvePeriod(String user, JsonNode period) {
        return http.post(user, "/api/v1/grant-periods/" + period.path("id").asLong() + "/approval", object(),
                "\"" + period.path("version").asLong() + "\"");
    }

    Response reject(String user, JsonNode period, Object body) {
        return http.post(user, "/api/v1/grant-periods/" + period.path("id").asLong() + "/rejection", body,
                "\"" + period.path("version").asLong() + "\"");
    }

    List<String> timeline(Case c) {
        return jdbc.sql("select type from process_event where process_id = :p order by id")
                .param("p", c.processId()).query(String.class).list();
    }

    String agreementStatus(long id) {
        return http.get("veileder", "/api/v1/agreements/" + id).json().path("status").asString();
    }

    @Test
    void theCounsellorsApprovalMakesOnePeriodPerMonthWaitingForABeslutter() {
        Case c = fixtures.partnerCase();
        long id = approvedAgreement(c);
        List<JsonNode> periods = periods("veileder", id);
        assertThat(periods).hasSizeBetween(3, 4);
        assertThat(periods).allSatisfy(p -> {
            assertThat(p.path("status").asString()).isEqualTo("UBEHANDLET");
            assertThat(p.path("statusText").asString()).isEqualTo("Venter på beslutter");
            assertThat(p.path("monthlyAmount").asInt()).isEqualTo(7821);
        });
        assertThat(periods.get(0).path("sequenceNumber").asInt()).isEqualTo(1);
        assertThat(periods.get(0).path("from").asString()).isEqualTo(AgreementFixtures.today().toString());
        JsonNode calculated = http.get("veileder", "/api/v1/agreements/" + id).json().path("calculation")
                .path("periods");
        for (int i = 0; i < periods.size(); i++) {
            assertThat(periods.get(i).path("amount").asInt()).isEqualTo(calculated.get(i).path("amount").asInt());
        }

        assertThat(http.get("arbeidsgiver", "/api/v1/agreements/" + id + "/grant-periods").status()).isEqualTo(200);
        assertThat(http.get("beslutter", "/api/v1/agreements/" + id + "/grant-periods").status()).isEqualTo(200);
        for (String nobody : List.of("mentor", c.candidateUser(), "veileder2", "beslutterbergen", "markedskontakt")) {
            assertThat(http.get(nobody, "/api/v1/agreements/" + id + "/grant-periods").status()).as(nobody)
                    .isEqualTo(403);
        }
        assertThat(http.get("veileder", "/api/v1/agreements/999999999/grant-periods").status()).isEqualTo(404);

        assertThat(http.delete("veileder", "/api/v1/agreements/" + id + "/approvals/COUNSELLOR", "\"5\"").status())
                .isEqualTo(200);
        assertThat(periods("veileder", id)).allSatisfy(p -> assertThat(p.path("status").asString())
                .isEqualTo("ANNULLERT"));
    }

    @Test
    void approvingTheFirstPeriodConcludesTheAgreementAndOnlyABeslutterAtTheOfficeMay() {
        Case c = fixtures.partnerCase();
        long id = approvedAgreement(c);
        JsonNode first = periods("veileder", id).get(0);
        String approval = "/api/v1/grant-periods/" + first.path("id").asLong() + "/approval";

        assertThat(http.post("veileder", approval, object(), "\"0\"").status()).isEqualTo(403);
        assertThat(http.post("arbeidsgiver", approval, object(), "\"0\"").status()).isEqualTo(403);
        assertThat(http.post("beslutterbergen", approval, object(), "\"0\"").status()).isEqualTo(403);
        assertThat(http.post("veileder", approval, object()).status()).isEqualTo(403);
        assertThat(http.post("beslutter", approval, object()).status()).isEqualTo(428);
        assertThat(http.post("beslutter", approval, object(), "\"7\"").status()).isEqualTo(412);
        assertThat(http.post("beslutter", "/api/v1/grant-periods/999999999/approval", object(), "\"0\"").status())
                .isEqualTo(404);
        Response second = approvePeriod("beslutter", periods("veileder", id).get(1));
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.json().path("errors").get(0).path("message").asString())
                .isEqualTo("Den første tilskuddsperioden må godkjennes før de neste.");

        // four-eyes: the beslutter who approved as counsellor may not decide
        long counsellor = fixtures.userId("veileder");
        jdbc.sql("update mentor_agreement set counsellor_approved_by = :b where id = :id")
                .param("b", fixtures.userId("beslutter")).param("id", id).update();
        assertThat(approvePeriod("beslutter", first).errorFields()).containsExactly("period");
        jdbc.sql("update mentor_agreement set counsellor_approved_by = :v where id = :id")
                .param("v", counsellor).param("id", id).update();
        assertThat(agreementStatus(id)).isEqualTo("MANGLER_GODKJENNING");

        Response approved = approvePeriod("beslutter", first);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().path("status").asString()).isEqualTo("GODKJENT");
        assertThat(approved.json().path("decidedBy").asLong()).isEqualTo(fixtures.userId("beslutter"));
        assertThat(approved.header("ETag")).isEqualTo("\"1\"");
        assertThat(agreementStatus(id)).isEqualTo("GJENNOMFORES");
        assertThat(timeline(c)).containsSubsequence("AGREEMENT_APPROVED", "AGREEMENT_CONCLUDED")
                .contains("AGREEMENT_GRANT_PERIOD_APPROVED");

        assertThat(http.post("beslutter", approval, object(), "\"1\"").status()).isEqualTo(409);
        Response early = approvePeriod("beslutter", periods("veileder", id).get(1));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().path("errors").get(0).path("message").asString()).startsWith("Perioden kan behandles fra ");
    }

    @Test
    void theOldApprovalEndpointStillConcludesAndApprovesTheFirstPeriod() {
        Case c = fixtures.partnerCase();
        long id = approvedAgreement(c);
        Response concluded = http.post("beslutter", "/api/v1/agreements/" + id + "/approvals",
                object("as", "DECISION_MAKER"), "\"5\"");
        assertThat(concluded.status()).isEqualTo(200);
        List<JsonNode> periods = periods("beslutter", id);
        assertThat(periods.get(0).path("status").asString()).isEqualTo("GODKJENT");
        assertThat(periods.subList(1, periods.size())).allSatisfy(p -> assertThat(p.path("status").asString())
                .isEqualTo("UBEHANDLET"));
    }

    @Test
    void aRejectedFirstPeriodGoesBackToTheCounsellorWhoCorrectsAndApprovesAgain() {
        Case c = fixtures.partnerCase();
        long id = approvedAgreement(c);
        JsonNode first = periods("veileder", id).get(0);

        Response invalid = reject("beslutter", first, object("reasons", List.of(), "explanation", " "));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.errorFields()).containsExactly("reasons", "explanation");
        assertThat(invalid.json().path("errors").get(0).path("message").asString())
                .isEqualTo("Velg minst én årsak til avslaget.");
        assertThat(reject("beslutter", first, object("reasons", List.of("FEIL_I_NOE"), "explanation", "x")).status())
                .isEqualTo(400);
        java.util.List<Object> onlyNull = new java.util.ArrayList<>();
        onlyNull.add(null);
        assertThat(reject("beslutter", first, object("reasons", onlyNull, "explanation", "x")).errorFields())
                .containsExactly("reasons[0]");
        assertThat(reject("beslutter", first, object("reasons", List.of("ANNET"), "explanation", "x".repeat(2001)))
                .errorFields()).containsExactly("explanation");
        assertThat(http.post("beslutter", "/api/v1/grant-periods/" + first.path("id").asLong() + "/rejection",
                null, "\"0\"").errorFields()).containsExactly("reasons", "explanation");
        assertThat(reject("veileder", first, object("reasons", List.of("ANNET"), "explanation", "x")).status())
                .isEqualTo(403);

        Response rejected = reject("beslutter", first, object("reasons", List.of("FEIL_I_BEREGNING", "ANNET"),
                "explanation", "Feriepengesatsen stemmer ikke med arbeidsavtalen."));
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().path("status").asString()).isEqualTo("AVSLATT");
        assertThat(rejected.json().path("rejection").path("reasonTexts").toString())
                .contains("Feil i beregning eller sats", "Annet");

        JsonNode agreement = http.get("veileder", "/api/v1/agreements/" + id).json();
        assertThat(agreement.path("status").asString()).isEqualTo("MANGLER_GODKJENNING");
        assertThat(agreement.path("approvals").path("counsellorApprovedAt").isMissingNode()).isTrue();
        assertThat(agreement.path("approvals").path("employerApprovedAt").isMissingNode()).isFalse();
        assertThat(timeline(c)).last().isEqualTo("AGREEMENT_GRANT_PERIOD_REJECTED");
        List<JsonNode> after = periods("veileder", id);
        assertThat(after.get(0).path("status").asString()).isEqualTo("AVSLATT");
        assertThat(after.get(0).path("rejection").path("explanation").asString())
                .isEqualTo("Feriepengesatsen stemmer ikke med arbeidsavtalen.");
        assertThat(after.subList(1, after.size())).allSatisfy(p -> assertThat(p.path("status").asString())
                .isEqualTo("ANNULLERT"));
        assertThat(periods("arbeidsgiver", id).get(0).path("rejection").isMissingNode()).isTrue();
        assertThat(http.post("veileder", "/api/v1/grant-periods/" + first.path("id").asLong() + "/resubmission",
                object(), "\"1\"").status()).isEqualTo(409);

        // the counsellor revokes every approval, corrects, and the parties approve again
        long version = http.get("veileder", "/api/v1/agreements/" + id).json().path("version").asLong();
        String revoke = "/api/v1/agreements/" + id + "/approval-revocation";
        assertThat(http.post("arbeidsgiver", revoke, object(), "\"" + version + "\"").status()).isEqualTo(403);
        assertThat(http.post("veileder", revoke, object()).status()).isEqualTo(428);
        Response revoked = http.post("veileder", revoke, object(), "\"" + version + "\"");
        assertThat(revoked.status()).isEqualTo(204);
        assertThat(http.post("veileder", revoke, object(), revoked.header("ETag")).errorFields())
                .containsExactly("approvals");
        var corrected = AgreementFixtures.fullContent(AgreementFixtures.today());
        corrected.put("holidayPayRate", 0.102);
        Response edited = http.put("veileder", "/api/v1/agreements/" + id, corrected, revoked.header("ETag"));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        String approvals = "/api/v1/agreements/" + id + "/approvals";
        String etag = edited.header("ETag");
        etag = http.post(c.candidateUser(), approvals, object("as", "CANDIDATE"), etag).header("ETag");
        etag = http.post("arbeidsgiver", approvals, object("as", "EMPLOYER"), etag).header("ETag");
        assertThat(http.post("veileder", approvals, object("as", "COUNSELLOR"), etag).status()).isEqualTo(200);

        List<JsonNode> again = active(id);
        assertThat(again).allSatisfy(p -> assertThat(p.path("status").asString()).isEqualTo("UBEHANDLET"));
        assertThat(again.get(0).path("sequenceNumber").asInt()).isEqualTo(1);
        assertThat(again.get(0).path("monthlyAmount").asInt()).isNotEqualTo(7821);
        JsonNode old = periods("veileder", id).stream().filter(p -> p.path("id").asLong() == first.path("id").asLong())
                .findFirst().orElseThrow();
        assertThat(old.path("status").asString()).isEqualTo("ANNULLERT");
        assertThat(old.path("rejection").path("reasons").toString()).contains("FEIL_I_BEREGNING");

        assertThat(approvePeriod("beslutter", again.get(0)).status()).isEqualTo(200);
        assertThat(agreementStatus(id)).isEqualTo("GJENNOMFORES");
        assertThat(timeline(c)).containsSubsequence("AGREEMENT_GRANT_PERIOD_REJECTED", "AGREEMENT_APPROVALS_REVOKED",
                "AGREEMENT_APPROVED", "AGREEMENT_CONCLUDED");
        assertThat(timeline(c).subList(timeline(c).size() - 2, timeline(c).size()))
                .contains("AGREEMENT_GRANT_PERIOD_APPROVED");
    }

    @Test
    void aRejectedLaterPeriodIsResentByTheCounsellor() {
        Case c = fixtures.partnerCase();
        long id = approvedAgreement(c);
        assertThat(approvePeriod("beslutter", periods("veileder", id).get(0)).status()).isEqualTo(200);
        JsonNode second = periods("veileder", id).get(1);
        LocalDate monthStart = AgreementFixtures.today().withDayOfMonth(1);
        jdbc.sql("update grant_period set from_date = :f, to_date = :t where id = :id").param("f", monthStart)
                .param("t", monthStart.plusDays(5)).param("id", second.path("id").asLong()).update();

        assertThat(reject("beslutter", second, object("reasons", List.of("FEIL_I_FAKTAOPPLYSNINGER"),
                "explanation", "Timetallet er feil.")).status()).isEqualTo(200);
        assertThat(agreementStatus(id)).isEqualTo("GJENNOMFORES");
        String resubmit = "/api/v1/grant-periods/" + second.path("id").asLong() + "/resubmission";
        assertThat(http.post("beslutter", resubmit, object(), "\"1\"").status()).isEqualTo(403);
        assertThat(http.post("veileder2", resubmit, object(), "\"1\"").status()).isEqualTo(403);
        assertThat(http.post("veileder", resubmit, object(), "\"0\"").status()).isEqualTo(412);
        Response resent = http.post("veileder", resubmit, object(), "\"1\"");
        assertThat(resent.status()).isEqualTo(200);
        assertThat(resent.json().path("status").asString()).isEqualTo("UBEHANDLET");
        assertThat(resent.json().path("rejection").path("explanation").asString()).isEqualTo("Timetallet er feil.");
        assertThat(http.post("veileder", resubmit, object(), "\"2\"").status()).isEqualTo(409);
        Response approved = http.post("beslutter2", "/api/v1/grant-periods/" + second.path("id").asLong()
                + "/approval", object(), "\"2\"");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(timeline(c)).containsSubsequence("AGREEMENT_GRANT_PERIOD_REJECTED",
                "AGREEMENT_GRANT_PERIOD_RESUBMITTED", "AGREEMENT_GRANT_PERIOD_APPROVED");
    }

    @Test
    void theQueueShowsTheOfficesWaitingPeriodsOldestFirst() {
        Case c = fixtures.partnerCase();
        long id = approvedAgreement(c);
        long firstId = periods("veileder", id).get(0).path("id").asLong();
        List<JsonNode> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            Response r = http.get("beslutter", "/api/v1/grant-periods?status=UBEHANDLET&size=100&page=" + page);
            assertThat(r.status()).isEqualTo(200);
            r.json().path("items").forEach(rows::add);
            if (page + 1 >= r.json().path("totalPages").asInt()) {
                break;
            }
        }
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.path("periodId").asLong()).isEqualTo(firstId);
            assertThat(row.path("candidateName").asString()).isEqualTo("Avtale Kandidat");
            assertThat(row.path("employerName").asString()).isNotBlank();
            assertThat(row.path("officeId").asString()).isEqualTo("0315");
        });
        assertThat(rows).allSatisfy(row -> assertThat(row.path("officeId").asString()).isEqualTo("0315"));
        List<String> froms = rows.stream().map(r -> r.path("from").asString()).toList();
        assertThat(froms).isSorted();

        assertThat(http.get("beslutterbergen", "/api/v1/grant-periods").json().path("items").toString())
                .doesNotContain("\"periodId\":" + firstId + ",");
        assertThat(http.get("beslutter", "/api/v1/grant-periods?office=4614").status()).isEqualTo(403);
        assertThat(http.get("beslutter", "/api/v1/grant-periods?status=NOE").status()).isEqualTo(400);
        for (String nobody : List.of("veileder", "arbeidsgiver", "mentor", "kandidat", "kontorleder")) {
            assertThat(http.get(nobody, "/api/v1/grant-periods").status()).as(nobody).isEqualTo(403);
        }
    }

    @Test
    void anAmendmentRecalculatesThePeriodsFromItsDate() {
        Case c = fixtures.partnerCase();
        long id = approvedAgreement(c);
        assertThat(approvePeriod("beslutter", periods("veileder", id).get(0)).status()).isEqualTo(200);
        LocalDate start = AgreementFixtures.today();
        LocalDate end = start.plusMonths(3).minusDays(1);
        List<JsonNode> before = active(id);

        // extend by two months: every period stays, new ones after the old end
        LocalDate extended = end.plusMonths(2);
        amend(id, "end_date = '" + extended + "'", end.plusDays(1));
        List<JsonNode> afterExtension = active(id);
        assertThat(afterExtension.subList(0, before.size())).extracting(p -> p.path("id").asLong())
                .containsExactlyElementsOf(before.stream().map(p -> p.path("id").asLong()).toList());
        assertThat(afterExtension.get(afterExtension.size() - 1).path("to").asString()).isEqualTo(extended.toString());
        assertThat(afterExtension.get(0).path("status").asString()).isEqualTo("GODKJENT");
        assertThat(afterExtension).extracting(p -> p.path("sequenceNumber").asInt())
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, afterExtension.size()).boxed()
                        .toList());

        // change of monthly sum from the second month's 10th: that month is split, later ones replaced
        JsonNode secondMonth = afterExtension.get(1);
        LocalDate change = LocalDate.parse(secondMonth.path("from").asString()).withDayOfMonth(10);
        amend(id, "hours_per_month = 30", change);
        List<JsonNode> afterChange = active(id);
        assertThat(afterChange.get(0).path("id").asLong()).isEqualTo(afterExtension.get(0).path("id").asLong());
        assertThat(afterChange.get(1).path("to").asString()).isEqualTo(change.minusDays(1).toString());
        assertThat(afterChange.get(1).path("monthlyAmount").asInt()).isEqualTo(7821);
        assertThat(afterChange.get(2).path("from").asString()).isEqualTo(change.toString());
        int newMonthly = afterChange.get(2).path("monthlyAmount").asInt();
        assertThat(newMonthly).isGreaterThan(7821);
        assertThat(afterChange.get(afterChange.size() - 1).path("to").asString()).isEqualTo(extended.toString());
        assertThat(periods("veileder", id).stream().filter(p -> p.path("id").asLong() == secondMonth.path("id")
                .asLong()).findFirst().orElseThrow().path("status").asString()).isEqualTo("ANNULLERT");

        // shorten to end with the first period: the rest go, a decided first period stays decided
        LocalDate firstEnd = LocalDate.parse(afterChange.get(0).path("to").asString());
        amend(id, "end_date = '" + firstEnd + "'", firstEnd.plusDays(1));
        List<JsonNode> afterShortening = active(id);
        assertThat(afterShortening).hasSize(1);
        assertThat(afterShortening.get(0).path("status").asString()).isEqualTo("GODKJENT");
        assertThat(timeline(c)).last().isEqualTo("AGREEMENT_GRANT_PERIODS_RECALCULATED");
    }

    /** What the versions feature does: change the content, then announce the amendment in the same transaction. */
    private void amend(long id, String set, LocalDate effectiveFrom) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("update mentor_agreement set " + set + " where id = :id").param("id", id).update();
            events.publishEvent(new AgreementAmended(id, 2, effectiveFrom, fixtures.userId("veileder")));
        });
    }

    @Test
    void twoBeslutterDecisionsOnOnePeriodAtOnce() throws Exception {
        for (int round = 0; round < 3; round++) {
            Case c = fixtures.partnerCase();
            long id = approvedAgreement(c);
            JsonNode first = periods("veileder", id).get(0);
            List<Response> both = race(() -> approvePeriod("beslutter", first),
                    () -> reject("beslutter2", first, object("reasons", List.of("ANNET"), "explanation", "Nei")));
            assertThat(both).extracting(Response::status).containsExactlyInAnyOrder(200, 412);
            String status = periods("veileder", id).get(0).path("status").asString();
            assertThat(status).isEqualTo(both.get(0).status() == 200 ? "GODKJENT" : "AVSLATT");
            assertThat(agreementStatus(id)).isEqualTo(status.equals("GODKJENT") ? "GJENNOMFORES"
                    : "MANGLER_GODKJENNING");
        }
    }

    private static List<Response> race(java.util.function.Supplier<Response> a,
            java.util.function.Supplier<Response> b) throws Exception {
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        var fa = java.util.concurrent.CompletableFuture.supplyAsync(() -> await(start, a));
        var fb = java.util.concurrent.CompletableFuture.supplyAsync(() -> await(start, b));
        start.countDown();
        return List.of(fa.get(), fb.get());
    }

    private static Response await(java.util.concurrent.CountDownLatch start,
            java.util.function.Supplier<Response> call) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return call.get();
    }
}
