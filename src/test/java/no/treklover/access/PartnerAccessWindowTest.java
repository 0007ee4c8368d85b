package no.treklover.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.treklover.access.PartnerAccessWindow.AgreementDates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartnerAccessWindowTest {

    /**
     * Agreements are written {@code end/annulledOn/C|P} (C concluded, P pending), several separated by {@code ;}
     * (the CSV uses commas), empty dates missing. Process end "null": the process is open.
     */
    @ParameterizedTest(name = "process ended {0}, agreements {1}: access ends {2}")
    @CsvSource(nullValues = "null", value = {
            // nothing has ended
            "null,       '',                                          null",
            "null,       2026-06-30//C,                               2026-09-22",
            // the process ended, no agreement
            "2026-03-01, '',                                          2026-05-24",
            // agreement ended while the process stays open: 12 weeks after the agreement's end
            "null,       2026-01-31//C,                               2026-04-25",
            // annulled: ends on the annulment day, not on its planned end
            "null,       2026-12-31/2026-02-10/C,                     2026-05-05",
            "null,       /2026-02-10/P,                               2026-05-05",
            // pending (not concluded) keeps the window open, whatever its dates say
            "null,       2026-01-31//P,                               null",
            "null,       2026-01-31//C;2026-03-31//P,                 null",
            // open-ended concluded agreement keeps it open
            "null,       //C,                                         null",
            "null,       2026-01-31//C;//C,                           null",
            // several ended agreements: the latest end counts, an annulled one on its annulment day
            "null,       2026-01-31//C;2026-03-31//C,                 2026-06-23",
            "null,       2026-03-31//C;2026-01-31//C,                 2026-06-23",
            "null,       2026-01-31//C;2026-12-31/2026-04-15/C,       2026-07-08",
            "null,       /2026-01-10/P;/2026-02-10/P,                 2026-05-05",
            // a running agreement (end in the future) puts the cut-off after its end
            "null,       2026-01-31//C;2027-01-31//C,                 2027-04-25",
            // process ended before the agreement: the earlier (the process) counts
            "2026-02-01, 2026-12-31//C,                               2026-04-26",
            "2026-02-01, 2026-12-31//P,                               2026-04-26",
            // agreement ended before the process: the earlier (the agreement) counts
            "2026-06-30, 2026-01-31//C,                               2026-04-25",
            // the process's end is used even with a pending agreement
            "2026-06-30, //P,                                         2026-09-22",
    })
    void accessToTheProcessEndsTwelveWeeksAfterTheEarlierEnd(LocalDate processEnded, String agreements,
            LocalDate expected) {
        assertThat(PartnerAccessWindow.processAccessEndsOn(processEnded, parse(agreements))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "agreement {0}, process window {1}: access ends {2}")
    @CsvSource(nullValues = "null", value = {
            "2026-01-31//C,            null,       2026-04-25",
            "2026-12-31/2026-02-10/C,  null,       2026-05-05",
            "//P,                      null,       null",
            "//P,                      2026-04-01, 2026-04-01",
            "2026-01-31//C,            2026-03-01, 2026-03-01",
            "2026-01-31//C,            2026-12-01, 2026-04-25",
    })
    void oneAgreementEndsTwelveWeeksAfterItsOwnEndAndNeverAfterTheProcess(String agreement, LocalDate processWindow,
            LocalDate expected) {
        assertThat(PartnerAccessWindow.agreementAccessEndsOn(AgreementDates.parseOne(agreement), processWindow))
                .isEqualTo(expected);
    }

    @Test
    void twelveWeeksIsInclusiveOfTheLastDay() {
        CaseScope scope = new CaseScope(1, "0315", 2L, 3L, 4L,
                PartnerAccessWindow.processAccessEndsOn(null, List.of(new AgreementDates(
                        LocalDate.of(2026, 1, 31), null, true))));
        assertThat(scope.partnerAccessOpenOn(LocalDate.of(2026, 4, 25))).isTrue();
        assertThat(scope.partnerAccessOpenOn(LocalDate.of(2026, 4, 26))).isFalse();
    }

    @Test
    void readsTheFormTheProcessQueryProduces() {
        assertThat(PartnerAccessWindow.parse(null)).isEmpty();
        assertThat(PartnerAccessWindow.parse("2026-01-31//C,/2026-02-10/P")).containsExactly(
                new AgreementDates(LocalDate.of(2026, 1, 31), null, true),
                new AgreementDates(null, LocalDate.of(2026, 2, 10), false));
    }

    private static List<AgreementDates> parse(String agreements) {
        return PartnerAccessWindow.parse(agreements.replace(';', ','));
    }
}
