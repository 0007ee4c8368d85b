package no.treklover.audit;

import java.util.List;
import java.util.function.Function;

/**
 * One page of audit entries. Counting millions of matches would cost more than the search, so the count stops
 * at {@link #COUNT_LIMIT}; {@code totalIsLowerBound} then says there are at least that many.
 */
public record ResultPage<T>(List<T> items, int page, int size, long totalItems, boolean totalIsLowerBound,
        int totalPages) {

    static final int COUNT_LIMIT = 10_000;

    static <T> ResultPage<T> of(List<T> items, int page, int size, long countedUpToLimitPlusOne) {
        boolean lowerBound = countedUpToLimitPlusOne > COUNT_LIMIT;
        long total = Math.min(countedUpToLimitPlusOne, COUNT_LIMIT);
        return new ResultPage<>(items, page, size, total, lowerBound, (int) ((total + size - 1) / size));
    }

    static <T> ResultPage<T> empty(int size) {
        return new ResultPage<>(List.of(), 0, size, 0, false, 0);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }

    <R> ResultPage<R> map(Function<T, R> mapper) {
        return new ResultPage<>(items.stream().map(mapper).toList(), page, size, totalItems, totalIsLowerBound,
                totalPages);
    }
}
