package no.treklover.insight;

import java.time.LocalDate;
import java.util.List;

/** The office leader's statistics: the office beside its county, for a period, and the time spent per phase. */
public record OfficeDashboard(String officeId, String officeName, String county, LocalDate from, LocalDate to,
        List<BreakdownTable> tables, PhaseTimes phaseTimes) {
}
