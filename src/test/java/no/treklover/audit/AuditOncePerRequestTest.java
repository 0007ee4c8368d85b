package no.treklover.audit;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.LongStream;
import no.treklover.access.CurrentUser;
import no.treklover.access.Role;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Issue 10 and 16: the audit log says what happened, once. One entry per request, candidate, action, purpose and
 * answer; the entries of a transaction are one multi-row insert; a denied read is a read.
 */
@IntegrationTest
class AuditOncePerRequestTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    PasswordEncoder passwords;

    ApiClient http;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void oneViewOfTheProcessPageWritesEachCandidatePurposeOnceAndOnlyReads() {
        long candidate = newCandidate();
        long process = newProcess(candidate);
        long before = lastAuditId();

        ApiClient.Response page = html("veileder", "/processes/" + process);
        assertThat(page.status()).isEqualTo(200);

        List<Map<String, Object>> rows = jdbc.sql("""
                        select candidate_id, action, purpose, allowed, resource from audit_entry
                        where id > :before and actor_username = 'veileder' order by id""")
                .param("before", before).query().listOfRows();
        assertThat(rows).isNotEmpty();
        assertThat(rows.stream().map(r -> List.of(String.valueOf(r.get("candidate_id")), r.get("action"),
                String.valueOf(r.get("purpose")), r.get("allowed"))).toList())
                .as("one entry per candidate, action, purpose and answer").doesNotHaveDuplicates();
        assertThat(rows).allSatisfy(r -> assertThat(r.get("action")).as("a page view changes nothing")
                .isEqualTo("READ"));
        Map<String, Object> caseRead = rows.stream().filter(r -> "READ_CASE".equals(r.get("purpose"))).findFirst()
                .orElseThrow();
        assertThat(caseRead.get("resource")).as("both resources read for the purpose are named")
                .isEqualTo("process,candidate");
    }

    @Test
    void oneGetOfAProcessThroughTheApiWritesOneEntryInOneInsert() {
        long candidate = newCandidate();
        long process = newProcess(candidate);
        long before = lastAuditId();
        long inserts = AuditLog.INSERT_STATEMENTS.get();

        assertThat(http.get("veileder", "/api/v1/processes/" + process).status()).isEqualTo(200);

        assertThat(jdbc.sql("""
                        select action || ' ' || resource || ' ' || purpose || ' ' || allowed from audit_entry
                        where id > :before and actor_username = 'veileder' and candidate_id = :candidate""")
                .param("before", before).param("candidate", candidate).query(String.class).list())
                .containsExactly("READ process READ_CASE true");
        assertThat(AuditLog.INSERT_STATEMENTS.get() - inserts).isEqualTo(1);
    }

    @Test
    void aDeniedReadOfAnotherOfficesProcessPageIsLoggedAsARead() {
        long process = newProcess(newCandidate());
        String stranger = "veileder-bergen-" + ThreadLocalRandom.current().nextInt(1_000_000);
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, office_id)
                        values (:u, :h, 'Bjørn Bergen', 'COUNSELLOR', '4614')""")
                .param("u", stranger).param("h", passwords.encode("demo")).update();
        long before = lastAuditId();

        assertThat(html(stranger, "/processes/" + process).status()).isEqualTo(403);

        assertThat(jdbc.sql("""
                        select action || ' ' || resource || ' ' || allowed from audit_entry
                        where id > :before and actor_username = :u""")
                .param("before", before).param("u", stranger).query(String.class).list())
                .containsExactly("READ process false");
    }

    @Test
    void theEntriesOfOneTransactionAreOneInsertEachFactOnce() {
        CurrentUser user = testUser();
        long base = 9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        List<Long> shown = LongStream.range(base, base + 50).boxed().toList();
        long before = lastAuditId();
        long inserts = AuditLog.INSERT_STATEMENTS.get();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            audit.allowedForEach(user, AuditAction.READ, "caseload", shown, "CASELOAD_LIST");
            for (int i = 0; i < 6; i++) {
                audit.allowed(user, AuditAction.READ, "process", base, "READ_CASE");
                audit.allowed(user, AuditAction.READ, "candidate", base, "READ_CASE");
            }
            audit.allowed(user, AuditAction.WRITE, "process", base, "EDIT_CASE");
            assertThat(AuditLog.INSERT_STATEMENTS.get()).as("nothing written before the commit").isEqualTo(inserts);
        });

        assertThat(AuditLog.INSERT_STATEMENTS.get() - inserts).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where id > :before and actor_username = :u
                        and resource = 'caseload'""").param("before", before).param("u", user.username())
                .query(Long.class).single()).isEqualTo(50);
        assertThat(jdbc.sql("""
                        select action || ' ' || resource || ' ' || purpose from audit_entry
                        where id > :before and actor_username = :u and resource <> 'caseload' order by id""")
                .param("before", before).param("u", user.username()).query(String.class).list())
                .containsExactly("READ process,candidate READ_CASE", "WRITE process EDIT_CASE");
    }

    @Test
    void acrossTransactionsOfOneRequestCommittedFactsAreNotRepeatedRolledBackChangesAreButReadsStay() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        CurrentUser user = testUser();
        long candidate = 8_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        long before = lastAuditId();
        TransactionTemplate tx = new TransactionTemplate(transactions);

        tx.executeWithoutResult(s -> audit.allowed(user, AuditAction.READ, "process", candidate, "READ_CASE"));
        tx.executeWithoutResult(s -> audit.allowed(user, AuditAction.READ, "process", candidate, "READ_CASE"));
        tx.executeWithoutResult(s -> {
            audit.allowed(user, AuditAction.WRITE, "process", candidate, "EDIT_CASE");
            audit.allowed(user, AuditAction.READ, "agreement", candidate, "AGREEMENT");
            s.setRollbackOnly();
        });
        tx.executeWithoutResult(s -> audit.allowed(user, AuditAction.WRITE, "process", candidate, "EDIT_CASE"));
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(s -> audit.allowed(user, AuditAction.READ, "meeting", candidate, "MEETING_LIST"));
        audit.allowed(user, AuditAction.READ, "meeting", candidate, "MEETING_LIST");

        assertThat(jdbc.sql("""
                        select action || ' ' || resource || ' ' || purpose from audit_entry
                        where id > :before and candidate_id = :c order by id""")
                .param("before", before).param("c", candidate).query(String.class).list())
                .containsExactly("READ process READ_CASE", "READ agreement AGREEMENT", "WRITE process EDIT_CASE",
                        "READ meeting MEETING_LIST");
    }

    @Test
    void joinedResourcesStayWithinTheColumn() {
        String joined = "process";
        for (String r : List.of("candidate", "agreement", "meeting-minutes", "mentoring.weekly-plan", "consent",
                "candidate", "process")) {
            joined = AuditLog.joinResources(joined, r);
        }
        assertThat(joined).hasSizeLessThanOrEqualTo(AuditLog.RESOURCE_LENGTH)
                .startsWith("process,candidate,agreement,meeting-minutes");
        assertThat(joined.split(",")).doesNotHaveDuplicates();
    }

    // ---------------------------------------------------------------- helpers

    private CurrentUser testUser() {
        return new CurrentUser(-1, "audit-once-" + ThreadLocalRandom.current().nextInt(1_000_000), "Test",
                Role.COUNSELLOR, "0315", null, null, null, true);
    }

    private ApiClient.Response html(String user, String path) {
        return http.send(user, "GET", path, null, null, Map.of("Accept", "text/html"));
    }

    private long newCandidate() {
        return http.post("veileder", "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", "Otto", "lastName", "Once")).id();
    }

    private long newProcess(long candidate) {
        ApiClient.Response created = http.post("veileder", "/api/v1/processes", object("candidateId", candidate));
        assertThat(created.status()).isEqualTo(201);
        return created.id();
    }

    private long lastAuditId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
    }
}
