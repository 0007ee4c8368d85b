package no.treklover.insight;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A table's shares as a horizontal bar chart drawn on the server (SVG): one group per category, one bar per unit
 * (the office and its county, a county and the nation, or the nation alone). Bars of the second unit are hatched as well as coloured,
 * every bar carries its value as text, and a hidden share draws no bar but says so: colour is never the only cue.
 * The table beside it holds the same figures.
 */
public record ShareChart(int width, int height, List<String> units, List<Bar> bars, List<Tick> ticks,
        List<Group> groups) {

    static final int LABEL_WIDTH = 190;
    static final int PLOT_WIDTH = 260;
    static final int BAR = 16;
    static final int GAP = 4;
    static final int GROUP_GAP = 14;
    static final int TOP = 34;

    /** Where the bars start, right of the labels. */
    public int plotX() {
        return LABEL_WIDTH;
    }

    /** A category's label and the y of its first bar. */
    public record Group(String labelKey, int y) {
    }

    /**
     * One bar: its unit's index (the style), where it is drawn, how long, and the share (null when hidden).
     */
    public record Bar(int series, int y, int length, BigDecimal percent, int textX) {

        public boolean hidden() {
            return percent == null;
        }
    }

    public record Tick(int x, int value) {
    }

    /**
     * @param labelKeys the categories' message keys
     * @param units the units' names, one per series
     * @param shares per unit, per category, the share in percent (null when hidden)
     */
    static ShareChart of(List<String> labelKeys, List<String> units, List<List<BigDecimal>> shares) {
        List<Bar> bars = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        int groupHeight = units.size() * (BAR + GAP) + GROUP_GAP;
        for (int c = 0; c < labelKeys.size(); c++) {
            int y = TOP + c * groupHeight;
            groups.add(new Group(labelKeys.get(c), y));
            for (int s = 0; s < units.size(); s++) {
                BigDecimal percent = shares.get(s).get(c);
                int length = percent == null ? 0 : (int) Math.round(percent.doubleValue() * PLOT_WIDTH / 100.0);
                bars.add(new Bar(s, y + s * (BAR + GAP), length, percent, LABEL_WIDTH + length + 6));
            }
        }
        List<Tick> ticks = new ArrayList<>();
        for (int value = 0; value <= 100; value += 25) {
            ticks.add(new Tick(LABEL_WIDTH + value * PLOT_WIDTH / 100, value));
        }
        int height = TOP + labelKeys.size() * groupHeight;
        return new ShareChart(LABEL_WIDTH + PLOT_WIDTH + 70, height, List.copyOf(units), bars, ticks, groups);
    }

    /** The office beside its county: the office's shares and the county's. */
    static ShareChart of(BreakdownTable t, String office, String county) {
        List<String> keys = t.categories().stream().map(c -> t.breakdown().label(c)).toList();
        return of(keys, List.of(office, county), List.of(percents(t.office()), percents(t.county())));
    }

    static List<BigDecimal> percents(List<Figure> figures) {
        return figures.stream().map(Figure::percent).toList();
    }
}
