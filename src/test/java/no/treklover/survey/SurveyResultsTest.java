package no.treklover.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Results per group of respondents: counts and shares, and nothing at all for fewer than five. */
class SurveyResultsTest {

    static final Question SINGLE = new Question(1, 1, "a", null, QuestionKind.SINGLE, "Hvor ofte?", true,
            List.of("Ofte", "Sjelden", "Aldri"), null, null, null);
    static final Question MULTIPLE = new Question(2, 2, "b", null, QuestionKind.MULTIPLE, "Hvordan?", false,
            List.of("Telefon", "Møte"), null, null, null);
    static final Question SCALE = new Question(3, 3, "c", null, QuestionKind.SCALE, "Fornøyd?", false, List.of(), 5,
            "Lite", "Svært");
    static final Question TEXT = new Question(4, 4, "d", null, QuestionKind.TEXT, "Kommentar", false, List.of(),
            null, null, null);
    static final List<Question> QUESTIONS = List.of(SINGLE, MULTIPLE, SCALE, TEXT);

    /** n respondents at the office; respondent i chooses option i % 3, both forms when even, scale i % 5 + 1. */
    static List<SurveyResults.AnswerRow> answers(String office, int n) {
        List<SurveyResults.AnswerRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID r = UUID.randomUUID();
            rows.add(new SurveyResults.AnswerRow(r, office, 1, i % 3, null));
            rows.add(new SurveyResults.AnswerRow(r, office, 2, 0, null));
            if (i % 2 == 0) {
                rows.add(new SurveyResults.AnswerRow(r, office, 2, 1, null));
            }
            rows.add(new SurveyResults.AnswerRow(r, office, 3, i % 5 + 1, null));
            rows.add(new SurveyResults.AnswerRow(r, office, 4, null, "tekst " + i));
        }
        return rows;
    }

    @Test
    void fourRespondentsShowNothingNotEvenTheirNumberOrTheirTexts() {
        List<SurveyResults.QuestionResult> results = SurveyResults.of(QUESTIONS, answers("0315", 4), o -> true);
        assertThat(results).allSatisfy(r -> {
            assertThat(r.hidden()).isTrue();
            assertThat(r.respondents()).isNull();
            assertThat(r.texts()).isEmpty();
            assertThat(r.rows()).allSatisfy(row -> {
                assertThat(row.count()).isNull();
                assertThat(row.percent()).isNull();
            });
        });
    }

    @Test
    void fiveRespondentsShowCountsAndSharesOfThoseWhoAnsweredTheQuestion() {
        List<SurveyResults.QuestionResult> results = SurveyResults.of(QUESTIONS, answers("0315", 5), o -> true);
        SurveyResults.QuestionResult single = results.get(0);
        assertThat(single.respondents()).isEqualTo(5);
        // i % 3 over 0..4: 0,1,2,0,1 → Ofte 2, Sjelden 2, Aldri 1
        assertThat(single.rows()).extracting(SurveyResults.Row::count).containsExactly(2, 2, 1);
        assertThat(single.rows()).extracting(SurveyResults.Row::percent)
                .containsExactly(new BigDecimal("40.0"), new BigDecimal("40.0"), new BigDecimal("20.0"));
        // multiple choice: shares of respondents, may sum above 100: Telefon 5/5, Møte 3/5
        assertThat(results.get(1).rows()).extracting(SurveyResults.Row::percent)
                .containsExactly(new BigDecimal("100.0"), new BigDecimal("60.0"));
        // the scale's values 1..5 once each
        assertThat(results.get(2).rows()).extracting(SurveyResults.Row::label).containsExactly("1", "2", "3", "4", "5");
        assertThat(results.get(2).rows()).extracting(SurveyResults.Row::count).containsExactly(1, 1, 1, 1, 1);
        assertThat(results.get(3).texts()).hasSize(5);
    }

    @Test
    void theRuleHoldsPerOfficeAndPerQuestion() {
        List<SurveyResults.AnswerRow> rows = new ArrayList<>(answers("0315", 6));
        rows.addAll(answers("4614", 3));
        // only three of the 0315 respondents answered the text question: drop the others' texts
        List<UUID> dropped = rows.stream().filter(r -> r.officeId().equals("0315") && r.questionId() == 4)
                .map(SurveyResults.AnswerRow::response).limit(3).toList();
        rows.removeIf(r -> r.questionId() == 4 && dropped.contains(r.response()));

        List<SurveyResults.QuestionResult> oslo = SurveyResults.of(QUESTIONS, rows, "0315"::equals);
        assertThat(oslo.get(0).respondents()).isEqualTo(6);
        assertThat(oslo.get(3).hidden()).as("3 answered the text question").isTrue();
        List<SurveyResults.QuestionResult> bergen = SurveyResults.of(QUESTIONS, rows, "4614"::equals);
        assertThat(bergen).allSatisfy(r -> assertThat(r.hidden()).isTrue());
        List<SurveyResults.QuestionResult> all = SurveyResults.of(QUESTIONS, rows, o -> true);
        assertThat(all.get(0).respondents()).isEqualTo(9);
        assertThat(all.get(3).respondents()).isEqualTo(6);
    }
}
