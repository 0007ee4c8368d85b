package no.treklover.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * When a partner's (mentor's or employer's) access to a process ends (BRIEF §2): 12 weeks after the earlier of
 * the process's end and the end of its agreements. The agreements count only when there is at least one and none
 * is still running or pending; then they end on the latest of their ends, an annulled agreement on its annulment
 * day. One agreement on its own ends 12 weeks after its own end, and never later than its process. Pure: the dates
 * are the input, so every place that builds a {@link CaseScope} for partners decides the same way.
 */
public final class PartnerAccessWindow {

    /**
     * One agreement's dates. {@code annulledOn}: the day it was annulled (Europe/Oslo), else null; {@code concluded}:
     * whether it was concluded (inngått). Not annulled and not concluded is pending; concluded without an end date
     * is open-ended.
     */
    public record AgreementDates(LocalDate endDate, LocalDate annulledOn, boolean concluded) {

        /** The day it ended or ends; null while it has no end (pending or open-ended). */
        public LocalDate endsOn() {
            if (annulledOn != null) {
                return annulledOn;
            }
            return concluded ? endDate : null;
        }

        /** Serialised form used by {@link #parse}: {@code end/annulled/C|P}, empty for a missing date. */
        static AgreementDates parseOne(String text) {
            String[] parts = text.split("/", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("agreement dates: " + text);
            }
            return new AgreementDates(date(parts[0]), date(parts[1]), "C".equals(parts[2]));
        }

        private static LocalDate date(String text) {
            return text.isBlank() ? null : LocalDate.parse(text.trim());
        }
    }

    private PartnerAccessWindow() {
    }

    /** The day the agreements together end, or null when there is none, or one is still pending or open-ended. */
    public static LocalDate agreementsEndOn(Collection<AgreementDates> agreements) {
        if (agreements.isEmpty()) {
            return null;
        }
        LocalDate latest = null;
        for (AgreementDates agreement : agreements) {
            LocalDate end = agreement.endsOn();
            if (end == null) {
                return null;
            }
            latest = latest == null || end.isAfter(latest) ? end : latest;
        }
        return latest;
    }

    /**
     * The last day partners may see the process; null while nothing has ended. {@code processEndedOn}: the day the
     * process ended, null while it is open.
     */
    public static LocalDate processAccessEndsOn(LocalDate processEndedOn, Collection<AgreementDates> agreements) {
        LocalDate ended = earlier(processEndedOn, agreementsEndOn(agreements));
        return ended == null ? null : ended.plusWeeks(CaseScope.PARTNER_ACCESS_WEEKS_AFTER_END);
    }

    /**
     * The last day partners may see one agreement: 12 weeks after its own end (or annulment), and never after
     * {@code processAccessEndsOn} (from {@link #processAccessEndsOn}); null while neither has ended.
     */
    public static LocalDate agreementAccessEndsOn(AgreementDates agreement, LocalDate processAccessEndsOn) {
        LocalDate own = agreement.annulledOn() != null ? agreement.annulledOn() : agreement.endDate();
        return earlier(own == null ? null : own.plusWeeks(CaseScope.PARTNER_ACCESS_WEEKS_AFTER_END),
                processAccessEndsOn);
    }

    /**
     * Reads the agreements' dates as the process entity loads them in its own query: entries separated by
     * {@code ,}, each {@code end/annulled/C|P} with ISO dates (empty when missing); null or blank means none.
     */
    public static List<AgreementDates> parse(String text) {
        List<AgreementDates> result = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return result;
        }
        for (String one : text.split(",")) {
            result.add(AgreementDates.parseOne(one));
        }
        return result;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
