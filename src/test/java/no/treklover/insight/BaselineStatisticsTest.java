package no.treklover.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The statistics of the demo's 21 baseline cases (the first processes the demo writes) against seed 000. The cases
 * lie in 2019–2020, two of them still open, and spread over three offices with synthetic processes beside them, so
 * the pages of any period show them mixed with others and suppressed; this checks the service's counts of exactly
 * those 21 processes, before suppression, by the same table definitions the pages use.
 */
@IntegrationTest
class BaselineStatisticsTest {

    @Autowired
    StatisticsService statistics;

    @Autowired
    JdbcClient jdbc;

    private List<Long> baselineCases() {
        List<Long> ids = jdbc.sql("select id from inclusion_process order by id limit 21").query(Long.class).list();
        assertThat(ids).hasSize(21);
        return ids;
    }

    @Test
    void twelveWereAttachedAtTheEndOneApprenticedElsewhereFiveWithoutAndThreeUnknown() {
        Map<String, Long> counts = statistics.rawCounts(Breakdown.ATTACHMENT_AT_END, baselineCases());

        // seed 000, after table 1; cases 6 and 7, still in the measure, count as attached
        assertThat(counts).containsExactly(Map.entry("SAME_EMPLOYER", 12L), Map.entry("OTHER_EMPLOYER", 1L),
                Map.entry("NONE", 5L), Map.entry("UNKNOWN", 3L), Map.entry(Breakdown.NOT_RECORDED, 0L));
    }

    @Test
    void theThreeCounsellorsUsedTheMentorGrantForThirteenFiveAndThreeOfTheCases() {
        // veileder 13 cases, the second counsellor 5, the counsellor of NAV Falkenborg 3 (BaselineProcesses)
        Map<String, Long> counts = statistics.rawCounts(Breakdown.MENTOR_USE, baselineCases());

        assertThat(counts).containsExactly(Map.entry("NONE", 0L), Map.entry("ONE_TO_TWO", 0L),
                Map.entry("THREE_TO_FIVE", 2L), Map.entry("SIX_OR_MORE", 1L));
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).as("three counsellors").isEqualTo(3);
    }
}
