package no.treklover.audit;

/** One page of the grouped innsyn, and how many times in all the lines on every page stand for. */
public record AccessLogSummary(ResultPage<AccessLogGroup> groups, long totalTimes) {
}
