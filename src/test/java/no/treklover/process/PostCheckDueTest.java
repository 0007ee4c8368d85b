package no.treklover.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import no.treklover.identifiers.NationalId;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Ended processes become due for Etterkontroll twelve months after their end: the caseload lists those due within
 * a month or overdue, and the counsellor is reminded once, by name for one and by count for several.
 */
@IntegrationTest
class PostCheckDueTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PostCheckReminders reminders;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));

    @Test
    void theCaseloadListsEndedProcessesDueWithinAMonthOrOverdueMostOverdueFirst() {
        String counsellor = counsellor();
        long overdue = endedProcess(counsellor, "Ola", today.minusMonths(13));
        long soon = endedProcess(counsellor, "Kari", today.minusMonths(12).plusDays(10));
        endedProcess(counsellor, "Per", today.minusMonths(10));

        ApiClient.Response response = new ApiClient(port).get(counsellor, "/api/v1/processes?status=POST_CHECK_DUE");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode page = response.json();

        List<Long> ids = new ArrayList<>();
        page.path("items").forEach(row -> ids.add(row.path("processId").asLong()));
        assertThat(ids).containsExactly(overdue, soon);
        assertThat(page.path("items").get(0).path("postCheckOverdue").asBoolean()).isTrue();
        assertThat(page.path("items").get(0).path("postCheckDue").asString())
                .isEqualTo(today.minusMonths(13).plusMonths(12).toString());
        assertThat(page.path("items").get(1).path("postCheckOverdue").asBoolean()).isFalse();
    }

    @Test
    void theCounsellorIsRemindedOnceWhenAProcessBecomesDue() {
        String one = counsellor();
        long due = endedProcess(one, "Åse", today.minusMonths(12));
        endedProcess(one, "Per", today.minusMonths(12).plusDays(1));
        String many = counsellor();
        endedProcess(many, "Ola", today.minusMonths(14));
        endedProcess(many, "Kari", today.minusMonths(20));

        reminders.remind();
        reminders.remind();

        assertThat(notifications(one)).containsExactly(PostCheckReminders.ONE + " [Åse Testesen] /processes/" + due);
        assertThat(notifications(many)).containsExactly(PostCheckReminders.MANY + " [2] " + PostCheckReminders.LIST);
    }

    private List<String> notifications(String username) {
        return jdbc.sql("""
                        select n.message_key, n.arguments, n.link
                        from notification n join app_user u on u.id = n.recipient_id
                        where u.username = :username order by n.id""")
                .param("username", username)
                .query((rs, n) -> rs.getString("message_key") + " "
                        + java.util.Arrays.toString((String[]) rs.getArray("arguments").getArray()) + " "
                        + rs.getString("link"))
                .list();
    }

    /** A counsellor of its own, so what others' tests and the demo data hold does not count. */
    private String counsellor() {
        String username = "pc-" + System.nanoTime();
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, office_id)
                        select :username, password_hash, 'Etter Kontroll', 'COUNSELLOR', office_id
                        from app_user where username = 'veileder'""")
                .param("username", username).update();
        return username;
    }

    private long endedProcess(String counsellor, String firstName, LocalDate endDate) {
        String nationalId = TestPeople.newNationalId();
        long candidate = jdbc.sql("""
                        insert into candidate (national_id, birth_date, first_name, last_name, office_id, counsellor_id)
                        select :nationalId, :birthDate, :firstName, 'Testesen', office_id, id
                        from app_user where username = :counsellor
                        returning id""")
                .param("nationalId", nationalId).param("firstName", firstName).param("counsellor", counsellor)
                .param("birthDate", NationalId.parse(nationalId).orElseThrow().birthDate())
                .query(Long.class).single();
        return jdbc.sql("""
                        insert into inclusion_process (candidate_id, counsellor_id, office_id, phase, phase_changed_at,
                               open, start_date, end_date, outcome, created_at, updated_at)
                        select :candidate, id, office_id, 'CLOSURE', now(), false, :start, :end, 'ORDINARY_JOB', now(),
                               now()
                        from app_user where username = :counsellor
                        returning id""")
                .param("candidate", candidate).param("start", endDate.minusMonths(6)).param("end", endDate)
                .param("counsellor", counsellor).query(Long.class).single();
    }
}
