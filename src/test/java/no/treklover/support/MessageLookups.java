package no.treklover.support;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Records, while started, every message key the app looks up in one language, from templates and Java code alike
 * (the app's {@code messageSource} is wrapped), so a test can walk pages in English and find each text that fell
 * back to bokmål because its key has no English text: {@link #withoutTranslation}.
 */
@Component
public class MessageLookups implements BeanPostProcessor {

    private final Set<String> keys = ConcurrentHashMap.newKeySet();
    private final Set<String> otherLanguages = ConcurrentHashMap.newKeySet();
    private volatile String language;
    private volatile MessageBundles bundles;

    /** Starts recording the keys looked up in this language ("en"), forgetting earlier ones. */
    public void start(String tag) {
        keys.clear();
        otherLanguages.clear();
        bundles = MessageBundles.of(tag);
        language = tag;
    }

    public void stop() {
        language = null;
    }

    public Set<String> keys() {
        return Set.copyOf(keys);
    }

    /**
     * The keys looked up in another language since {@link #start}, as "key (nb_NO)": Java code that builds a page's
     * text with a fixed locale instead of the page's ({@code PageLocale}).
     */
    public Set<String> inOtherLanguages() {
        return Set.copyOf(otherLanguages);
    }

    /** The keys looked up since {@link #start} that exist in bokmål but have no text in the language. */
    public List<String> withoutTranslation() {
        return keys.stream().filter(key -> !bundles.translated(key)).sorted()
                .map(key -> bundles.bundleOf(key) + ": " + key).toList();
    }

    private void record(String code, Locale locale) {
        String tag = language;
        if (tag != null && code != null && locale != null) {
            if (tag.equals(locale.getLanguage())) {
                keys.add(code);
            } else {
                otherLanguages.add(code + " (" + locale + ")");
            }
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!"messageSource".equals(beanName) || !(bean instanceof MessageSource target)) {
            return bean;
        }
        return new MessageSource() {
            @Override
            public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
                record(code, locale);
                return target.getMessage(code, args, defaultMessage, locale);
            }

            @Override
            public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
                record(code, locale);
                return target.getMessage(code, args, locale);
            }

            @Override
            public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
                // the first code that has a text is the one shown
                String[] codes = resolvable.getCodes();
                if (language != null && codes != null) {
                    for (String code : codes) {
                        if (bundles.bundleOf(code) != null) {
                            record(code, locale);
                            break;
                        }
                    }
                }
                if (resolvable.getArguments() != null) {
                    for (Object argument : resolvable.getArguments()) {
                        if (argument instanceof MessageSourceResolvable inner && inner.getCodes() != null) {
                            record(inner.getCodes()[0], locale);
                        }
                    }
                }
                return target.getMessage(resolvable, locale);
            }
        };
    }
}
