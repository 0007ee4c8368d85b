package no.treklover.audit;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/** The audit API: the privacy officer's search and verification, and the candidate's innsyn. */
@IntegrationTest
class AuditApiTest {

    private static final String OFFICER = AuditTestUsers.OFFICER;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        AuditTestUsers.ensureOfficer(jdbc, passwords);
    }

    @Test
    void theOfficerFindsEveryAccessToACandidateByNationalIdNewestFirstAndSealed() {
        String nationalId = TestPeople.newNationalId();
        long candidateId = api.post("veileder", "/api/v1/candidates",
                object("nationalId", nationalId, "firstName", "Sissel", "lastName", "Søk")).id();
        api.get("veileder", "/api/v1/candidates/" + candidateId);
        api.get("veileder2", "/api/v1/candidates/" + candidateId);

        ApiClient.Response found = api.post(OFFICER, "/api/v1/audit/search", object("nationalId", nationalId));

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).doesNotContain(nationalId);
        List<String> entries = new ArrayList<>();
        for (JsonNode item : found.json().path("items")) {
            assertThat(item.path("candidateId").asLong()).isEqualTo(candidateId);
            assertThat(item.path("chainPosition").isNull()).as("sealed before the search").isFalse();
            entries.add(item.path("actorUsername").asString() + ":" + item.path("actorRole").asString() + ":"
                    + item.path("action").asString() + ":" + item.path("resource").asString() + ":"
                    + item.path("allowed").asBoolean());
        }
        assertThat(entries).containsExactly(
                "veileder2:COUNSELLOR:READ:candidate:false",
                "veileder:COUNSELLOR:READ:candidate:true",
                "veileder:COUNSELLOR:READ:candidate:true",
                "veileder:COUNSELLOR:WRITE:candidate:true");
        assertThat(found.json().path("items").get(0).path("actorName").asString()).isEqualTo("Vidar Veileder");
        assertThat(found.json().path("items").get(1).path("purpose").asString()).isEqualTo("READ_CASE");
        assertThat(found.json().path("totalItems").asLong()).isEqualTo(4);
    }

    @Test
    void theOfficerFiltersByActorOutcomeAndDateAndPages() {
        long candidateId = api.post("veileder", "/api/v1/candidates",
                object("nationalId", TestPeople.newNationalId(), "firstName", "Dag", "lastName", "Dato")).id();
        for (int i = 0; i < 3; i++) {
            api.get("veileder2", "/api/v1/candidates/" + candidateId);
        }
        String today = LocalDate.now(AuditQuery.OSLO).toString();

        ApiClient.Response denied = api.post(OFFICER, "/api/v1/audit/search", object("actorUsername", "veileder2",
                "allowed", false, "occurredFrom", today, "occurredTo", today, "size", 2));

        assertThat(denied.status()).isEqualTo(200);
        JsonNode page = denied.json();
        assertThat(page.path("items")).hasSize(2);
        assertThat(page.path("size").asInt()).isEqualTo(2);
        assertThat(page.path("totalItems").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(page.path("totalPages").asInt()).isGreaterThanOrEqualTo(2);
        page.path("items").forEach(item -> {
            assertThat(item.path("actorUsername").asString()).isEqualTo("veileder2");
            assertThat(item.path("allowed").asBoolean()).isFalse();
        });
        ApiClient.Response second = api.post(OFFICER, "/api/v1/audit/search", object("actorUsername", "veileder2",
                "allowed", false, "occurredFrom", today, "occurredTo", today, "size", 2, "page", 1));
        assertThat(second.json().path("items").get(0).path("id").asLong())
                .isLessThan(page.path("items").get(1).path("id").asLong());

        ApiClient.Response yesterday = api.post(OFFICER, "/api/v1/audit/search", object("actorUsername", "veileder2",
                "occurredTo", LocalDate.now(AuditQuery.OSLO).minusDays(2).toString()));
        assertThat(yesterday.json().path("totalItems").asLong()).isZero();
    }

    @Test
    void anUnknownNationalIdFindsNothing() {
        ApiClient.Response found = api.post(OFFICER, "/api/v1/audit/search",
                object("nationalId", TestPeople.newNationalId()));

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().path("items")).isEmpty();
        assertThat(found.json().path("totalItems").asLong()).isZero();
    }

    @Test
    void invalidSearchesAre400ProblemsNamingTheFields() {
        ApiClient.Response badId = api.post(OFFICER, "/api/v1/audit/search", object("nationalId", "12345678901"));
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.contentType()).startsWith("application/problem+json");
        assertThat(badId.errorFields()).containsExactly("nationalId");

        ApiClient.Response backwards = api.post(OFFICER, "/api/v1/audit/search",
                object("occurredFrom", "2025-03-02", "occurredTo", "2025-03-01"));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.errorFields()).containsExactly("occurredTo");
        assertThat(backwards.json().path("errors").get(0).path("message").asString())
                .isEqualTo("Til-datoen kan ikke være før fra-datoen.");

        ApiClient.Response notADate = api.post(OFFICER, "/api/v1/audit/search", object("occurredFrom", "1. mars"));
        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.errorFields()).containsExactly("occurredFrom");

        ApiClient.Response twoErrors = api.post(OFFICER, "/api/v1/audit/search", object("nationalId", "1",
                "occurredFrom", "2025-03-02", "occurredTo", "2025-03-01"));
        assertThat(twoErrors.errorFields()).containsExactlyInAnyOrder("nationalId", "occurredTo");

        ApiClient.Response farFuture = api.post(OFFICER, "/api/v1/audit/search", object("occurredTo", "9999-01-01"));
        assertThat(farFuture.status()).isEqualTo(400);
        assertThat(farFuture.errorFields()).containsExactly("occurredTo");

        ApiClient.Response badOutcome = api.post(OFFICER, "/api/v1/audit/search", object("allowed", "MAYBE"));
        assertThat(badOutcome.status()).isEqualTo(400);
        assertThat(badOutcome.errorFields()).containsExactly("allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"veileder", "kandidat", "beslutter", "mentor"})
    void onlyThePrivacyOfficerMaySearchOrVerify(String user) {
        ApiClient.Response search = api.post(user, "/api/v1/audit/search", object("actorUsername", "veileder"));
        ApiClient.Response verification = api.get(user, "/api/v1/audit/verification");

        assertThat(search.status()).isEqualTo(403);
        assertThat(search.contentType()).startsWith("application/problem+json");
        assertThat(verification.status()).isEqualTo(403);
        Long logged = jdbc.sql("""
                        select count(*) from audit_entry
                        where actor_username = :user and resource = 'audit-log' and not allowed""")
                .param("user", user).query(Long.class).single();
        assertThat(logged).as("the refused attempts are logged").isGreaterThanOrEqualTo(2);
    }

    @Test
    void theOfficerVerifiesTheChain() {
        ApiClient.Response verification = api.get(OFFICER, "/api/v1/audit/verification");

        assertThat(verification.status()).isEqualTo(200);
        JsonNode result = verification.json();
        assertThat(result.path("intact").asBoolean()).isTrue();
        assertThat(result.path("checkedEntries").asLong()).isPositive();
        assertThat(result.path("headHash").asString()).matches("[0-9a-f]{64}");
        assertThat(result.path("firstBrokenLink").isNull()).isTrue();
    }

    @Test
    void aCandidateSeesWhoHasAccessedTheirDataButNotTheirOwnVisits() {
        long kandidat = AuditTestUsers.candidateIdOf(jdbc, "kandidat");
        api.get("veileder", "/api/v1/candidates/" + kandidat);
        api.get("veileder2", "/api/v1/candidates/" + kandidat);
        api.get("kandidat", "/api/v1/me/processes");

        ApiClient.Response log = api.get("kandidat", "/api/v1/me/access-log");

        assertThat(log.status()).isEqualTo(200);
        JsonNode items = log.json().path("items");
        assertThat(items.get(0).path("actorName").asString()).isEqualTo("Vidar Veileder");
        assertThat(items.get(0).path("actorRole").asString()).isEqualTo("COUNSELLOR");
        assertThat(items.get(0).path("allowed").asBoolean()).isFalse();
        assertThat(items.get(1).path("actorName").asString()).isEqualTo("Vera Veileder");
        assertThat(items.get(1).path("action").asString()).isEqualTo("READ");
        assertThat(items.get(1).path("resource").asString()).isEqualTo("candidate");
        assertThat(items.get(1).path("allowed").asBoolean()).isTrue();
        items.forEach(item -> assertThat(item.path("actorName").asString()).isNotEqualTo("Kaja Kandidat"));
        assertThat(log.body()).doesNotContain("national");
    }

    @Test
    void readingOnesOwnAccessLogDoesNotAddToIt() {
        long kandidat = AuditTestUsers.candidateIdOf(jdbc, "kandidat");
        api.get("kandidat", "/api/v1/me/access-log");
        long before = entriesAbout(kandidat);

        api.get("kandidat", "/api/v1/me/access-log");
        api.get("kandidat", "/api/v1/me/access-log?page=1&size=5");

        assertThat(entriesAbout(kandidat)).isEqualTo(before);
    }

    @Test
    void aCandidateSeesOnlyTheirOwnLog() {
        AuditTestUsers.Candidate other = AuditTestUsers.freshCandidate(jdbc, passwords);
        api.get("veileder", "/api/v1/candidates/" + other.candidateId());

        ApiClient.Response kandidatsLog = api.get("kandidat", "/api/v1/me/access-log?size=100");
        ApiClient.Response othersLog = api.get(other.username(), "/api/v1/me/access-log");

        assertThat(othersLog.json().path("items")).hasSize(1);
        assertThat(othersLog.json().path("items").get(0).path("actorName").asString()).isEqualTo("Vera Veileder");
        assertThat(kandidatsLog.json().path("totalItems").asLong())
                .isEqualTo(entriesAbout(AuditTestUsers.candidateIdOf(jdbc, "kandidat"), "kandidat"));
        assertThat(api.get("veileder", "/api/v1/me/access-log").status()).isEqualTo(403);
        assertThat(api.get(OFFICER, "/api/v1/me/access-log").status()).isEqualTo(403);
    }

    @Test
    void theOfficersSearchForACandidateShowsInThatCandidatesLog() {
        AuditTestUsers.Candidate candidate = AuditTestUsers.freshCandidate(jdbc, passwords);

        api.post(OFFICER, "/api/v1/audit/search", object("nationalId", candidate.nationalId()));

        JsonNode items = api.get(candidate.username(), "/api/v1/me/access-log").json().path("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).path("actorName").asString()).isEqualTo(AuditTestUsers.OFFICER_NAME);
        assertThat(items.get(0).path("actorRole").asString()).isEqualTo("PRIVACY_OFFICER");
        assertThat(items.get(0).path("resource").asString()).isEqualTo("audit-log");
    }

    private long entriesAbout(long candidateId) {
        return jdbc.sql("select count(*) from audit_entry where candidate_id = :id").param("id", candidateId)
                .query(Long.class).single();
    }

    /** Entries about the candidate by anyone but the candidate's own account. */
    private long entriesAbout(long candidateId, String ownUsername) {
        return jdbc.sql("""
                        select count(*) from audit_entry
                        where candidate_id = :id and actor_username <> :own""")
                .param("id", candidateId).param("own", ownUsername)
                .query(Long.class).single();
    }
}
