package no.treklover.insight.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hierarchy suppressed in two steps (counties beside the nation, then each county's offices under the row the
 * first step published) must hold against everything all views publish together: the union of the rows is laid on
 * the one table of nation, counties and offices with all its sums, and no hidden cell may be worked out from it.
 */
class TieredSuppressionTest {

    private static final List<String> CATEGORIES = List.of("a", "b", "c", "d");

    static Stream<Arguments> hierarchies() {
        return Stream.of(
                Arguments.of("a county of one office", 11L, new int[] {1, 6, 3}),
                Arguments.of("many small counts", 7L, new int[] {8, 5, 8, 2}),
                Arguments.of("mostly large counts", 3L, new int[] {4, 4, 6}),
                Arguments.of("another seed", 42L, new int[] {6, 1, 7, 3, 5}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hierarchies")
    void noCountHiddenInAnyViewCanBeWorkedOutFromAllViewsTogether(String name, long seed, int[] officesPerCounty) {
        Random random = new Random(seed);
        Map<String, String> countyOf = new LinkedHashMap<>();
        Map<String, long[]> counts = new LinkedHashMap<>();
        UnitTable.Builder whole = UnitTable.builder(CATEGORIES).unit(TieredSuppression.NATION, null);
        for (int county = 0; county < officesPerCounty.length; county++) {
            String countyName = "Fylke " + county;
            whole.unit(countyName, TieredSuppression.NATION);
            for (int office = 0; office < officesPerCounty[county]; office++) {
                String officeName = "Kontor " + county + "." + office;
                long[] row = random.longs(CATEGORIES.size(), 0, random.nextBoolean() ? 6 : 30).toArray();
                countyOf.put(officeName, countyName);
                counts.put(officeName, row);
                whole.leaf(officeName, countyName, row);
            }
        }
        UnitTable table = whole.build();

        TieredSuppression tiers = TieredSuppression.of(CATEGORIES, countyOf, counts);
        BitSet published = new BitSet();
        BitSet hidden = new BitSet();
        Stream.concat(Stream.concat(Stream.of(TieredSuppression.NATION), tiers.counties().stream()),
                countyOf.keySet().stream()).forEach(unit -> {
                    List<Long> row = tiers.row(unit);
                    int[] cells = table.cells(unit);
                    for (int i = 0; i < cells.length; i++) {
                        (row.get(i) == null ? hidden : published).set(cells[i]);
                        if (row.get(i) != null) {
                            assertThat(row.get(i)).isEqualTo(table.table().value(cells[i]));
                        }
                    }
                });

        assertThat(hidden.intersects(published)).as("a row published two ways").isFalse();
        CountTable all = table.table();
        for (int cell = 0; cell < all.size(); cell++) {
            if (SmallCellSuppression.isSmall(all.value(cell))) {
                assertThat(hidden.get(cell)).as(all.name(cell) + " is below 5").isTrue();
            }
        }
        hidden.stream().forEach(cell -> assertThat(SuppressionAudit.isDisclosed(all, hidden, cell))
                .as(all.name(cell) + " can be worked out from all views together").isFalse());
    }
}
