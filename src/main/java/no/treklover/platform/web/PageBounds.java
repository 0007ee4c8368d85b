package no.treklover.platform.web;

import java.util.ArrayList;
import java.util.List;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.RuleViolationException.Violation;
import org.springframework.data.domain.PageRequest;

/**
 * The one paging rule for every list, API and page: a zero-based page number of at most {@link #MAX_PAGE} and a page
 * size of 1 to {@link #MAX_SIZE}. The largest offset, {@code MAX_PAGE * MAX_SIZE}, is well beyond any list at national
 * scale and still fits an {@code int}, which JPA's first-result needs (an offset beyond it was a 500).
 *
 * <p>The API refuses a value outside these bounds with a 400 naming {@code page} or {@code size} ({@link #require});
 * a page of the UI has its own fixed size and shows the nearest page that exists ({@link #clampPage}).
 */
public record PageBounds(int page, int size) {

    public static final int MAX_PAGE = 1_000_000;
    public static final int MAX_SIZE = 200;

    public PageBounds {
        if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page " + page + " size " + size + " outside the paging bounds");
        }
    }

    /** The request's page and size (null: 0 and {@code defaultSize}), or a 400 naming what is out of bounds. */
    public static PageBounds require(Integer page, Integer size, int defaultSize) {
        int number = page == null ? 0 : page;
        int count = size == null ? defaultSize : size;
        List<Violation> violations = violations(number, count);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return new PageBounds(number, count);
    }

    /** What is out of bounds, named {@code page} and {@code size}; empty when both are within them. */
    public static List<Violation> violations(int page, int size) {
        List<Violation> violations = new ArrayList<>();
        if (page < 0 || page > MAX_PAGE) {
            violations.add(new Violation("page", "validation.page", String.valueOf(MAX_PAGE)));
        }
        if (size < 1 || size > MAX_SIZE) {
            violations.add(new Violation("size", "validation.pageSize", String.valueOf(MAX_SIZE)));
        }
        return violations;
    }

    /** For pages of the UI: a page number out of bounds becomes the nearest one within them (null: the first). */
    public static int clampPage(Integer page) {
        return page == null ? 0 : Math.max(0, Math.min(page, MAX_PAGE));
    }

    /** For pages of the UI that let the address choose the size: the nearest size within bounds. */
    public static int clampSize(Integer size, int defaultSize) {
        return size == null ? defaultSize : Math.max(1, Math.min(size, MAX_SIZE));
    }

    public PageRequest pageRequest() {
        return PageRequest.of(page, size);
    }

    public long offset() {
        return (long) page * size;
    }
}
