package no.treklover.insight.suppression;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts per unit and category, with each unit's total, where a unit above (county, nation) is the sum of the units
 * below it: the shape of every statistics table, compared with the unit above. Built bottom up from the leaves.
 */
public final class UnitTable {

    private final List<String> categories;
    private final Map<String, int[]> cells;
    private final CountTable table;

    private UnitTable(List<String> categories, Map<String, int[]> cells, CountTable table) {
        this.categories = categories;
        this.cells = cells;
        this.table = table;
    }

    public CountTable table() {
        return table;
    }

    public List<String> categories() {
        return categories;
    }

    public int cell(String unit, int category) {
        return indices(unit)[category];
    }

    public int total(String unit) {
        return indices(unit)[categories.size()];
    }

    /** The suppressed counts of one unit, per category, then its total; {@code null} where hidden. */
    public List<Long> row(String unit, BitSet suppressed) {
        List<Long> row = new ArrayList<>();
        for (int index : indices(unit)) {
            row.add(suppressed.get(index) ? null : table.value(index));
        }
        return row;
    }

    /** The cells of one unit's row, per category, then its total. */
    public int[] cells(String unit) {
        return indices(unit).clone();
    }

    private int[] indices(String unit) {
        int[] found = cells.get(unit);
        if (found == null) {
            throw new IllegalArgumentException("No unit " + unit);
        }
        return found;
    }

    public static Builder builder(List<String> categories) {
        return new Builder(categories);
    }

    public static final class Builder {

        private final List<String> categories;
        private final Map<String, long[]> leaves = new LinkedHashMap<>();
        private final Map<String, String> parents = new LinkedHashMap<>();

        private Builder(List<String> categories) {
            this.categories = List.copyOf(categories);
        }

        /** A unit with its counts per category; {@code parent} null for the top unit. */
        public Builder leaf(String unit, String parent, long... counts) {
            if (counts.length != categories.size()) {
                throw new IllegalArgumentException(unit + " has " + counts.length + " counts for "
                        + categories.size() + " categories");
            }
            leaves.put(unit, counts.clone());
            parents.put(unit, parent);
            return this;
        }

        /** A unit above others, whose counts are their sums. */
        public Builder unit(String unit, String parent) {
            parents.put(unit, parent);
            return this;
        }

        public UnitTable build() {
            Map<String, long[]> counts = new LinkedHashMap<>();
            for (String unit : parents.keySet()) {
                counts.put(unit, new long[categories.size()]);
            }
            for (Map.Entry<String, long[]> leaf : leaves.entrySet()) {
                for (String unit = leaf.getKey(); unit != null; unit = parents.get(unit)) {
                    long[] sum = counts.get(unit);
                    if (sum == null) {
                        throw new IllegalArgumentException("Unknown unit " + unit);
                    }
                    for (int c = 0; c < sum.length; c++) {
                        sum[c] += leaf.getValue()[c];
                    }
                }
            }
            CountTable.Builder builder = CountTable.builder();
            Map<String, int[]> cells = new LinkedHashMap<>();
            for (Map.Entry<String, long[]> unit : counts.entrySet()) {
                int[] indices = new int[categories.size() + 1];
                long total = 0;
                for (int c = 0; c < categories.size(); c++) {
                    indices[c] = builder.cell(unit.getKey() + " / " + categories.get(c), unit.getValue()[c]);
                    total += unit.getValue()[c];
                }
                indices[categories.size()] = builder.cell(unit.getKey() + " / i alt", total);
                cells.put(unit.getKey(), indices);
                builder.sum(indices[categories.size()], java.util.Arrays.copyOf(indices, categories.size()));
            }
            for (String above : counts.keySet()) {
                List<String> below = parents.entrySet().stream().filter(e -> above.equals(e.getValue()))
                        .map(Map.Entry::getKey).toList();
                if (below.isEmpty() || leaves.containsKey(above)) {
                    continue;
                }
                for (int c = 0; c <= categories.size(); c++) {
                    int column = c;
                    builder.sum(cells.get(above)[c], below.stream().mapToInt(u -> cells.get(u)[column]).toArray());
                }
            }
            return new UnitTable(categories, cells, builder.build());
        }
    }
}
