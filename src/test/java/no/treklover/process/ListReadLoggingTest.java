package no.treklover.process;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.treklover.audit.AuditChainSealer;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 4: every read of a candidate's data is logged per candidate, lists too. The caseload and the partner list
 * log one entry per candidate shown; the candidate sees the caseload read in plain language in her access log.
 */
@IntegrationTest
class ListReadLoggingTest {

    private static final Pattern PROCESS_LINK = Pattern.compile("href=\"/processes/(\\d+)\"");
    private static final Pattern SHARED_LINK = Pattern.compile("href=\"/processes/(\\d+)/shared\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    AuditChainSealer sealer;

    ApiClient http;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
    }

    @Test
    void viewingTheCaseloadLogsExactlyOneReadPerCandidateOnThePage() {
        newProcess("Liste");
        long before = lastAuditId();
        String page = page("veileder", "/caseload?scope=OFFICE");

        List<Long> shown = candidatesOf(ids(PROCESS_LINK, page));
        assertThat(shown).isNotEmpty().doesNotHaveDuplicates();
        assertThat(logged(before, "veileder", "caseload", "CASELOAD_LIST")).containsExactlyInAnyOrderElementsOf(shown);
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where id > :before and actor_username = 'veileder'
                        and resource = 'caseload' and (candidate_id is null or not allowed or action <> 'READ')""")
                .param("before", before).query(Long.class).single()).isZero();

        // the batch is sealed into the hash chain like any other entry, in the order the page shows
        sealer.sealAll();
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry e where id > :before and actor_username = 'veileder'
                        and resource = 'caseload' and not exists (select 1 from audit_seal s where s.entry_id = e.id)""")
                .param("before", before).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                        select candidate_id from audit_entry where id > :before and actor_username = 'veileder'
                        and resource = 'caseload' order by id""")
                .param("before", before).query(Long.class).list()).containsExactlyElementsOf(shown);
    }

    @Test
    void theCaseloadApiLogsEachCandidateItReturns() {
        long before = lastAuditId();
        List<Long> returned = new ArrayList<>();
        http.get("veileder", "/api/v1/processes?size=5").json().path("items")
                .forEach(row -> returned.add(row.path("candidateId").asLong()));
        assertThat(returned).isNotEmpty();
        assertThat(logged(before, "veileder", "caseload", "CASELOAD_LIST")).containsExactlyInAnyOrderElementsOf(
                returned);
    }

    @Test
    void aCandidateSearchLogsEachCandidateFound() {
        String lastName = "Sok" + ThreadLocalRandom.current().nextInt(1_000_000);
        long first = newProcess(lastName);
        long second = newProcess(lastName);
        long before = lastAuditId();
        ApiClient.Response found = http.get("veileder", "/api/v1/candidates?search=" + lastName);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().path("items").size()).isEqualTo(2);
        assertThat(logged(before, "veileder", "candidate-search", "CANDIDATE_SEARCH"))
                .containsExactlyInAnyOrder(first, second);
    }

    @Test
    void thePartnerListsLogExactlyOneReadPerCandidateShown() {
        long before = lastAuditId();
        String page = page("arbeidsgiver", "/partner");
        List<Long> shown = candidatesOf(ids(SHARED_LINK, page));
        assertThat(shown).as("the demo employer sees Kaja").isNotEmpty();
        assertThat(logged(before, "arbeidsgiver", "partner-list", "PARTNER_LIST"))
                .containsExactlyInAnyOrderElementsOf(shown);

        long beforeApi = lastAuditId();
        List<Long> listed = new ArrayList<>();
        ApiClient.Response api = http.get("mentor", "/api/v1/me/partner-processes");
        api.json().forEach(row -> listed.add(row.path("processId").asLong()));
        assertThat(api.body()).doesNotContain("candidateId");
        assertThat(logged(beforeApi, "mentor", "partner-list", "PARTNER_LIST"))
                .containsExactlyInAnyOrderElementsOf(candidatesOf(listed));

        long beforeWorkspaces = lastAuditId();
        List<Long> workspaces = new ArrayList<>();
        http.get("mentor", "/api/v1/me/mentoring").json()
                .forEach(row -> workspaces.add(row.path("processId").asLong()));
        assertThat(logged(beforeWorkspaces, "mentor", "partner-list", "PARTNER_LIST"))
                .containsExactlyInAnyOrderElementsOf(candidatesOf(workspaces));
    }

    @Test
    void theCandidateSeesTheCaseloadReadInHerAccessLog() {
        String lastName = "Innsyn" + ThreadLocalRandom.current().nextInt(1_000_000);
        long candidate = newProcess(lastName);
        String username = "kand-liste-" + candidate;
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, candidate_id)
                        values (:u, :h, 'Lise Liste', 'CANDIDATE', :c)""")
                .param("u", username).param("h", passwords.encode("demo")).param("c", candidate).update();

        page("veileder", "/caseload?scope=OFFICE&search=" + lastName);

        ApiClient.Response log = http.get(username, "/api/v1/me/access-log");
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.json().path("items").get(0).path("resource").asString()).isEqualTo("caseload");
        String own = page(username, "/my/access-log");
        assertThat(own).contains("Så navnet ditt og forløpet ditt i en saksliste hos NAV");
    }

    @Test
    void theNewPurposesAndResourcesHaveNorwegianTexts() throws IOException {
        Properties texts = new Properties();
        try (var in = getClass().getResourceAsStream("/messages-audit.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String key : List.of("audit.purpose.CASELOAD_LIST", "audit.purpose.PARTNER_LIST",
                "audit.purpose.CANDIDATE_SEARCH", "audit.resource.partner-list", "accessLog.resource.caseload",
                "accessLog.resource.partner-list", "accessLog.resource.candidate-search")) {
            assertThat(texts.getProperty(key)).as(key).isNotBlank();
        }
    }

    @Test
    void thePartnerListIsPagedAndLogsOnlyThePageShown() {
        long candidate = newProcess("Sidevis");
        jdbc.sql("""
                        update inclusion_process set employer_id = (select employer_id from app_user
                                                                      where username = 'arbeidsgiver')
                         where candidate_id = :c""").param("c", candidate).update();

        long before = lastAuditId();
        String first = page("arbeidsgiver", "/partner?size=1");
        List<Long> shown = candidatesOf(ids(SHARED_LINK, first));
        assertThat(shown).hasSize(1);
        assertThat(first).contains("Side 1 av ", "Neste side", "/partner?page=1&amp;size=1");
        assertThat(logged(before, "arbeidsgiver", "partner-list", "PARTNER_LIST")).containsExactlyElementsOf(shown);

        String second = page("arbeidsgiver", "/partner?page=1&size=1");
        assertThat(candidatesOf(ids(SHARED_LINK, second))).hasSize(1).doesNotContainAnyElementsOf(shown);
        assertThat(second).contains("Forrige side");

        assertThat(ids(SHARED_LINK, page("arbeidsgiver", "/partner?page=-3&size=100000"))).contains(processOf(candidate));
        ApiClient.Response notANumber = http.send("arbeidsgiver", "GET", "/partner?page=tre", null, null,
                Map.of("Accept", "text/html"));
        assertThat(notANumber.status()).as("a page address that does not parse, like /processes/abc").isEqualTo(404);
    }

    private long newProcess(String lastName) {
        long candidate = http.post("veileder", "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", "Lise", "lastName", lastName)).id();
        assertThat(http.post("veileder", "/api/v1/processes", object("candidateId", candidate)).status())
                .isEqualTo(201);
        return candidate;
    }

    private long processOf(long candidate) {
        return jdbc.sql("select id from inclusion_process where candidate_id = :c").param("c", candidate)
                .query(Long.class).single();
    }

    private String page(String user, String path) {
        ApiClient.Response page = http.send(user, "GET", path, null, null, Map.of("Accept", "text/html"));
        assertThat(page.status()).as(path).isEqualTo(200);
        return page.body();
    }

    private static List<Long> ids(Pattern link, String html) {
        List<Long> ids = new ArrayList<>();
        Matcher m = link.matcher(html);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private List<Long> candidatesOf(List<Long> processIds) {
        if (processIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> candidateOf = new java.util.HashMap<>();
        jdbc.sql("select id, candidate_id from inclusion_process where id in (:ids)").param("ids", processIds)
                .query((rs, n) -> candidateOf.put(rs.getLong("id"), rs.getLong("candidate_id"))).list();
        return processIds.stream().map(candidateOf::get).toList();
    }

    private long lastAuditId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
    }

    private List<Long> logged(long after, String actor, String resource, String purpose) {
        return jdbc.sql("""
                        select candidate_id from audit_entry where id > :after and actor_username = :actor
                        and resource = :resource and purpose = :purpose and allowed and action = 'READ'""")
                .param("after", after).param("actor", actor).param("resource", resource).param("purpose", purpose)
                .query(Long.class).list();
    }
}
