package no.treklover.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The page sweep's check for numbers and dates not written as Norwegians do: it catches them, and only them. */
class NorwegianTextCheckTest {

    @Test
    void isoDatesAndToStringDecimalsAreCaught() {
        assertThat(PageChecker.notNorwegian("Startdato 2026-12-11 og sum 520000.00 kr")).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("'2026-12-11'").contains("date"))
                .anySatisfy(p -> assertThat(p).contains("'520000.00'").contains("number"));
        assertThat(PageChecker.notNorwegian("Sats 14.10 %")).hasSize(1);
    }

    @Test
    void norwegianNumbersAndDatesPass() {
        assertThat(PageChecker.notNorwegian("11.12.2026–31.12.2026 · 520 000 kr · 14,1 % · 11.12.2026 kl. 09:30 · "
                + "1 oppgave forfalt · versjon 2 · 0315 · 1.2 · tlf. 22 22 22 22")).isEmpty();
    }
}
