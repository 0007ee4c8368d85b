package no.treklover.insight.suppression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts as they are published: cells with their values, and the sums among them (a row total is the sum of its
 * row; a county's cell the sum of its offices' cells). Anyone who sees the published cells knows every sum, so
 * suppression must hold against all of them at once.
 */
public final class CountTable {

    private final List<String> names;
    private final long[] values;
    private final List<Sum> sums;

    private CountTable(List<String> names, long[] values, List<Sum> sums) {
        this.names = List.copyOf(names);
        this.values = values.clone();
        this.sums = List.copyOf(sums);
    }

    /** The cell {@code total} is the sum of the cells {@code parts}. */
    public record Sum(int total, int[] parts) {

        public Sum {
            parts = parts.clone();
        }

        boolean involves(int cell) {
            return total == cell || Arrays.stream(parts).anyMatch(p -> p == cell);
        }

        int[] cells() {
            int[] all = Arrays.copyOf(parts, parts.length + 1);
            all[parts.length] = total;
            return all;
        }
    }

    public int size() {
        return values.length;
    }

    public long value(int cell) {
        return values[cell];
    }

    public String name(int cell) {
        return names.get(cell);
    }

    public List<Sum> sums() {
        return sums;
    }

    /** Whether the cell is the total of some published sum (a margin), which suppression avoids where it can. */
    boolean isTotal(int cell) {
        return sums.stream().anyMatch(s -> s.total() == cell);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {

        private final List<String> names = new ArrayList<>();
        private final List<Long> values = new ArrayList<>();
        private final List<Sum> sums = new ArrayList<>();

        /** Adds a cell and answers its index. */
        public int cell(String name, long value) {
            if (value < 0) {
                throw new IllegalArgumentException("A count cannot be negative: " + name + " = " + value);
            }
            names.add(name);
            values.add(value);
            return values.size() - 1;
        }

        public Builder sum(int total, int... parts) {
            if (parts.length == 0) {
                throw new IllegalArgumentException("A sum needs parts");
            }
            sums.add(new Sum(total, parts));
            return this;
        }

        public CountTable build() {
            long[] array = values.stream().mapToLong(Long::longValue).toArray();
            for (Sum sum : sums) {
                long parts = Arrays.stream(sum.parts()).mapToLong(p -> array[p]).sum();
                if (parts != array[sum.total()]) {
                    throw new IllegalArgumentException("The parts of " + names.get(sum.total()) + " add up to "
                            + parts + ", not " + array[sum.total()]);
                }
            }
            return new CountTable(names, array, sums);
        }
    }
}
