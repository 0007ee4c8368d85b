package no.treklover.survey;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.treklover.access.CurrentUser;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.RuleViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Answering: the respondent's list of surveys sent to them, the answer page logged in, and the same page behind a
 * personal link (no login: the token is the credential, as for the calendar feeds). A validation error shows the page
 * again (200, like every form page) with every answer kept and each error on its question; after answering, a
 * thank-you page.
 */
@Controller
class SurveyAnswerController {

    private final SurveyService surveys;

    SurveyAnswerController(SurveyService surveys) {
        this.surveys = surveys;
    }

    @GetMapping("/surveys/mine")
    String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("invitations", surveys.invitations(user));
        return "survey/mine";
    }

    @GetMapping("/surveys/{id}/answer")
    String answerPage(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model,
            HttpServletResponse response) {
        try {
            return page(surveys.byUser(user, id), Map.of(), null, "/surveys/" + id + "/answer", model);
        } catch (ConflictException e) {
            return done(e, model, response);
        }
    }

    @PostMapping("/surveys/{id}/answer")
    String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
        try {
            return submit(surveys.byUser(user, id), form, "/surveys/" + id + "/answer", model, response);
        } catch (ConflictException e) {
            return done(e, model, response);
        }
    }

    @GetMapping("/s/{token}")
    String linkPage(@PathVariable String token, Model model, HttpServletResponse response) {
        try {
            return page(surveys.byToken(token), Map.of(), null, "/s/" + token, model);
        } catch (ConflictException e) {
            return done(e, model, response);
        }
    }

    @PostMapping("/s/{token}")
    String linkAnswer(@PathVariable String token, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response) {
        try {
            return submit(surveys.byToken(token), form, "/s/" + token, model, response);
        } catch (ConflictException e) {
            return done(e, model, response);
        }
    }

    private String submit(SurveyService.Invitation invitation, MultiValueMap<String, String> form, String action,
            Model model, HttpServletResponse response) {
        Map<Long, List<String>> given = given(invitation.survey(), form);
        try {
            surveys.answer(invitation, given);
            model.addAttribute("survey", invitation.survey());
            return "survey/thanks";
        } catch (RuleViolationException e) {
            Map<String, String> errors = new HashMap<>();
            e.violations().forEach(v -> errors.putIfAbsent(v.field(), v.messageKey()));
            return page(invitation, given, errors, action, model);
        }
    }

    /** The answers by question id, read from the fields {@code q<id>} of the survey's questions only. */
    private static Map<Long, List<String>> given(Survey survey, MultiValueMap<String, String> form) {
        Map<Long, List<String>> given = new HashMap<>();
        for (Question q : survey.questions()) {
            List<String> values = form.get(AnswerRules.field(q));
            given.put(q.id(), values == null ? List.of() : new ArrayList<>(values));
        }
        return given;
    }

    private String page(SurveyService.Invitation invitation, Map<Long, List<String>> given,
            Map<String, String> errors, String action, Model model) {
        model.addAttribute("survey", invitation.survey());
        model.addAttribute("given", given);
        model.addAttribute("errors", errors == null ? Map.of() : errors);
        model.addAttribute("action", action);
        model.addAttribute("preview", false);
        return "survey/answer";
    }

    /** Already answered or no longer open: a page that says so (409), never the form again. */
    private static String done(ConflictException e, Model model, HttpServletResponse response) {
        model.addAttribute("reasonKey", e.messageKey());
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return "survey/unavailable";
    }
}
