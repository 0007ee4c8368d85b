package no.treklover.insight.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Small tables where primary suppression alone lets a hidden count be worked out, from a row's total, a column's
 * total or the unit above. Each is checked after suppression by an oracle independent of the linear programs:
 * every table of non-negative counts that agrees with all published cells is enumerated, and each hidden cell must
 * take at least two values among them.
 */
class SmallCellSuppressionTest {

    private static final List<String> OUTCOMES = List.of("i arbeid", "utdanning", "uten arbeid");

    static Stream<Arguments> tables() {
        return Stream.of(
                Arguments.of("one small cell in a row with its total", UnitTable.builder(OUTCOMES)
                        .leaf("Kontor A", null, 3, 10, 12).build()),
                Arguments.of("a small cell beside an empty one", UnitTable.builder(OUTCOMES)
                        .leaf("Kontor A", null, 2, 0, 10).build()),
                Arguments.of("one office's small cell, the county above it", UnitTable.builder(OUTCOMES)
                        .unit("Fylke", null)
                        .leaf("Kontor A", "Fylke", 2, 8, 7)
                        .leaf("Kontor B", "Fylke", 6, 9, 11).build()),
                Arguments.of("the county total reveals the one small office", UnitTable.builder(List.of("ja", "nei"))
                        .unit("Fylke", null)
                        .leaf("Kontor A", "Fylke", 1, 12)
                        .leaf("Kontor B", "Fylke", 7, 9)
                        .leaf("Kontor C", "Fylke", 8, 6).build()),
                Arguments.of("small cells in one column, each row complemented", UnitTable.builder(List.of("ja", "nei"))
                        .unit("Fylke", null)
                        .leaf("Kontor A", "Fylke", 4, 9)
                        .leaf("Kontor B", "Fylke", 3, 8).build()),
                Arguments.of("a small office whose total is small too", UnitTable.builder(OUTCOMES)
                        .unit("Fylke", null)
                        .leaf("Kontor A", "Fylke", 1, 2, 1)
                        .leaf("Kontor B", "Fylke", 7, 6, 9)
                        .leaf("Kontor C", "Fylke", 5, 8, 6).build()),
                Arguments.of("three levels: nation, counties, offices", UnitTable.builder(List.of("ja", "nei"))
                        .unit("Landet", null)
                        .unit("Fylke 1", "Landet")
                        .unit("Fylke 2", "Landet")
                        .leaf("Kontor A", "Fylke 1", 2, 9)
                        .leaf("Kontor B", "Fylke 1", 8, 7)
                        .leaf("Kontor C", "Fylke 2", 6, 5).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void primarySuppressionAloneGivesACountAway(String name, UnitTable units) {
        CountTable table = units.table();
        BitSet primary = new BitSet();
        for (int cell = 0; cell < table.size(); cell++) {
            if (SmallCellSuppression.isSmall(table.value(cell))) {
                primary.set(cell);
            }
        }
        assertThat(primary.stream().anyMatch(cell -> Oracle.values(table, primary, cell) == 1))
                .as("the case is one where hiding the small counts is not enough").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void noHiddenCountCanBeWorkedOut(String name, UnitTable units) {
        CountTable table = units.table();
        BitSet suppressed = SmallCellSuppression.suppress(table);

        for (int cell = 0; cell < table.size(); cell++) {
            if (SmallCellSuppression.isSmall(table.value(cell))) {
                assertThat(suppressed.get(cell)).as(table.name(cell) + " is below 5").isTrue();
            }
            if (suppressed.get(cell)) {
                assertThat(Oracle.values(table, suppressed, cell)).as(table.name(cell) + " can be worked out")
                        .isGreaterThan(1);
                assertThat(SuppressionAudit.isDisclosed(table, suppressed, cell)).isFalse();
            }
        }
    }

    @Test
    void emptyCellsCountNoPersonAndAreShownWhenNoSmallCountNeedsThem() {
        UnitTable units = UnitTable.builder(OUTCOMES)
                .unit("Fylke", null)
                .leaf("Kontor A", "Fylke", 0, 8, 7)
                .leaf("Kontor B", "Fylke", 0, 9, 0).build();

        assertThat(SmallCellSuppression.suppress(units.table()).isEmpty()).isTrue();
    }

    @Test
    void aRowIsComplementedByItsSmallestOtherCountNotByItsTotal() {
        UnitTable units = UnitTable.builder(OUTCOMES).leaf("Kontor A", null, 3, 10, 12).build();
        BitSet suppressed = SmallCellSuppression.suppress(units.table());

        assertThat(units.row("Kontor A", suppressed)).containsExactly(null, null, 12L, 25L);
    }

    @Test
    void anOfficesSmallCellHidesTheSameCellOfAnotherOfficeSoTheCountyDoesNotGiveItAway() {
        UnitTable units = UnitTable.builder(OUTCOMES)
                .unit("Fylke", null)
                .leaf("Kontor A", "Fylke", 2, 8, 7)
                .leaf("Kontor B", "Fylke", 6, 9, 11).build();
        BitSet suppressed = SmallCellSuppression.suppress(units.table());

        assertThat(units.row("Fylke", suppressed)).containsExactly(8L, 17L, 18L, 43L);
        assertThat(units.row("Kontor A", suppressed)).containsExactly(null, null, 7L, 17L);
        assertThat(units.row("Kontor B", suppressed)).containsExactly(null, null, 11L, 26L);
        assertThat(SuppressionAudit.interval(units.table(), suppressed, units.cell("Kontor A", 0)))
                .isEqualTo(new SuppressionAudit.Interval(0, 8));
    }

    @Test
    void theAuditFindsACountGivenAwayByTheUnitAbove() {
        UnitTable units = UnitTable.builder(List.of("ja", "nei"))
                .unit("Fylke", null)
                .leaf("Kontor A", "Fylke", 1, 12)
                .leaf("Kontor B", "Fylke", 7, 9).build();
        CountTable table = units.table();
        BitSet onlyRow = new BitSet();
        onlyRow.set(units.cell("Kontor A", 0));
        onlyRow.set(units.cell("Kontor A", 1));

        assertThat(SuppressionAudit.interval(table, onlyRow, units.cell("Kontor A", 0)))
                .isEqualTo(new SuppressionAudit.Interval(1, 1));
    }

    @Test
    void aCountyOfOfficesWithManySmallCountsIsProtectedWithFewExtraCellsHidden() {
        java.util.Random random = new java.util.Random(7);
        UnitTable.Builder builder = UnitTable.builder(List.of("a", "b", "c", "d", "e")).unit("Landet", null);
        for (int county = 0; county < 3; county++) {
            builder.unit("Fylke " + county, "Landet");
            for (int office = 0; office < 8; office++) {
                long[] counts = random.longs(5, 0, random.nextBoolean() ? 6 : 40).toArray();
                builder.leaf("Kontor " + county + "." + office, "Fylke " + county, counts);
            }
        }
        CountTable table = builder.build().table();
        BitSet suppressed = SmallCellSuppression.suppress(table);

        long primary = IntStream.range(0, table.size()).filter(c -> SmallCellSuppression.isSmall(table.value(c)))
                .count();
        assertThat(primary).isGreaterThan(20);
        IntStream.range(0, table.size()).filter(c -> SmallCellSuppression.isSmall(table.value(c)))
                .forEach(c -> assertThat(suppressed.get(c)).as(table.name(c)).isTrue());
        suppressed.stream().forEach(c -> assertThat(SuppressionAudit.isDisclosed(table, suppressed, c))
                .as(table.name(c)).isFalse());
        assertThat((long) suppressed.cardinality()).as("complementary cells hidden").isLessThanOrEqualTo(primary * 3 / 2);
    }

    /** Enumerates the hidden cells' values (bounded by the largest count) that agree with every published sum. */
    static final class Oracle {

        static int values(CountTable table, BitSet suppressed, int cell) {
            int[] hidden = suppressed.stream().toArray();
            long bound = 0;
            for (int c = 0; c < table.size(); c++) {
                bound = Math.max(bound, table.value(c));
            }
            List<Long> seen = new ArrayList<>();
            long[] values = new long[table.size()];
            for (int c = 0; c < table.size(); c++) {
                values[c] = suppressed.get(c) ? -1 : table.value(c);
            }
            enumerate(table, hidden, 0, values, bound, cell, seen);
            return seen.size();
        }

        private static void enumerate(CountTable table, int[] hidden, int at, long[] values, long bound, int cell,
                List<Long> seen) {
            if (!consistent(table, values)) {
                return;
            }
            if (at == hidden.length) {
                if (!seen.contains(values[cell])) {
                    seen.add(values[cell]);
                }
                return;
            }
            for (long v = 0; v <= bound && seen.size() < 2; v++) {
                values[hidden[at]] = v;
                enumerate(table, hidden, at + 1, values, bound, cell, seen);
            }
            values[hidden[at]] = -1;
        }

        /** Every sum whose cells are all known holds; a sum with unknowns is not yet exceeded. */
        private static boolean consistent(CountTable table, long[] values) {
            for (CountTable.Sum sum : table.sums()) {
                long parts = 0;
                boolean open = values[sum.total()] < 0;
                for (int p : sum.parts()) {
                    if (values[p] < 0) {
                        open = true;
                    } else {
                        parts += values[p];
                    }
                }
                if (!open && parts != values[sum.total()]) {
                    return false;
                }
                if (open && values[sum.total()] >= 0 && parts > values[sum.total()]) {
                    return false;
                }
            }
            return true;
        }
    }
}
