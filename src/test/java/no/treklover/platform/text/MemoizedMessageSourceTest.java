package no.treklover.platform.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

class MemoizedMessageSourceTest {

    private static final Locale NB = Locale.forLanguageTag("nb");
    private static final Object[] ARGUMENTS = {3, 3, 3, 3, 3};

    /** The basenames of application.yml, so that every bundle the app has is compared. */
    private static final String[] BASENAMES = basenames();

    private final AtomicInteger bundleLookups = new AtomicInteger();

    private <T extends ResourceBundleMessageSource> T configured(T source) {
        source.setBasenames(BASENAMES);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private final ResourceBundleMessageSource spring = configured(new ResourceBundleMessageSource());
    private final MemoizedMessageSource memoized = configured(new MemoizedMessageSource() {
        @Override
        protected ResourceBundle getResourceBundle(String basename, Locale locale) {
            bundleLookups.incrementAndGet();
            return super.getResourceBundle(basename, locale);
        }
    });

    @Test
    void everyTextOfEveryBundleIsSpringsOwnWithAndWithoutArgumentsAndAgain() throws IOException {
        TreeSet<String> codes = codes();
        assertThat(codes).hasSizeGreaterThan(1_000).contains("needs.card.age", "matching.summary.strongWeak");
        for (int round = 0; round < 2; round++) {
            for (Locale locale : List.of(NB, Locale.ENGLISH)) {
                for (String code : codes) {
                    assertThat(answer(memoized, code, null, locale)).as(code)
                            .isEqualTo(answer(spring, code, null, locale));
                    assertThat(answer(memoized, code, ARGUMENTS, locale)).as(code)
                            .isEqualTo(answer(spring, code, ARGUMENTS, locale));
                }
            }
        }
    }

    @Test
    void aCodeInTheLastBundleIsSearchedForOnceNotOnEveryLookup() {
        String code = "survey.list.title";
        assertThat(spring.getMessage(code, null, NB)).isNotBlank();
        memoized.getMessage(code, null, NB);
        int first = bundleLookups.get();
        assertThat(first).as("the first lookup searches the basenames in order").isGreaterThanOrEqualTo(BASENAMES.length);

        memoized.getMessage(code, null, NB);
        memoized.getMessage(code, null, NB);
        assertThat(bundleLookups.get()).isEqualTo(first);
    }

    @Test
    void anUnknownCodeIsRememberedAsUnknownAndStillAnsweredAsSpringDoes() {
        for (int i = 0; i < 2; i++) {
            assertThat(memoized.getMessage("no.such.code", null, "standard", NB)).isEqualTo("standard");
            assertThatThrownBy(() -> memoized.getMessage("no.such.code", ARGUMENTS, NB))
                    .isInstanceOf(NoSuchMessageException.class);
        }
        int afterTwo = bundleLookups.get();
        memoized.getMessage("no.such.code", null, "standard", NB);
        assertThat(bundleLookups.get()).isEqualTo(afterTwo);
    }

    @Test
    void eachThreadFormatsWithItsOwnFormatSoNoneWaitsForAnother() throws Exception {
        MessageFormat mine = memoized.resolveCode("needs.card.age", NB);
        assertThat(memoized.resolveCode("needs.card.age", NB)).isSameAs(mine);

        MessageFormat other = CompletableFuture.supplyAsync(() -> memoized.resolveCode("needs.card.age", NB)).get();
        assertThat(other).isNotSameAs(mine);
        assertThat(other.toPattern()).isEqualTo(mine.toPattern());
    }

    @Test
    void manyThreadsFormattingTheSameTextEachGetTheirOwnAnswer() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t * 1_000;
                results.add(CompletableFuture.supplyAsync(() -> {
                    List<String> wrong = new ArrayList<>();
                    for (int days = offset + 2; days < offset + 1_000; days++) {
                        String text = memoized.getMessage("needs.card.age", new Object[] {days}, NB);
                        if (!text.equals(spring.getMessage("needs.card.age", new Object[] {days}, NB))) {
                            wrong.add(text);
                        }
                    }
                    return wrong;
                }, pool));
            }
            for (CompletableFuture<List<String>> result : results) {
                assertThat(result.get()).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String answer(ResourceBundleMessageSource source, String code, Object[] arguments, Locale locale) {
        try {
            return source.getMessage(code, arguments, locale);
        } catch (RuntimeException e) {
            return e.getClass().getName();
        }
    }

    private static TreeSet<String> codes() throws IOException {
        TreeSet<String> codes = new TreeSet<>();
        for (String basename : BASENAMES) {
            for (String suffix : List.of("", "_en")) {
                ClassPathResource file = new ClassPathResource(basename + suffix + ".properties");
                if (file.exists()) {
                    Properties properties = new Properties();
                    try (InputStream in = file.getInputStream()) {
                        properties.load(in);
                    }
                    codes.addAll(properties.stringPropertyNames());
                }
            }
        }
        return codes;
    }

    private static String[] basenames() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        return yaml.getObject().getProperty("spring.messages.basename").split("\\s*,\\s*");
    }
}
