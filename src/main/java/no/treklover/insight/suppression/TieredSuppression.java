package no.treklover.insight.suppression;

import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Suppression of the whole hierarchy nation → counties → offices, so that every view shows a unit's row alike:
 * first the counties beside the nation, then each county's offices with the county's row as the first step left it
 * (hidden where it was hidden, and never hidden more). A county's page and an office's page of that county thus
 * never publish two patterns of the same row that together would give a hidden count away. Each county's offices
 * are suppressed only when a view asks for them. One instance may serve many requests at once (it is cached), so
 * that lazy step is synchronised.
 */
public final class TieredSuppression {

    public static final String NATION = "NATION";

    private final List<String> categories;
    private final Map<String, Map<String, long[]>> officesByCounty;
    private final Map<String, List<Long>> rows = new HashMap<>();

    private TieredSuppression(List<String> categories, Map<String, Map<String, long[]>> officesByCounty) {
        this.categories = List.copyOf(categories);
        this.officesByCounty = officesByCounty;
        UnitTable.Builder top = UnitTable.builder(categories).unit(NATION, null);
        officesByCounty.forEach((county, offices) -> top.leaf(county, NATION, sum(offices.values())));
        UnitTable counties = top.build();
        BitSet hidden = SmallCellSuppression.suppress(counties.table());
        rows.put(NATION, counties.row(NATION, hidden));
        officesByCounty.keySet().forEach(county -> rows.put(county, counties.row(county, hidden)));
    }

    /**
     * @param categories the table's categories
     * @param countyOfOffice every office's county (offices without counts count zero)
     * @param counts the counts per office and category
     */
    public static TieredSuppression of(List<String> categories, Map<String, String> countyOfOffice,
            Map<String, long[]> counts) {
        Map<String, Map<String, long[]>> byCounty = new TreeMap<>();
        countyOfOffice.forEach((office, county) -> byCounty.computeIfAbsent(county, c -> new LinkedHashMap<>())
                .put(office, counts.getOrDefault(office, new long[categories.size()])));
        return new TieredSuppression(categories, byCounty);
    }

    /** The counties, in order. */
    public List<String> counties() {
        return List.copyOf(officesByCounty.keySet());
    }

    /** The offices of a county, in order. */
    public List<String> offices(String county) {
        return List.copyOf(officesByCounty.getOrDefault(county, Map.of()).keySet());
    }

    /** A unit's published counts per category, then its total; {@code null} where hidden. */
    public synchronized List<Long> row(String unit) {
        List<Long> row = rows.get(unit);
        if (row == null) {
            String county = officesByCounty.entrySet().stream().filter(e -> e.getValue().containsKey(unit))
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No unit " + unit));
            suppressOffices(county);
            row = rows.get(unit);
        }
        return row;
    }

    private void suppressOffices(String county) {
        UnitTable.Builder builder = UnitTable.builder(categories).unit(county, null);
        officesByCounty.get(county).forEach((office, counts) -> builder.leaf(office, county, counts));
        UnitTable offices = builder.build();
        BitSet given = new BitSet();
        BitSet frozen = new BitSet();
        List<Long> countyRow = rows.get(county);
        int[] countyCells = offices.cells(county);
        for (int i = 0; i < countyCells.length; i++) {
            frozen.set(countyCells[i]);
            if (countyRow.get(i) == null) {
                given.set(countyCells[i]);
            }
        }
        BitSet hidden = SmallCellSuppression.suppress(offices.table(), given, frozen);
        officesByCounty.get(county).keySet().forEach(office -> rows.put(office, offices.row(office, hidden)));
    }

    private long[] sum(Iterable<long[]> rows) {
        long[] sum = new long[categories.size()];
        for (long[] row : rows) {
            for (int c = 0; c < sum.length; c++) {
                sum[c] += row[c];
            }
        }
        return sum;
    }
}
