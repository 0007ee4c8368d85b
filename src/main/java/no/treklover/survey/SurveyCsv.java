package no.treklover.survey;

import java.util.ArrayList;
import java.util.List;
import no.treklover.platform.text.NorwegianFormat;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A survey's results as CSV for a spreadsheet (semicolon-separated, as Norwegian Excel expects; every field quoted;
 * a text that a spreadsheet would run as a formula gets a leading apostrophe). Hidden groups stay hidden here too.
 */
@Component
class SurveyCsv {

    private final MessageSource messages;

    SurveyCsv(MessageSource messages) {
        this.messages = messages;
    }

    String of(SurveyService.Results results) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, List.of(text("survey.csv.question"), text("survey.csv.value"), text("survey.csv.respondents"),
                text("survey.csv.count"), text("survey.csv.percent")));
        String hidden = text("survey.results.hidden");
        for (SurveyResults.QuestionResult r : results.questions()) {
            String n = r.hidden() ? hidden : Integer.toString(r.respondents());
            for (SurveyResults.Row row : r.rows()) {
                line(out, List.of(r.question().text(), row.label(), n,
                        row.count() == null ? "" : row.count().toString(), NorwegianFormat.number(row.percent(), 1)));
            }
            for (String t : r.texts()) {
                line(out, List.of(r.question().text(), t, n, "", ""));
            }
            if (r.question().kind() == QuestionKind.TEXT && r.hidden()) {
                line(out, List.of(r.question().text(), "", n, "", ""));
            }
        }
        return out.toString();
    }

    private String text(String key) {
        return messages.getMessage(key, null, NorwegianFormat.NORWEGIAN);
    }

    private static void line(StringBuilder out, List<String> fields) {
        List<String> quoted = new ArrayList<>();
        for (String f : fields) {
            String safe = !f.isEmpty() && "=+-@\t\r".indexOf(f.charAt(0)) >= 0 ? "'" + f : f;
            quoted.add('"' + safe.replace("\"", "\"\"") + '"');
        }
        out.append(String.join(";", quoted)).append("\r\n");
    }
}
