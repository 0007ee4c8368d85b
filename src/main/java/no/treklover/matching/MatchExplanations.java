package no.treklover.matching;

import java.util.List;
import java.util.Locale;
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

    public String text(MatchScoring.Part part) {
        Object[] arguments = switch (part.factor()) {
            case TYPE -> new Object[] {label("opportunities.type.", part.arguments().get(0))};
            case CONSTRAINTS -> new Object[] {String.join(", ", part.arguments().stream()
                    .map(a -> label("opportunities.constraint.", a).toLowerCase(NB)).toList())};
            default -> part.arguments().toArray();
        };
        return messages.getMessage(part.messageKey(), arguments, NB);
    }

    public String factor(MatchScoring.Part part) {
        return messages.getMessage("matching.factor." + part.factor().name(), null, NB);
    }

    public List<String> texts(List<MatchScoring.Part> parts) {
        return parts.stream().map(this::text).toList();
    }

    private String label(String prefix, Object name) {
        return messages.getMessage(prefix + name, null, String.valueOf(name), NB);
    }
}
