package no.treklover.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.ForbiddenException;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.errors.RuleViolationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Error pages for the HTML screens; the API has {@link ApiExceptionHandler}. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    String notFound(HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.NOT_FOUND, "error.notFound");
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.FORBIDDEN, "error.forbidden");
    }

    /** A rule broken by input a page did not expect (a hand-made request); forms show rule errors themselves. */
    @ExceptionHandler(RuleViolationException.class)
    String invalid(HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.BAD_REQUEST, "problem.invalid");
    }

    @ExceptionHandler(ConflictException.class)
    String conflict(ConflictException e, HttpServletResponse response, Model model) {
        model.addAttribute("messageArguments", e.arguments());
        return page(response, model, HttpStatus.CONFLICT, e.messageKey());
    }

    /** Two saves raced past the service's checks and a unique rule in the database caught the second. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    String integrity(HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.CONFLICT, "problem.conflict");
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String concurrentUpdate(HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.CONFLICT, "problem.staleVersion");
    }

    private static String page(HttpServletResponse response, Model model, HttpStatus status, String messageKey) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("messageKey", messageKey);
        return "error";
    }
}
