package no.treklover.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgreementStatusTest {

    @ParameterizedTest(name = "annulled {0}, concluded {1}, {2}–{3}, filled {4}, today {5}: {6}")
    @CsvSource(nullValues = "null", value = {
            // annulled wins over everything
            "true,  true,  2026-01-01, 2026-02-01, true,  2026-03-10, ANNULLERT",
            "true,  false, null,       null,       false, 2026-03-10, ANNULLERT",
            "true,  true,  2026-04-01, 2026-06-01, true,  2026-03-10, ANNULLERT",
            // concluded and ended before today
            "false, true,  2026-01-01, 2026-03-09, true,  2026-03-10, AVSLUTTET",
            "false, true,  2026-01-01, 2026-02-28, false, 2026-03-10, AVSLUTTET",
            // concluded, started (end today or later)
            "false, true,  2026-01-01, 2026-03-10, true,  2026-03-10, GJENNOMFORES",
            "false, true,  2026-03-10, 2026-06-30, true,  2026-03-10, GJENNOMFORES",
            "false, true,  2026-03-10, 2026-03-10, true,  2026-03-10, GJENNOMFORES",
            "false, true,  2026-03-09, 2026-09-08, true,  2026-03-10, GJENNOMFORES",
            // concluded, not started
            "false, true,  2026-03-11, 2026-06-30, true,  2026-03-10, KLAR_FOR_OPPSTART",
            "false, true,  2027-01-01, 2027-06-30, true,  2026-12-31, KLAR_FOR_OPPSTART",
            // not concluded: filled in or not, whatever the dates
            "false, false, 2026-01-01, 2026-02-01, true,  2026-03-10, MANGLER_GODKJENNING",
            "false, false, 2026-03-10, 2026-06-30, true,  2026-03-10, MANGLER_GODKJENNING",
            "false, false, 2026-03-10, 2026-06-30, false, 2026-03-10, PABEGYNT",
            "false, false, null,       null,       false, 2026-03-10, PABEGYNT",
            "false, false, 2026-01-01, 2026-02-01, false, 2026-03-10, PABEGYNT",
    })
    void derives(boolean annulled, boolean concluded, LocalDate start, LocalDate end, boolean filled,
            LocalDate today, AgreementStatus expected) {
        assertThat(AgreementStatus.derive(annulled, concluded, start, end, filled, today)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "ANNULLERT, agreement.status.ANNULLERT",
            "GJENNOMFORES, agreement.status.GJENNOMFORES",
            "PABEGYNT, agreement.status.PABEGYNT",
    })
    void hasMessageKey(AgreementStatus status, String key) {
        assertThat(status.messageKey()).isEqualTo(key);
    }
}
