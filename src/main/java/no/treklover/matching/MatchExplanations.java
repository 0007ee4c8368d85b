package no.treklover.matching;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A factor's explanation in Norwegian, for the pages ({@code ${@matchExplanations.text(part)}}) and the API: its
 * message with its arguments, the type and constraint names turned into their labels first.
 */
@Component("matchExplanations")
public class MatchExplanations {

    private static final Locale NB = Locale.forLanguageTag("nb");

    private final MessageSource messages;

    MatchExplanations(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The texts already written, per part (factor, points, message and its arguments): a ranking's 20 results hold
     * 120 of them, most alike («Samme kommune (Oslo).»), and each message is found by a search through the app's
     * twenty-odd bundles. Bounded; the bundles do not change while the app runs.
     */
    private final Cache<MatchScoring.Part, String> texts = Caffeine.newBuilder().maximumSize(10_000).build();
    private final Map<MatchScoring.Factor, String> factors = new ConcurrentHashMap<>();

    public String text(MatchScoring.Part part) {
        return texts.get(part, this::write);
    }

    private String write(MatchScoring.Part part) {
        Object[] arguments = switch (part.factor()) {
            case TYPE -> new Object[] {label("opportunities.type.", part.arguments().get(0))};
            case CONSTRAINTS -> new Object[] {String.join(", ", part.arguments().stream()
                    .map(a -> label("opportunities.constraint.", a).toLowerCase(NB)).toList())};
            default -> part.arguments().toArray();
        };
        return messages.getMessage(part.messageKey(), arguments, NB);
    }

    public String factor(MatchScoring.Part part) {
        return factors.computeIfAbsent(part.factor(),
                factor -> messages.getMessage("matching.factor." + factor.name(), null, NB));
    }

    /**
     * A ranking row's one line: the factors at their full points (strongest) and those below half of theirs, or a
     * conflict (weakest), by the factors' names only; the explanation per factor is asked for separately.
     */
    public String summary(List<MatchScoring.Part> parts) {
        List<String> strong = parts.stream().filter(p -> p.points() >= p.max()).map(this::factorName).toList();
        List<String> weak = parts.stream().filter(p -> p.points() * 2 < p.max()).map(this::factorName).toList();
        String key = strong.isEmpty() ? (weak.isEmpty() ? "even" : "weak") : (weak.isEmpty() ? "strong" : "strongWeak");
        Object[] arguments = strong.isEmpty() ? new Object[] {String.join(", ", weak)}
                : new Object[] {String.join(", ", strong), String.join(", ", weak)};
        return messages.getMessage("matching.summary." + key, arguments, NB);
    }

    private String factorName(MatchScoring.Part part) {
        return factor(part).toLowerCase(NB);
    }

    public List<String> texts(List<MatchScoring.Part> parts) {
        return parts.stream().map(this::text).toList();
    }

    private String label(String prefix, Object name) {
        return messages.getMessage(prefix + name, null, String.valueOf(name), NB);
    }
}
