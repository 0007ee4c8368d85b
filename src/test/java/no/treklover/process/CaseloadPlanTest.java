package no.treklover.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.treklover.access.CurrentUser;
import no.treklover.access.UserAccountRepository;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The caseload's SQL has only the clauses of the filters given, so even PostgreSQL's generic plan (which it
 * switches to after five executions) finds a counsellor's open processes through the whole index
 * (counsellor_id, open, phase) instead of reading all of the counsellor's processes, closed ones included.
 */
@IntegrationTest
class CaseloadPlanTest {

    private static final Pattern NAMED = Pattern.compile(":([a-zA-Z]+)");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    UserAccountRepository users;

    @Test
    void theOpenCaseloadIsCountedAndReadThroughTheWholeIndexInTheGenericPlan() {
        CurrentUser veileder = CurrentUser.withoutCredentials(users.findByUsername("veileder").orElseThrow());
        CaseloadQuery.Conditions where = CaseloadQuery.Conditions.of(veileder, CaseloadFilter.defaults(),
                LocalDate.now());
        assertThat(where.needsCandidate()).isFalse();

        String count = genericPlan("select count(*) from inclusion_process p " + where.sql(), where.params());
        assertThat(count).as(count).contains("inclusion_process_caseload_idx").doesNotContain("Filter:");
        assertThat(indexCondition(count)).contains("counsellor_id = $1", "open = true");

        CaseloadQuery.Conditions inPhase = CaseloadQuery.Conditions.of(veileder,
                new CaseloadFilter(null, null, Phase.FOLLOW_UP, null, null, null, null, null), LocalDate.now());
        String phase = genericPlan("select count(*) from inclusion_process p " + inPhase.sql(), inPhase.params());
        assertThat(phase).as(phase).doesNotContain("Filter:");
        assertThat(indexCondition(phase)).contains("counsellor_id = $1", "open = true", "phase");
    }

    private static String indexCondition(String plan) {
        return plan.lines().map(String::strip).filter(line -> line.startsWith("Index Cond:")).findFirst()
                .orElseThrow(() -> new AssertionError("no index condition in\n" + plan));
    }

    /**
     * The plan PostgreSQL uses after five executions (plan_cache_mode = force_generic_plan): the statement prepared
     * with the named parameters as $n, sequential scans off so the index use shows.
     */
    private String genericPlan(String sql, Map<String, Object> params) {
        StringBuilder numbered = new StringBuilder();
        List<String> types = new ArrayList<>();
        List<String> values = new ArrayList<>();
        Matcher m = NAMED.matcher(sql);
        while (m.find()) {
            Object value = params.get(m.group(1));
            types.add(value instanceof Long ? "bigint" : value instanceof LocalDate ? "date" : "varchar");
            values.add(value instanceof Long ? value.toString() : "'" + value + "'");
            m.appendReplacement(numbered, "\\$" + types.size());
        }
        m.appendTail(numbered);
        return transactions.execute(status -> {
            jdbc.execute("set local plan_cache_mode = force_generic_plan");
            jdbc.execute("set local enable_seqscan = off");
            jdbc.execute("prepare caseload_plan (" + String.join(", ", types) + ") as " + numbered);
            try {
                return String.join("\n", jdbc.queryForList(
                        "explain execute caseload_plan (" + String.join(", ", values) + ")", String.class));
            } finally {
                jdbc.execute("deallocate caseload_plan");
            }
        });
    }
}
