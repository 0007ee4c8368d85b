package no.treklover.opportunity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the work demands that some candidates cannot do: a small fixed set, so that matching can compare it with what
 * a need rules out. Stored comma-separated in {@code opportunity.work_constraints}.
 */
public enum WorkConstraint {
    NIGHT_WORK, SHIFT_WORK, HEAVY_LIFTING, LONG_STANDING, DRIVING, MUCH_CUSTOMER_CONTACT;

    static String join(Set<WorkConstraint> constraints) {
        return constraints == null ? "" : constraints.stream().sorted().map(Enum::name)
                .collect(Collectors.joining(","));
    }

    static Set<WorkConstraint> parse(String stored) {
        Set<WorkConstraint> set = EnumSet.noneOf(WorkConstraint.class);
        if (stored != null && !stored.isBlank()) {
            Arrays.stream(stored.split(",")).map(String::strip).map(WorkConstraint::valueOf).forEach(set::add);
        }
        return set;
    }
}
