package no.treklover.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.ForbiddenException;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.errors.PreconditionException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.StaleVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every API error as application/problem+json, with invalid fields named by their JSON property. Ordered
 * before {@link PageExceptionHandler}, which would otherwise also match REST controllers.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ProblemResponses problems;

    ApiExceptionHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return respond(request, problems.problem(HttpStatus.NOT_FOUND, "problem.notFound"));
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(HttpServletRequest request) {
        return respond(request, problems.problem(HttpStatus.FORBIDDEN, "problem.forbidden"));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e, HttpServletRequest request) {
        ProblemDetail problem = problems.problem(HttpStatus.CONFLICT, e.messageKey(), e.arguments());
        if (e.existing() != null) {
            problem.setProperty("existing", e.existing());
        }
        return respond(request, problem);
    }

    /** The If-Match version is not the stored one: someone else changed it since the client read it. */
    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> staleVersion(HttpServletRequest request) {
        return respond(request, problems.problem(HttpStatus.PRECONDITION_FAILED, "problem.staleVersion"));
    }

    /** Two saves raced past the version check; the database's unique rules or version column caught the second. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(HttpServletRequest request) {
        return respond(request, problems.problem(HttpStatus.CONFLICT, "problem.conflict"));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentUpdate(HttpServletRequest request) {
        return respond(request, problems.problem(HttpStatus.CONFLICT, "problem.staleVersion"));
    }

    @ExceptionHandler(PreconditionException.class)
    ResponseEntity<ProblemDetail> precondition(PreconditionException e, HttpServletRequest request) {
        return respond(request, problems.problem(e.status(), e.messageKey()));
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolationException e, HttpServletRequest request) {
        List<ProblemResponses.FieldError> errors = e.violations().stream()
                .map(v -> new ProblemResponses.FieldError(v.field(),
                        problems.text(v.messageKey(), v.messageKey(), v.arguments())))
                .toList();
        return respond(request, problems.invalid(errors));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return respond(request, problems.invalid(List.of(
                new ProblemResponses.FieldError(e.getName(), problems.text("validation.typeMismatch", "")))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(request, problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.unexpected"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<ProblemResponses.FieldError> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(error -> errors.add(new ProblemResponses.FieldError(
                error.getField(), problems.text(error))));
        e.getBindingResult().getGlobalErrors().forEach(error -> errors.add(new ProblemResponses.FieldError(
                error.getObjectName(), problems.text(error))));
        return ResponseEntity.badRequest().body(problems.invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<ProblemResponses.FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error ->
                    errors.add(new ProblemResponses.FieldError(name, error.getDefaultMessage())));
        }
        return ResponseEntity.badRequest().body(problems.invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiBodyLimitFilter.BodyTooLargeException) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                        .body(problems.problem(HttpStatus.CONTENT_TOO_LARGE, "problem.tooLarge"));
            }
        }
        String field = "body";
        String messageKey = "validation.unreadable";
        // The innermost cause may be the parser's own (e.g. DateTimeParseException); the path is on Jackson's.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                field = jsonPath(jackson.getPath());
                if (jackson instanceof MismatchedInputException mismatch) {
                    messageKey = expectedTypeMessage(mismatch.getTargetType());
                }
                break;
            }
        }
        return ResponseEntity.badRequest().body(problems.invalid(List.of(
                new ProblemResponses.FieldError(field, problems.text(messageKey, "")))));
    }

    /** What the property should have been, when Jackson knows the type it was reading into. */
    private static String expectedTypeMessage(Class<?> type) {
        if (type == null) {
            return "validation.unreadable";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "validation.json.integer";
        }
        if (type == java.math.BigDecimal.class || type == Double.class || type == double.class) {
            return "validation.json.number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "validation.json.boolean";
        }
        if (type == String.class) {
            return "validation.json.text";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "validation.json.date";
        }
        if (type.isEnum()) {
            return "validation.json.choice";
        }
        return "validation.unreadable";
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body == null && HttpStatus.resolve(statusCode.value()) != null) {
            HttpStatus status = HttpStatus.valueOf(statusCode.value());
            body = problems.problem(status, "problem.title." + status.value());
        }
        return super.handleExceptionInternal(e, body, headers, statusCode, request);
    }

    private static String jsonPath(List<JacksonException.Reference> path) {
        StringBuilder name = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                name.append('[').append(reference.getIndex()).append(']');
            }
        }
        return name.isEmpty() ? "body" : name.toString();
    }

    private static ResponseEntity<ProblemDetail> respond(HttpServletRequest request, ProblemDetail problem) {
        try {
            problem.setInstance(URI.create(request.getRequestURI()));
        } catch (IllegalArgumentException malformed) {
            // leave the instance out rather than fail while reporting another failure
        }
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
