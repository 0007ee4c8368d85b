package no.treklover.survey;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import no.treklover.access.CurrentUser;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.web.FormSupport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office leader's survey pages: the list, the builder (the survey's fields, its questions, a question's own page),
 * the preview as the respondent sees it, sending and closing (each asked first), a new round, the results with their
 * CSV and the comparison of two rounds. Every form works without JavaScript and keeps what was typed on an error.
 */
@Controller
class SurveyPageController {

    private final SurveyService surveys;
    private final SurveyCsv csv;
    private final FormSupport forms;

    SurveyPageController(SurveyService surveys, SurveyCsv csv, FormSupport forms) {
        this.surveys = surveys;
        this.csv = csv;
        this.forms = forms;
    }

    @GetMapping("/surveys")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        return listPage(user, new SurveyForm(), model);
    }

    private String listPage(CurrentUser user, SurveyForm form, Model model) {
        model.addAttribute("surveys", surveys.officeSurveys(user));
        model.addAttribute("surveyForm", form);
        model.addAttribute("audiences", SurveyAudience.values());
        return "survey/list";
    }

    @PostMapping("/surveys")
    String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("surveyForm") SurveyForm form,
            BindingResult result, Model model) {
        if (!result.hasErrors()) {
            try {
                long id = surveys.create(user, form.getTitle(), form.getIntro(), form.getAudience(),
                        form.isTriggered());
                return "redirect:/surveys/" + id;
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            }
        }
        return listPage(user, form, model);
    }

    @PostMapping("/surveys/baseline")
    String baseline(@AuthenticationPrincipal CurrentUser user) {
        return "redirect:/surveys/" + surveys.fromBaseline(user);
    }

    // ------------------------------------------------------------------ the builder

    @GetMapping("/surveys/{id}")
    String survey(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Survey survey = surveys.managed(user, id);
        return builder(user, survey, SurveyForm.of(survey), QuestionForm.next(survey), model);
    }

    private String builder(CurrentUser user, Survey survey, SurveyForm surveyForm, QuestionForm questionForm,
            Model model) {
        model.addAttribute("survey", survey);
        model.addAttribute("surveyForm", surveyForm);
        model.addAttribute("questionForm", questionForm);
        model.addAttribute("audiences", SurveyAudience.values());
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute("earlierRounds", survey.round() > 1 ? surveys.earlierRounds(user, survey.id())
                : java.util.List.of());
        return "survey/builder";
    }

    @PostMapping("/surveys/{id}")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("surveyForm") SurveyForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                surveys.update(user, id, form.getVersion(), form.getTitle(), form.getIntro(), form.getAudience(),
                        form.isTriggered());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/surveys/" + id;
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            } catch (ConflictException e) {
                conflict(model, response, e);
            }
        }
        Survey survey = surveys.managed(user, id);
        return builder(user, survey, form, QuestionForm.next(survey), model);
    }

    @PostMapping("/surveys/{id}/questions")
    String addQuestion(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("questionForm") QuestionForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long question = surveys.addQuestion(user, id, form.getVersion(), form.toDraft());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/surveys/" + id + "#question-" + question;
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            } catch (ConflictException e) {
                conflict(model, response, e);
            }
        }
        Survey survey = surveys.managed(user, id);
        return builder(user, survey, SurveyForm.of(survey), form, model);
    }

    @GetMapping("/surveys/{id}/questions/{questionId}")
    String question(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long questionId,
            Model model) {
        Survey survey = surveys.managed(user, id);
        Question q = find(survey, questionId);
        return questionPage(survey, q, QuestionForm.of(q, survey.version()), model);
    }

    private String questionPage(Survey survey, Question q, QuestionForm form, Model model) {
        model.addAttribute("survey", survey);
        model.addAttribute("question", q);
        model.addAttribute("questionForm", form);
        model.addAttribute("kinds", QuestionKind.values());
        return "survey/question";
    }

    @PostMapping("/surveys/{id}/questions/{questionId}")
    String updateQuestion(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long questionId, @ModelAttribute("questionForm") QuestionForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                surveys.updateQuestion(user, id, questionId, form.getVersion(), form.toDraft());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/surveys/" + id + "#question-" + questionId;
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            } catch (ConflictException e) {
                conflict(model, response, e);
            }
        }
        Survey survey = surveys.managed(user, id);
        return questionPage(survey, find(survey, questionId), form, model);
    }

    @PostMapping("/surveys/{id}/questions/{questionId}/move")
    String move(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long questionId,
            @RequestParam long version, @RequestParam(defaultValue = "down") String direction) {
        surveys.moveQuestion(user, id, questionId, version, "up".equals(direction));
        return "redirect:/surveys/" + id + "#question-" + questionId;
    }

    @GetMapping("/surveys/{id}/questions/{questionId}/delete")
    String confirmRemove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long questionId, Model model) {
        Survey survey = surveys.managed(user, id);
        model.addAttribute("survey", survey);
        model.addAttribute("question", find(survey, questionId));
        return "survey/remove-question";
    }

    @PostMapping("/surveys/{id}/questions/{questionId}/delete")
    String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long questionId,
            @RequestParam long version, RedirectAttributes redirect) {
        surveys.removeQuestion(user, id, questionId, version);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/surveys/" + id;
    }

    private static Question find(Survey survey, long questionId) {
        return survey.questions().stream().filter(q -> q.id() == questionId).findFirst()
                .orElseThrow(() -> new no.treklover.platform.errors.NotFoundException("question", questionId));
    }

    private static void conflict(Model model, HttpServletResponse response, ConflictException e) {
        model.addAttribute("conflictKey", e.messageKey());
        response.setStatus(HttpServletResponse.SC_CONFLICT);
    }

    @GetMapping("/surveys/{id}/preview")
    String preview(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("survey", surveys.managed(user, id));
        model.addAttribute("preview", true);
        model.addAttribute("given", java.util.Map.of());
        model.addAttribute("errors", java.util.Map.of());
        return "survey/answer";
    }

    // ------------------------------------------------------------------ sending, closing, rounds

    @GetMapping("/surveys/{id}/send")
    String confirmSend(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("survey", surveys.managed(user, id));
        return "survey/send";
    }

    @PostMapping("/surveys/{id}/send")
    String send(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
            Model model) {
        try {
            SurveyService.Sent sent = surveys.send(user, id, version);
            model.addAttribute("survey", surveys.managed(user, id));
            model.addAttribute("sent", sent);
            model.addAttribute("linkBase",
                    org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                            .toUriString());
            return "survey/sent";
        } catch (RuleViolationException e) {
            model.addAttribute("survey", surveys.managed(user, id));
            model.addAttribute("sendError", e.violations().get(0).messageKey());
            return "survey/send";
        }
    }

    @GetMapping("/surveys/{id}/close")
    String confirmClose(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("survey", surveys.managed(user, id));
        return "survey/close";
    }

    @PostMapping("/surveys/{id}/close")
    String close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
            RedirectAttributes redirect) {
        surveys.close(user, id, version);
        redirect.addFlashAttribute("closed", true);
        return "redirect:/surveys/" + id + "/results";
    }

    @PostMapping("/surveys/{id}/rounds")
    String newRound(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return "redirect:/surveys/" + surveys.newRound(user, id);
    }

    // ------------------------------------------------------------------ results

    @GetMapping("/surveys/{id}/results")
    String results(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String office, Model model) {
        model.addAttribute("results", surveys.results(user, id, office));
        return "survey/results";
    }

    @GetMapping("/surveys/{id}/results.csv")
    ResponseEntity<byte[]> resultsCsv(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String office) {
        SurveyService.Results results = surveys.results(user, id, office);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"undersokelse-" + id + ".csv\"")
                .body(csv.of(results).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/surveys/{id}/comparison")
    String comparison(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) Long earlier, @RequestParam(required = false) String office,
            Model model) {
        var rounds = surveys.earlierRounds(user, id);
        if (rounds.isEmpty()) {
            throw new no.treklover.platform.errors.NotFoundException("earlier round", id);
        }
        long chosen = earlier != null && rounds.stream().anyMatch(r -> r.id() == earlier) ? earlier
                : rounds.get(0).id();
        model.addAttribute("rounds", rounds);
        model.addAttribute("comparison", surveys.compare(user, id, chosen, office));
        return "survey/comparison";
    }
}
