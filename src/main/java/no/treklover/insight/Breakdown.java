package no.treklover.insight;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import no.treklover.process.Attachment;
import no.treklover.process.FollowUpStatus;
import no.treklover.process.Initiative;
import no.treklover.process.Outcome;

/**
 * One table of the statistics: which processes it counts (those whose {@code dateColumn} lies in the period), by
 * which column, into which categories (seed 000 tables 3, 4 and 7, and the status twelve months after). The SQL
 * names are fixed text here, never input. A process without the column filled in counts as {@link #NOT_RECORDED}.
 */
public enum Breakdown {

    OUTCOME("outcome", "end_date", "p.phase in ('CLOSURE', 'POST_CHECK')", "outcome.", names(Outcome.values())),
    POST_CHECK("follow_up_status", "post_check_date", "p.phase = 'POST_CHECK'", "followUpStatus.",
            names(Arrays.stream(FollowUpStatus.values()).filter(s -> s != FollowUpStatus.NOT_DUE)
                    .toArray(Enum[]::new))),
    INITIATIVE("initiative", "start_date", "true", "initiative.", names(Initiative.values())),
    ATTACHMENT("attachment_at_start", "start_date", "true", "attachment.", names(Attachment.values()));

    public static final String NOT_RECORDED = "NOT_RECORDED";

    private final String column;
    private final String dateColumn;
    private final String condition;
    private final String messagePrefix;
    private final List<String> categories;

    Breakdown(String column, String dateColumn, String condition, String messagePrefix, List<String> categories) {
        this.column = column;
        this.dateColumn = dateColumn;
        this.condition = condition;
        this.messagePrefix = messagePrefix;
        this.categories = Stream.concat(categories.stream(), Stream.of(NOT_RECORDED)).toList();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** The categories in the order of the table, the last being {@link #NOT_RECORDED}. */
    public List<String> categories() {
        return categories;
    }

    /** The message key of a category's name. */
    public String label(String category) {
        return NOT_RECORDED.equals(category) ? "insight.notRecorded" : messagePrefix + category;
    }

    /**
     * Counts per office and category of every office, for processes dated in the period: every view is suppressed
     * from the whole hierarchy, so that they all publish each unit's row alike.
     */
    String countsByOfficeSql() {
        return "select p.office_id, coalesce(p." + column + ", '" + NOT_RECORDED + "') as category, count(*) as n "
                + "from inclusion_process p "
                + "where p." + dateColumn + " between :from and :to and " + condition + " "
                + "group by p.office_id, category";
    }
}
