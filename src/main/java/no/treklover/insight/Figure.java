package no.treklover.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One published figure: a count and its share of the row's total, both null when the count is hidden (fewer than
 * five persons, or hidden so that another cannot be worked out); the share is null too when the total is hidden.
 */
public record Figure(Long count, BigDecimal percent) {

    static final Figure HIDDEN = new Figure(null, null);

    static Figure of(Long count, Long total) {
        if (count == null) {
            return HIDDEN;
        }
        if (total == null || total == 0) {
            return new Figure(count, null);
        }
        return new Figure(count, BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(total), 1,
                RoundingMode.HALF_UP));
    }

    public boolean hidden() {
        return count == null;
    }
}
