package no.treklover.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import no.treklover.platform.text.NorwegianFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

class BoardTextsTest {

    private final AtomicInteger lookups = new AtomicInteger();

    private MessageSource counted() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "messages-needs");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new MessageSource() {
            @Override
            public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
                lookups.incrementAndGet();
                return source.getMessage(code, args, defaultMessage, locale);
            }

            @Override
            public String getMessage(String code, Object[] args, Locale locale) {
                lookups.incrementAndGet();
                return source.getMessage(code, args, locale);
            }

            @Override
            public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
                lookups.incrementAndGet();
                return source.getMessage(resolvable, locale);
            }
        };
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theCardTextsAreTheBundlesTextsWithTheirPlurals() {
        LocaleContextHolder.setLocale(NorwegianFormat.NORWEGIAN);
        BoardTexts texts = new BoardTexts(counted());
        assertThat(texts.age(0)).isEqualTo("meldt i dag");
        assertThat(texts.age(1)).isEqualTo("meldt for 1 dag siden");
        assertThat(texts.age(12)).isEqualTo("meldt for 12 dager siden");
        assertThat(texts.proposals(0)).isEqualTo("ingen forslag");
        assertThat(texts.proposals(2)).isEqualTo("2 forslag");
        assertThat(texts.hours(20)).isEqualTo("20 t/uke");
        assertThat(texts.level(NeedLevel.LOCAL)).isEqualTo("Lokalt");
        assertThat(texts.level(NeedLevel.WORKLIFE_CENTRE)).isEqualTo("Arbeidslivssenteret");
    }

    @Test
    void aBoardOfManyCardsLooksUpEachTextOnceAndFormatsItItself() {
        LocaleContextHolder.setLocale(NorwegianFormat.NORWEGIAN);
        BoardTexts texts = new BoardTexts(counted());
        for (int card = 0; card < 300; card++) {
            texts.age(card % 10);
            texts.proposals(card % 3);
            texts.level(NeedLevel.values()[card % 2]);
        }
        assertThat(lookups).hasValue(1 + 1 + 2);
        // the same value of another text is its own lookup: an age of 1 is not a proposal count of 1
        assertThat(texts.proposals(1)).isEqualTo("1 forslag");
        assertThat(texts.age(1)).isEqualTo("meldt for 1 dag siden");
        assertThat(texts.age(1500)).isEqualTo("meldt for 1\u00a0500 dager siden");
    }
}
