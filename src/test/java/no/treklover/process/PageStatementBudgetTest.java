package no.treklover.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.treklover.support.IntegrationTest;
import no.treklover.support.RequestStatementCounter;
import no.treklover.support.RequestStatementCounter.Recording;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What one view of the counsellor's two busiest pages costs in the database, counted on the server: one
 * transaction, no statement sent twice (a query per meeting, row or card shows up as a repeat), and at most a
 * budget of statements, the audit log's one insert included: the targets, 15 statements for the process page
 * and 8 for the caseload; 18 for the candidate's home page, which gathers five features' cards and her tasks.
 */
@IntegrationTest
class PageStatementBudgetTest {

    static final int PROCESS_PAGE_STATEMENTS = 15;
    static final int CASELOAD_STATEMENTS = 8;
    static final int CANDIDATE_HOME_STATEMENTS = 18;
    /**
     * The employer register (issue 12): the list with a capped count, and a profile with its five parts (8) plus the
     * contact log's card (its latest entries and the warning's contacts and plans: 3) and the opportunities' card
     * (one, issue 13).
     */
    static final int EMPLOYER_LIST_STATEMENTS = 6;
    static final int EMPLOYER_PROFILE_STATEMENTS = 12;
    /**
     * Opportunities (issue 13): the list is one statement with its count, beside the frame's three (session, user,
     * notification badge); a ranking fetches its candidates once.
     */
    static final int OPPORTUNITY_LIST_STATEMENTS = 4;
    static final int RANKING_STATEMENTS = 10;
    /**
     * A job fair as the counsellor books on it (issue 13): the event, its offices (2), employers, slots with their
     * bookings, waiting lists, the caseload to book for, the counsellor's own bookings, the organiser's name and the
     * audit insert, however many employers, slots and bookings it has.
     */
    static final int EVENT_PAGE_STATEMENTS = 12;

    private static final Pattern SESSION_COOKIE = Pattern.compile("SESSION=([^;]*)");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    RequestStatementCounter counter;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String session;

    @BeforeEach
    void logInAsTheCounsellor() {
        logIn("veileder");
    }

    private void logIn(String username) {
        session = null;
        HttpResponse<String> form = get("/login");
        session = cookie(form, null);
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=demo&_csrf="
                        + URLEncoder.encode(csrf(form), StandardCharsets.UTF_8))));
        assertThat(login.statusCode()).isEqualTo(302);
        session = cookie(login, session);
    }

    @Test
    void oneViewOfTheProcessPageWithMeetingsAgreementsAndContacts() {
        long kaja = jdbc.sql("""
                        select p.id from inclusion_process p join app_user k on k.candidate_id = p.candidate_id
                        where k.username = 'kandidat' and p.open""").query(Long.class).single();
        Recording view = view("/processes/" + kaja);

        assertThat(view.statementCount()).as("statements%n%s", view).isLessThanOrEqualTo(PROCESS_PAGE_STATEMENTS);
        assertOneTransactionWithoutRepeats(view);
    }

    /**
     * The candidate's home page: her tasks ("Dette må du gjøre nå"), the phases, and the agreement, meeting and
     * mentoring cards, each kind of data read once.
     */
    @Test
    void oneViewOfTheCandidatesHomePage() {
        logIn("kandidat");
        Recording view = view("/my");

        assertThat(view.statementCount()).as("statements%n%s", view).isLessThanOrEqualTo(CANDIDATE_HOME_STATEMENTS);
        assertOneTransactionWithoutRepeats(view);
    }

    @Test
    void oneViewOfTheCaseload() {
        Recording view = view("/caseload");

        assertThat(view.statementCount()).as("statements%n%s", view).isLessThanOrEqualTo(CASELOAD_STATEMENTS);
        assertOneTransactionWithoutRepeats(view);
    }

    @Test
    void oneViewOfTheEmployerRegisterListAndAProfile() {
        Recording list = view("/employers?search=a&county=03&sort=SIZE&page=1");
        assertThat(list.statementCount()).as("statements%n%s", list).isLessThanOrEqualTo(EMPLOYER_LIST_STATEMENTS);
        assertOneTransactionWithoutRepeats(list);

        long bakery = jdbc.sql("select employer_id from app_user where username = 'arbeidsgiver'")
                .query(Long.class).single();
        Recording profile = view("/employers/" + bakery);
        assertThat(profile.statementCount()).as("statements%n%s", profile)
                .isLessThanOrEqualTo(EMPLOYER_PROFILE_STATEMENTS);
        assertOneTransactionWithoutRepeats(profile);
    }

    @Test
    void oneViewOfTheOpportunitiesAndBothRankings() {
        Recording list = view("/opportunities?status=OPEN");
        assertThat(list.statementCount()).as("statements%n%s", list).isLessThanOrEqualTo(OPPORTUNITY_LIST_STATEMENTS);
        assertOneTransactionWithoutRepeats(list);

        long opportunity = jdbc.sql("select min(id) from opportunity where status = 'OPEN' and county = 'Oslo'")
                .query(Long.class).single();
        long need = jdbc.sql("select min(id) from need where office_id = '0315' and state = 'OPEN'")
                .query(Long.class).single();
        for (String path : java.util.List.of("/opportunities/" + opportunity + "/matches",
                "/board/needs/" + need + "/matches", "/opportunities/" + opportunity + "/my-candidates",
                // a ranked row explained, as a page and as the fragment its <details> loads
                "/board/needs/" + need + "/matches/" + opportunity,
                "/board/needs/" + need + "/matches/" + opportunity + "/factors",
                "/opportunities/" + opportunity + "/matches/" + need,
                "/opportunities/" + opportunity + "/matches/" + need + "/factors")) {
            Recording ranking = view(path);
            assertThat(ranking.statementCount()).as("%s: statements%n%s", path, ranking)
                    .isLessThanOrEqualTo(RANKING_STATEMENTS);
            assertOneTransactionWithoutRepeats(ranking);
        }
    }

    @Test
    void oneViewOfAJobFairWithItsSlotsAndBookings() {
        long fair = jdbc.sql("select min(id) from event where type = 'JOB_FAIR' and state = 'PUBLISHED'")
                .query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from event_booking where event_id = :e").param("e", fair)
                .query(Long.class).single()).as("the demo fair has bookings").isGreaterThan(2);
        Recording view = view("/events/" + fair);
        assertThat(view.statementCount()).as("statements%n%s", view).isLessThanOrEqualTo(EVENT_PAGE_STATEMENTS);
        assertOneTransactionWithoutRepeats(view);
    }

    @Test
    void oneViewOfACountysStatisticsReadsTheOfficesAndTheAnalystsReachOnce() {
        logIn("analytiker.vestland");
        Recording view = view("/statistics/counties/Vestland");
        assertThat(view.count(sql -> sql.contains("from office order by county, name")))
                .as("the offices read%n%s", view).isEqualTo(1L);
        assertOneTransactionWithoutRepeats(view);
    }

    private static void assertOneTransactionWithoutRepeats(Recording view) {
        assertThat(view.count(sql -> sql.toLowerCase().matches("(?s)\\s*(insert into|update|delete from) spring_session.*")))
                .as("session writes of a session that did not change%n%s", view).isZero();
        assertThat(view.transactions()).as("transactions%n%s", view).isEqualTo(1);
        assertThat(view.connections()).as("connections%n%s", view).isEqualTo(1);
        Map<String, Long> repeated = view.statements().stream()
                .filter(sql -> !RequestStatementCounter.isAuditInsert(sql))
                .collect(Collectors.groupingBy(sql -> sql, Collectors.counting()));
        repeated.values().removeIf(times -> times == 1);
        assertThat(repeated).as("statements sent more than once%n%s", view).isEmpty();
    }

    /** The page's second view, so that what is loaded once per node (templates, caches) does not count. */
    private Recording view(String path) {
        assertThat(get(path).statusCode()).isEqualTo(200);
        counter.clear();
        HttpResponse<String> page = get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        Recording view = counter.awaitRequest("GET", path);
        System.out.println(view);
        return view;
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        request.header("Accept", "text/html");
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String cookie(HttpResponse<String> response, String current) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION_COOKIE.matcher(header);
            if (m.find() && !m.group(1).isEmpty()) {
                return m.group(1);
            }
        }
        return current;
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher m = CSRF_FIELD.matcher(page.body());
        assertThat(m.find()).as("CSRF token in page").isTrue();
        return m.group(1);
    }
}
