package no.treklover.insight.suppression;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * What someone who sees the published cells can work out about a suppressed one: the least and the greatest value
 * it can have, given every published sum and that counts are never negative. Two linear programs per cell.
 */
public final class SuppressionAudit {

    /** The values a suppressed cell can take; {@code max} is {@link Double#POSITIVE_INFINITY} when unbounded. */
    public record Interval(double min, double max) {

        public double width() {
            return max - min;
        }
    }

    private static final double TOLERANCE = 1e-7;

    private SuppressionAudit() {
    }

    /** The interval of {@code cell}, which must be suppressed. */
    public static Interval interval(CountTable table, BitSet suppressed, int cell) {
        if (!suppressed.get(cell)) {
            throw new IllegalArgumentException(table.name(cell) + " is published");
        }
        List<Integer> unknowns = new ArrayList<>();
        Map<Integer, Integer> column = new HashMap<>();
        List<CountTable.Sum> sums = connectedSums(table, suppressed, cell, unknowns, column);
        if (sums.isEmpty()) {
            return new Interval(0, Double.POSITIVE_INFINITY);
        }
        List<LinearConstraint> constraints = new ArrayList<>();
        for (CountTable.Sum sum : sums) {
            double[] coefficients = new double[unknowns.size()];
            double known = 0;
            for (int part : sum.parts()) {
                if (suppressed.get(part)) {
                    coefficients[column.get(part)] += 1;
                } else {
                    known -= table.value(part);
                }
            }
            if (suppressed.get(sum.total())) {
                coefficients[column.get(sum.total())] -= 1;
            } else {
                known += table.value(sum.total());
            }
            constraints.add(new LinearConstraint(coefficients, Relationship.EQ, known));
        }
        double[] objective = new double[unknowns.size()];
        objective[column.get(cell)] = 1;
        double min = optimum(objective, constraints, GoalType.MINIMIZE);
        double max = optimum(objective, constraints, GoalType.MAXIMIZE);
        return new Interval(round(min), Double.isInfinite(max) ? max : round(max));
    }

    /** Whether the cell can be worked out to one value. */
    public static boolean isDisclosed(CountTable table, BitSet suppressed, int cell) {
        return interval(table, suppressed, cell).width() < 1 - TOLERANCE;
    }

    /**
     * The sums that link {@code cell} to other suppressed cells, directly or through others: only they constrain
     * it, so the programs stay as small as the connected part of the table.
     */
    private static List<CountTable.Sum> connectedSums(CountTable table, BitSet suppressed, int cell,
            List<Integer> unknowns, Map<Integer, Integer> column) {
        List<CountTable.Sum> found = new ArrayList<>();
        BitSet used = new BitSet();
        List<Integer> queue = new ArrayList<>(List.of(cell));
        column.put(cell, 0);
        unknowns.add(cell);
        for (int next = 0; next < queue.size(); next++) {
            int current = queue.get(next);
            List<CountTable.Sum> all = table.sums();
            for (int i = 0; i < all.size(); i++) {
                CountTable.Sum sum = all.get(i);
                if (used.get(i) || !sum.involves(current)) {
                    continue;
                }
                used.set(i);
                found.add(sum);
                for (int other : sum.cells()) {
                    if (suppressed.get(other) && !column.containsKey(other)) {
                        column.put(other, unknowns.size());
                        unknowns.add(other);
                        queue.add(other);
                    }
                }
            }
        }
        return found;
    }

    private static double optimum(double[] objective, List<LinearConstraint> constraints, GoalType goal) {
        try {
            PointValuePair solution = new SimplexSolver().optimize(new MaxIter(100_000),
                    new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(constraints), goal,
                    new NonNegativeConstraint(true));
            return solution.getValue();
        } catch (UnboundedSolutionException e) {
            return goal == GoalType.MAXIMIZE ? Double.POSITIVE_INFINITY : 0;
        }
    }

    private static double round(double value) {
        double nearest = Math.rint(value);
        return Math.abs(value - nearest) < TOLERANCE ? nearest : value;
    }
}
