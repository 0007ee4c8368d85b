package no.treklover.needs;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import no.treklover.platform.text.PageLocale;
import org.springframework.context.MessageSource;

/**
 * The board's card texts for one rendering: each text's pattern is looked up once per page and formatted by this
 * page's own {@code MessageFormat}, each distinct value once. A board shows up to 300 cards, and each card asked the
 * message source for its age, proposals, hours and level; Spring formats a message with arguments under a lock on
 * the one {@code MessageFormat} it shares per key, so ten users rendering boards queued on those locks (JFR,
 * 10 clients: 216 waits of 20 ms or more, 9 s in all). Not shared between requests or threads.
 */
public final class BoardTexts {

    private final MessageSource messages;
    private final Locale locale;
    private final Map<String, MessageFormat> patterns = new HashMap<>();
    private final Map<String, String> formatted = new HashMap<>();

    BoardTexts(MessageSource messages) {
        this.messages = messages;
        this.locale = PageLocale.current();
    }

    public String age(long days) {
        return text("needs.card.age", days);
    }

    public String proposals(long count) {
        return text("needs.card.proposals", count);
    }

    public String hours(Integer hours) {
        return text("needs.card.hours", hours);
    }

    public String level(NeedLevel level) {
        return text("needs.level.short." + level.name(), null);
    }

    private String text(String key, Object argument) {
        if (argument == null) {
            return formatted.computeIfAbsent(key, k -> messages.getMessage(key, null, locale));
        }
        // without arguments the source answers the pattern as written, as Spring would parse it
        return formatted.computeIfAbsent(key + '\u0000' + argument, k -> patterns
                .computeIfAbsent(key, p -> new MessageFormat(messages.getMessage(key, null, locale), locale))
                .format(new Object[] {argument}));
    }
}
