package no.treklover.agreement;

import java.time.LocalDate;

/**
 * The agreement's status, never stored but derived (BRIEF §4). NAV's own status codes (shared with NAV's systems;
 * GJENNOMFØRES and PÅBEGYNT without the Norwegian letters); labels in messages-agreement.properties as
 * {@code agreement.status.<CODE>}.
 */
public enum AgreementStatus {
    ANNULLERT,
    AVSLUTTET,
    GJENNOMFORES,
    KLAR_FOR_OPPSTART,
    MANGLER_GODKJENNING,
    PABEGYNT;

    /**
     * The first that holds: annulled › concluded and ended before today › concluded and started › concluded ›
     * all required fields filled › started (påbegynt). A concluded agreement always has its dates.
     */
    public static AgreementStatus derive(boolean annulled, boolean concluded, LocalDate start, LocalDate end,
            boolean allRequiredFilled, LocalDate today) {
        if (annulled) {
            return ANNULLERT;
        }
        if (concluded) {
            if (end != null && end.isBefore(today)) {
                return AVSLUTTET;
            }
            if (start != null && !start.isAfter(today)) {
                return GJENNOMFORES;
            }
            return KLAR_FOR_OPPSTART;
        }
        return allRequiredFilled ? MANGLER_GODKJENNING : PABEGYNT;
    }

    public String messageKey() {
        return "agreement.status." + name();
    }
}
