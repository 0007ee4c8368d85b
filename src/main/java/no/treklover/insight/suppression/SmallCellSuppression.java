package no.treklover.insight.suppression;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Which cells of a table of counts to hide. Every count of one to four persons is hidden (primary suppression below
 * {@link #THRESHOLD}; an empty cell counts no person and stays, or every table with an unused category would hide
 * almost everything). Then, as long as a hidden cell could
 * be worked out from the published sums (its {@link SuppressionAudit} interval is a single value), more cells are
 * hidden next to it (complementary suppression): the cheapest of the moves that protect it, where a move is one
 * cell in a sum with it, or the three other corners of a rectangle through it (two sums through the cell and a
 * cell that closes the two), and a move costs the counts it hides. Hiding more never narrows another hidden cell's interval, so a cell once found safe
 * stays safe.
 */
public final class SmallCellSuppression {

    public static final int THRESHOLD = 5;
    private static final int TOTAL_WEIGHT = 3;

    private SmallCellSuppression() {
    }

    /** Whether a count is one of the small ones every table hides. */
    public static boolean isSmall(long count) {
        return count > 0 && count < THRESHOLD;
    }

    public static BitSet suppress(CountTable table) {
        return suppress(table, new BitSet(), new BitSet());
    }

    /**
     * Suppression of a table below one already published (the offices of a county whose row the county table
     * decided): the cells {@code given} are hidden from the start and protected like small ones, and no move may
     * hide a cell of {@code frozen}, whose state the table above has fixed — so both tables show the shared row
     * alike.
     */
    public static BitSet suppress(CountTable table, BitSet given, BitSet frozen) {
        BitSet suppressed = (BitSet) given.clone();
        Deque<Integer> toCheck = new ArrayDeque<>();
        given.stream().forEach(toCheck::add);
        for (int cell = 0; cell < table.size(); cell++) {
            if (isSmall(table.value(cell)) && !suppressed.get(cell)) {
                suppressed.set(cell);
                toCheck.add(cell);
            }
        }
        while (!toCheck.isEmpty()) {
            int cell = toCheck.peek();
            if (!SuppressionAudit.isDisclosed(table, suppressed, cell)) {
                toCheck.poll();
                continue;
            }
            List<Integer> move = protectingMove(table, suppressed, frozen, cell);
            move.forEach(suppressed::set);
            toCheck.addAll(move);
        }
        return suppressed;
    }

    /** The cheapest move after which {@code cell} cannot be worked out; else the cheapest that hides anything. */
    private static List<Integer> protectingMove(CountTable table, BitSet suppressed, BitSet frozen, int cell) {
        List<List<Integer>> moves = moves(table, suppressed, cell).stream()
                .filter(move -> move.stream().noneMatch(frozen::get)).toList();
        for (List<Integer> move : moves) {
            BitSet trial = (BitSet) suppressed.clone();
            move.forEach(trial::set);
            if (!SuppressionAudit.isDisclosed(table, trial, cell)) {
                return move;
            }
        }
        if (moves.isEmpty()) {
            throw new IllegalStateException("Nothing left to hide next to " + table.name(cell));
        }
        return moves.get(0);
    }

    private static List<List<Integer>> moves(CountTable table, BitSet suppressed, int cell) {
        Set<List<Integer>> moves = new LinkedHashSet<>();
        List<CountTable.Sum> through = sumsWith(table, cell);
        for (CountTable.Sum sum : through) {
            for (int other : sum.cells()) {
                if (other != cell) {
                    moves.add(hidden(suppressed, other));
                }
            }
        }
        for (int i = 0; i < through.size(); i++) {
            for (int j = i + 1; j < through.size(); j++) {
                for (int p : through.get(i).cells()) {
                    for (int q : through.get(j).cells()) {
                        if (p == cell || q == cell) {
                            continue;
                        }
                        for (int corner : closingCorners(table, cell, p, q)) {
                            moves.add(hidden(suppressed, p, q, corner));
                        }
                    }
                }
            }
        }
        List<List<Integer>> useful = new ArrayList<>(moves.stream().filter(m -> !m.isEmpty()).toList());
        useful.sort(Comparator.<List<Integer>>comparingLong(m -> cost(table, m)).thenComparing(Object::toString));
        return useful;
    }

    /** Cells in a sum with {@code p} and in a sum with {@code q}: the fourth corner of a rectangle. */
    private static Set<Integer> closingCorners(CountTable table, int cell, int p, int q) {
        Set<Integer> nearP = new LinkedHashSet<>();
        for (CountTable.Sum sum : sumsWith(table, p)) {
            IntStream.of(sum.cells()).forEach(nearP::add);
        }
        Set<Integer> corners = new LinkedHashSet<>();
        for (CountTable.Sum sum : sumsWith(table, q)) {
            for (int c : sum.cells()) {
                if (c != cell && c != p && c != q && nearP.contains(c)) {
                    corners.add(c);
                }
            }
        }
        return corners;
    }

    private static List<CountTable.Sum> sumsWith(CountTable table, int cell) {
        return table.sums().stream().filter(sum -> sum.involves(cell)).toList();
    }

    private static List<Integer> hidden(BitSet suppressed, int... cells) {
        return IntStream.of(cells).filter(c -> !suppressed.get(c)).distinct().sorted().boxed().toList();
    }

    /**
     * What a move hides: its counts (one more each, so an empty cell is not free), three times over for a total —
     * a unit above or a row's sum is what readers compare against, so it is hidden only when inner cells will not do.
     */
    private static long cost(CountTable table, List<Integer> move) {
        return move.stream().mapToLong(c -> (table.value(c) + 1) * (table.isTotal(c) ? TOTAL_WEIGHT : 1)).sum();
    }
}
