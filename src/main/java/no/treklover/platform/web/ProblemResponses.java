package no.treklover.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Builds RFC 9457 problem details with Norwegian texts from the message bundle. */
@Component
public class ProblemResponses {

    /** One invalid input, named by its JSON property. */
    public record FieldError(String field, String message) {
    }

    private final MessageSource messages;
    private final JsonMapper json;

    public ProblemResponses(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public ProblemDetail problem(HttpStatus status, String messageKey, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(text("problem.title." + status.value(), status.getReasonPhrase()));
        problem.setDetail(text(messageKey, messageKey, arguments));
        return problem;
    }

    public ProblemDetail invalid(List<FieldError> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid");
        problem.setType(URI.create("urn:treklover:problem:invalid-input"));
        problem.setProperty("errors", errors);
        return problem;
    }

    public String text(String key, String fallback, Object... arguments) {
        return messages.getMessage(key, arguments, fallback, Locale.forLanguageTag("nb-NO"));
    }

    /** A validation or binding error's message in Norwegian (type mismatches get a readable text too). */
    public String text(org.springframework.context.MessageSourceResolvable error) {
        return messages.getMessage(error, Locale.forLanguageTag("nb-NO"));
    }

    /** For filters that answer before any controller runs (401/403 on the API). */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey)
            throws IOException {
        ProblemDetail problem = problem(status, messageKey);
        Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        try {
            problem.setInstance(URI.create(original != null ? original.toString() : request.getRequestURI()));
        } catch (IllegalArgumentException malformed) {
            // no instance rather than a failure while reporting a failure
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
