package no.treklover.agreement;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
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

/** Two parties changing the same agreement at once: one wins, the other gets 412 and retries; nothing is lost. */
@IntegrationTest
class AgreementConcurrencyTest {

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
    void twoApprovalsAtOnceLoseNothing() throws Exception {
        for (int round = 0; round < 3; round++) {
            Case c = fixtures.partnerCase();
            String path = "/api/v1/agreements/" + fixtures.signedAgreement(c.processId());
            List<Response> both = race(
                    () -> http.post(c.candidateUser(), path + "/approvals", object("as", "CANDIDATE"), "\"2\""),
                    () -> http.post("arbeidsgiver", path + "/approvals", object("as", "EMPLOYER"), "\"2\""));
            assertThat(both).extracting(Response::status).containsExactlyInAnyOrder(200, 412);
            String etag = http.get("veileder", path).header("ETag");
            assertThat(etag).isEqualTo("\"3\"");
            Response retry = both.get(0).status() == 412
                    ? http.post(c.candidateUser(), path + "/approvals", object("as", "CANDIDATE"), etag)
                    : http.post("arbeidsgiver", path + "/approvals", object("as", "EMPLOYER"), etag);
            assertThat(retry.status()).isEqualTo(200);
            var approvals = http.get("veileder", path).json().path("approvals");
            assertThat(approvals.path("candidateApprovedAt").isMissingNode()).isFalse();
            assertThat(approvals.path("employerApprovedAt").isMissingNode()).isFalse();
        }
    }

    @Test
    void anEditAndAnApprovalAtOnceLoseNothing() throws Exception {
        Case c = fixtures.partnerCase();
        String path = "/api/v1/agreements/" + fixtures.signedAgreement(c.processId());
        var changed = AgreementFixtures.fullContent(AgreementFixtures.today());
        changed.put("tasks", "Endret oppgave");
        List<Response> both = race(() -> http.put("veileder", path, changed, "\"2\""),
                () -> http.post("arbeidsgiver", path + "/approvals", object("as", "EMPLOYER"), "\"2\""));
        assertThat(both).extracting(Response::status).containsExactlyInAnyOrder(200, 412);
        var after = http.get("veileder", path).json();
        if (both.get(0).status() == 200) {
            assertThat(after.path("content").path("tasks").asString()).isEqualTo("Endret oppgave");
            assertThat(after.path("approvals").path("employerApprovedAt").isMissingNode()).isTrue();
        } else {
            assertThat(after.path("content").path("tasks").asString()).isEqualTo("Lære opp kandidaten i bakeriet");
            assertThat(after.path("approvals").path("employerApprovedAt").isMissingNode()).isFalse();
        }
        assertThat(after.path("version").asLong()).isEqualTo(3);
    }

    private static List<Response> race(Supplier<Response> first, Supplier<Response> second) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Response> a = CompletableFuture.supplyAsync(() -> await(start, first));
        CompletableFuture<Response> b = CompletableFuture.supplyAsync(() -> await(start, second));
        start.countDown();
        return List.of(a.get(), b.get());
    }

    private static Response await(CountDownLatch start, Supplier<Response> call) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return call.get();
    }
}
