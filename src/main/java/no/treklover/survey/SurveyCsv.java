package no.treklover.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.treklover.platform.export.Csv;
import no.treklover.platform.text.NorwegianFormat;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A survey's results as CSV for a spreadsheet, written by {@link Csv} (semicolons, decimal comma, no formulas).
 * Hidden groups stay hidden here too.
 */
@Component
class SurveyCsv {

    private final MessageSource messages;

    SurveyCsv(MessageSource messages) {
        this.messages = messages;
    }

    String of(SurveyService.Results results) {
        List<List<Object>> rows = new ArrayList<>();
        String hidden = text(results.survey().byCounty() ? "survey.results.hiddenCounty" : "survey.results.hidden");
        for (SurveyResults.QuestionResult r : results.questions()) {
            Object n = r.hidden() ? hidden : r.respondents();
            for (SurveyResults.Row row : r.rows()) {
                rows.add(Arrays.asList(r.question().text(), row.label(), n, row.count(),
                        row.percent() == null ? null : row.percent().stripTrailingZeros()));
            }
            for (String t : r.texts()) {
                rows.add(Arrays.asList(r.question().text(), t, n, null, null));
            }
            if (r.question().kind() == QuestionKind.TEXT && r.hidden()) {
                rows.add(Arrays.asList(r.question().text(), "", n, null, null));
            }
        }
        return Csv.of(List.of(text("survey.csv.question"), text("survey.csv.value"), text("survey.csv.respondents"),
                text("survey.csv.count"), text("survey.csv.percent")), rows);
    }

    private String text(String key) {
        return messages.getMessage(key, null, NorwegianFormat.NORWEGIAN);
    }
}
