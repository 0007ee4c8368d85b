package no.treklover.access;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import no.treklover.access.throttling.LoginThrottleProperties;
import no.treklover.platform.web.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Failed authentication on requests that carry their own credentials (HTTP Basic, bearer tokens) as
 * problem+json: 401 for missing or bad credentials, 429 with Retry-After while password logins are throttled,
 * 403 when a valid token names no usable role or account.
 */
@Component
class AuthenticationProblems implements AuthenticationEntryPoint {

    private final ProblemResponses problems;
    private final JsonMapper json;
    private final LoginThrottleProperties throttle;

    AuthenticationProblems(ProblemResponses problems, JsonMapper json, LoginThrottleProperties throttle) {
        this.problems = problems;
        this.json = json;
        this.throttle = throttle;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        ProblemDetail problem;
        if (e instanceof LoginRefusedException refused && refused.refusal() == LoginRefusal.THROTTLED) {
            problem = problems.problem(HttpStatus.TOO_MANY_REQUESTS, refused.refusal().messageKey(),
                    throttle.lockDuration().toMinutes());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(refused.retryAfter().toSeconds()));
        } else if (e instanceof LoginRefusedException refused) {
            problem = problems.problem(HttpStatus.FORBIDDEN, refused.refusal().messageKey());
        } else {
            problem = problems.problem(HttpStatus.UNAUTHORIZED, "problem.unauthorized");
            if (e instanceof OAuth2AuthenticationException) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            }
        }
        write(request, response, problem);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        try {
            problem.setInstance(URI.create(original != null ? original.toString() : request.getRequestURI()));
        } catch (IllegalArgumentException malformed) {
            // no instance rather than a failure while reporting a failure
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
