package no.treklover.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import no.treklover.platform.errors.RuleViolationException.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The builder's rules, case by case: each draft and the fields and messages it must get (none when valid). */
class QuestionRulesTest {

    static Stream<Arguments> drafts() {
        String longText = "x".repeat(501);
        return Stream.of(
                Arguments.of("valid single", single("Ja\nNei"), List.of()),
                Arguments.of("valid multiple", new QuestionDraft(null, QuestionKind.MULTIPLE, "Hvilke?", false,
                        "A\nB\nC", null, null, null), List.of()),
                Arguments.of("valid scale 1-10", scale(10, "Lite", "Mye"), List.of()),
                Arguments.of("valid text", new QuestionDraft("Del", QuestionKind.TEXT, "Kommentar", false, null,
                        null, null, null), List.of()),
                Arguments.of("one option", single("Ja"), List.of("options:survey.error.options.tooFew")),
                Arguments.of("blank lines do not count", single("Ja\n \n\n"), List.of("options:survey.error.options.tooFew")),
                Arguments.of("duplicate options", single("Ja\nja"), List.of("options:survey.error.options.duplicate")),
                Arguments.of("21 options", single("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n18\n19\n20\n21"),
                        List.of("options:survey.error.options.tooMany")),
                Arguments.of("option too long", single("Ja\n" + "y".repeat(201)), List.of("options:survey.error.options.tooLong")),
                Arguments.of("options beyond the column", single("a\n".repeat(2001)), List.of("options:survey.error.tooLong")),
                Arguments.of("no text", new QuestionDraft(null, QuestionKind.TEXT, "  ", false, null, null, null, null),
                        List.of("text:survey.error.text")),
                Arguments.of("text too long", new QuestionDraft(null, QuestionKind.TEXT, longText, false, null, null,
                        null, null), List.of("text:survey.error.tooLong")),
                Arguments.of("no kind", new QuestionDraft(null, null, "Hva?", false, null, null, null, null),
                        List.of("kind:survey.error.kind")),
                Arguments.of("scale 1-7", scale(7, "Lite", "Mye"), List.of("scaleMax:survey.error.scaleMax")),
                Arguments.of("scale without labels", scale(5, "", null),
                        List.of("lowLabel:survey.error.label", "highLabel:survey.error.label")),
                Arguments.of("section too long", new QuestionDraft("s".repeat(201), QuestionKind.TEXT, "Hva?", false,
                        null, null, null, null), List.of("section:survey.error.tooLong")),
                Arguments.of("options ignored for text", new QuestionDraft(null, QuestionKind.TEXT, "Hva?", false, "Ja",
                        null, null, null), List.of()));
    }

    private static QuestionDraft single(String options) {
        return new QuestionDraft(null, QuestionKind.SINGLE, "Hvor ofte?", true, options, null, null, null);
    }

    private static QuestionDraft scale(Integer max, String low, String high) {
        return new QuestionDraft(null, QuestionKind.SCALE, "Hvor fornøyd?", true, null, max, low, high);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drafts")
    void checksEachDraft(String name, QuestionDraft draft, List<String> expected) {
        List<String> found = QuestionRules.check(draft).stream().map(QuestionRulesTest::describe).toList();
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surveys")
    void checksTheSurveysOwnFields(String title, String intro, SurveyAudience audience, List<String> expected) {
        assertThat(QuestionRules.checkSurvey(title, intro, audience).stream().map(QuestionRulesTest::describe))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> surveys() {
        return Stream.of(
                Arguments.of("Tittel", null, SurveyAudience.MENTOR, List.of()),
                Arguments.of(" ", null, SurveyAudience.MENTOR, List.of("title:survey.error.title")),
                Arguments.of("t".repeat(201), "i".repeat(2001), null, List.of("title:survey.error.tooLong",
                        "intro:survey.error.tooLong", "audience:survey.error.audience")));
    }

    private static String describe(Violation v) {
        return v.field() + ":" + v.messageKey();
    }
}
