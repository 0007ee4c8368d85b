package no.treklover.platform.text;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The app's message source: Spring's bundles, with two costs taken out of every lookup.
 * <ul>
 * <li>Spring searches the basenames in order for each lookup, and the app has some twenty-five; a code in the last
 * bundle meant twenty-five bundle probes every time. Here each code's pattern is looked up once per locale.</li>
 * <li>Spring formats a message with arguments under a lock on the one {@code MessageFormat} it shares per code, so
 * pages that format the same text many times on several threads queued on it (JFR on the needs board at ten users:
 * 216 waits of 20 ms or more). Here each thread formats with its own instances, so the lock is never contended.</li>
 * </ul>
 * Both memos assume that the bundles do not change while the app runs: {@code spring.messages.cache-duration} is
 * refused by {@link MessageSourceConfiguration}. Each memo stops growing at {@link #LIMIT} codes per locale, so that a
 * code built from data cannot fill the heap; lookups beyond it are answered as Spring answers them.
 */
class MemoizedMessageSource extends ResourceBundleMessageSource {

    static final int LIMIT = 20_000;

    /** Stands for a code that no bundle has, since a concurrent map cannot hold null. */
    private static final String ABSENT = new String("absent");

    private final Map<Locale, Map<String, String>> patterns = new ConcurrentHashMap<>();
    private final ThreadLocal<Map<Locale, Map<String, MessageFormat>>> formats = ThreadLocal.withInitial(HashMap::new);

    @Override
    protected String resolveCodeWithoutArguments(String code, Locale locale) {
        Map<String, String> known = patterns.computeIfAbsent(locale, l -> new ConcurrentHashMap<>());
        String pattern = known.get(code);
        if (pattern == null) {
            pattern = super.resolveCodeWithoutArguments(code, locale);
            if (known.size() < LIMIT) {
                known.put(code, pattern == null ? ABSENT : pattern);
            }
            return pattern;
        }
        return pattern == ABSENT ? null : pattern;
    }

    /**
     * This thread's format for the code. Spring's {@code getMessageInternal} still synchronises on it, which costs
     * nothing when no other thread can hold it.
     */
    @Override
    protected MessageFormat resolveCode(String code, Locale locale) {
        Map<String, MessageFormat> mine = formats.get().computeIfAbsent(locale, l -> new HashMap<>());
        MessageFormat format = mine.get(code);
        if (format == null) {
            String pattern = resolveCodeWithoutArguments(code, locale);
            if (pattern == null) {
                return null;
            }
            format = createMessageFormat(pattern, locale);
            if (mine.size() < LIMIT) {
                mine.put(code, format);
            }
        }
        return format;
    }
}
