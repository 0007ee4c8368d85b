package no.treklover.process;

/**
 * What a counsellor asks of their caseload. Defaults: own open processes, the most urgent first.
 */
public record CaseloadFilter(Scope scope, Status status, Phase phase, String search, Boolean overdueOnly, Sort sort,
        Integer page, Integer size) {

    public enum Scope { MINE, OFFICE }

    /** POST_CHECK_DUE: ended processes due for Etterkontroll within {@link #POST_CHECK_NOTICE_DAYS} days or overdue. */
    public enum Status { OPEN, CLOSED, ALL, POST_CHECK_DUE }

    public static final int POST_CHECK_NOTICE_DAYS = 30;

    /** PRIORITY: overdue next actions first, then by due date, then longest in phase. */
    public enum Sort { PRIORITY, NAME, PHASE, DAYS_IN_PHASE }

    public static final int DEFAULT_SIZE = 50;

    public CaseloadFilter {
        scope = scope == null ? Scope.MINE : scope;
        status = status == null ? Status.OPEN : status;
        search = search == null ? "" : search.strip();
        if (search.length() > 100) {
            search = search.substring(0, 100);
        }
        sort = sort == null ? Sort.PRIORITY : sort;
        overdueOnly = Boolean.TRUE.equals(overdueOnly);
        // Not clamped here: the API refuses what is outside PageBounds, the caseload page clamps to it.
        page = page == null ? 0 : page;
        size = size == null ? DEFAULT_SIZE : size;
    }

    public CaseloadFilter withSize(int newSize) {
        return new CaseloadFilter(scope, status, phase, search, overdueOnly, sort, page, newSize);
    }

    public CaseloadFilter withSearch(String newSearch) {
        return new CaseloadFilter(scope, status, phase, newSearch, overdueOnly, sort, page, size);
    }

    public CaseloadFilter withPage(int newPage) {
        return new CaseloadFilter(scope, status, phase, search, overdueOnly, sort, newPage, size);
    }

    public static CaseloadFilter defaults() {
        return new CaseloadFilter(null, null, null, null, null, null, null, null);
    }
}
