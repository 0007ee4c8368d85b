package no.treklover.language;

import java.util.List;

/**
 * The language switch on the candidate's pages: the page's language, every language offered (each named in
 * itself), and the page to come back to after choosing.
 */
public record LanguageSwitch(String current, List<Option> options, String returnTo) {

    public record Option(String tag, String name) {
    }
}
