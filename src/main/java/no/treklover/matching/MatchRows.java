package no.treklover.matching;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A ranking page's rows written out before rendering: each row's texts (score, summary, labels, the proposal's
 * comment) and links, so the template row is a few plain {@code th:text}s instead of message and fragment
 * expressions per row. Twenty rows a ranking; the page's HTML is what the expressions wrote before.
 */
@Component
class MatchRows {

    private final MessageSource messages;
    private final MatchExplanations explanations;

    MatchRows(MessageSource messages, MatchExplanations explanations) {
        this.messages = messages;
        this.explanations = explanations;
    }

    /**
     * One result as its row shows it. {@code href}: the result's own page; {@code explained}: the row's page with the
     * explanation per factor (its fragment is {@code explained + "/factors"}); {@code proposal} null unless the user
     * may propose.
     */
    record Row(String title, String href, String where, String score, String summary, String explained,
            String factors, String whyShow, String whyLabel, String whyPage, Proposal proposal) {
    }

    /** "Foreslå": the needs board's proposal of this workplace on this need, at the need's version. */
    record Proposal(String action, long employerId, Long subUnitId, long version, String comment, String button,
            String label) {
    }

    List<Row> fromNeed(MatchingService.NeedMatches result) {
        Locale locale = LocaleContextHolder.getLocale();
        long need = result.need().id();
        return result.matches().stream().map(m -> row(m, "/opportunities/" + m.id(),
                "/board/needs/" + need + "/matches/" + m.id(), need, m.title(), locale)).toList();
    }

    List<Row> fromOpportunity(MatchingService.OpportunityMatches result) {
        Locale locale = LocaleContextHolder.getLocale();
        long opportunity = result.opportunity().opportunity().getId();
        String title = result.opportunity().opportunity().getTitle();
        return result.matches().stream().map(m -> row(m, "/board/needs/" + m.id(),
                "/opportunities/" + opportunity + "/matches/" + m.id(), m.id(), title, locale)).toList();
    }

    /** The explanation page's "Foreslå" for its one match, or null. */
    Proposal proposal(MatchingService.Explanation explained) {
        return proposal(explained.match(), explained.needId(), explained.opportunityTitle(),
                LocaleContextHolder.getLocale());
    }

    private Row row(MatchingService.Match m, String href, String explained, long needId, String opportunityTitle,
            Locale locale) {
        return new Row(m.title(), href, m.where(), text("matching.score", locale, m.total()),
                explanations.summary(m.parts()), explained, explained + "/factors",
                text("matching.why.show", locale), text("matching.why.label", locale, m.title()),
                text("matching.why.page", locale, m.title()), proposal(m, needId, opportunityTitle, locale));
    }

    private Proposal proposal(MatchingService.Match m, long needId, String opportunityTitle, Locale locale) {
        if (!m.mayPropose()) {
            return null;
        }
        return new Proposal("/board/needs/" + needId + "/proposals", m.employerId(), m.subUnitId(), m.version(),
                text("matching.comment", locale, opportunityTitle), text("matching.propose", locale),
                text("matching.propose.label", locale, m.title()));
    }

    private String text(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }
}
