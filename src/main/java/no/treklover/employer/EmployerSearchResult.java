package no.treklover.employer;

import java.util.List;

/**
 * One page of the register list. Counting a million matches would cost more than finding a page, so the count stops
 * at {@link #COUNT_LIMIT}; {@code totalIsLowerBound} then says there are more.
 */
public record EmployerSearchResult(List<EmployerRow> rows, int page, int size, long total,
        boolean totalIsLowerBound) {

    static final int COUNT_LIMIT = 10_000;

    /** One employer in the list. {@code municipality}: the register's, else what was registered by hand. */
    public record EmployerRow(long id, String orgNumber, String name, String naceCode, String naceText,
            Integer employeeCount, boolean employeesUnderFive, String municipality, boolean iaAgreement,
            Integer mentorsAvailable, boolean deleted, String primaryContact) {
    }

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }
}
