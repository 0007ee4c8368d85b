package no.treklover.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The board card's texts as the bundle words them, with their plurals. */
class NeedCardTextsTest {

    private static final Locale NB = Locale.forLanguageTag("nb");

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    NeedCardTextsTest() {
        messages.setBasenames("messages", "messages-needs");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "needs.card.age       | 0    | meldt i dag",
        "needs.card.age       | 1    | meldt for 1 dag siden",
        "needs.card.age       | 12   | meldt for 12 dager siden",
        "needs.card.age       | 1500 | meldt for 1\u00a0500 dager siden",
        "needs.card.proposals | 0    | ingen forslag",
        "needs.card.proposals | 1    | 1 forslag",
        "needs.card.proposals | 2    | 2 forslag",
        "needs.card.hours     | 20   | 20 t/uke",
    })
    void aCardTextWithItsNumber(String code, int number, String expected) {
        assertThat(messages.getMessage(code, new Object[] {number}, NB)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"LOCAL | Lokalt", "WORKLIFE_CENTRE | Arbeidslivssenteret"})
    void theLevelsShortName(NeedLevel level, String expected) {
        assertThat(messages.getMessage("needs.level.short." + level.name(), null, NB)).isEqualTo(expected);
    }
}
