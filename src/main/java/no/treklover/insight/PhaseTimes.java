package no.treklover.insight;

import java.util.List;
import no.treklover.process.Phase;

/**
 * Time spent in each phase: per unit, the median of the days a process spent in the phase, over the processes that
 * left it (forward or back) in the period. A median over fewer than {@link #MIN_PROCESSES} processes is null
 * (hidden), so that no one process's time is shown; a median gives no count away, so nothing else is hidden for it.
 *
 * @param phases the phases, in order (those a process can leave)
 * @param rows one row per unit, in the order of the page's tables
 */
public record PhaseTimes(List<Phase> phases, List<PhaseTimesRow> rows) {

    public static final int MIN_PROCESSES = 5;

    /**
     * One unit's medians.
     *
     * @param name the unit's name (null for the nation)
     * @param summary whether the unit sums others (a county, the nation)
     * @param medians per phase, the median
     */
    public record PhaseTimesRow(String name, boolean summary, List<PhaseMedian> medians) {
    }

    /**
     * One phase's median for a unit.
     *
     * @param days the median in whole days, or null when hidden (fewer than {@link #MIN_PROCESSES} processes)
     */
    public record PhaseMedian(Long days) {

        public boolean hidden() {
            return days == null;
        }
    }
}
