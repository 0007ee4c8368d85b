package no.treklover.mentoring;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.treklover.access.CurrentUser;
import no.treklover.access.MentoringAction;
import no.treklover.access.Role;
import no.treklover.candidate.CandidateService;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.StaleVersionException;
import no.treklover.process.InclusionProcess;
import no.treklover.process.ProcessService;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mentor's pages: the list of candidates, the workspace (guide steps, weekly plan, mastery log, challenge
 * flags), the "Spør veilederen" channel (also the employer's and the counsellor's), and the candidate's own page.
 * Every decision is the services' (and so {@code AccessPolicy}'s); this only renders and redirects.
 */
@Controller
class MentoringPageController {

    private final MentorWorkspaces workspaces;
    private final MentoringCases cases;
    private final ChecklistService checklist;
    private final WeeklyPlanService plans;
    private final MasteryLogService mastery;
    private final QuestionService questions;
    private final ChallengeFlagService flags;
    private final CandidateService candidates;
    private final ProcessService processes;
    private final MessageSource messages;

    MentoringPageController(MentorWorkspaces workspaces, MentoringCases cases, ChecklistService checklist,
            WeeklyPlanService plans, MasteryLogService mastery, QuestionService questions, ChallengeFlagService flags,
            CandidateService candidates, ProcessService processes, MessageSource messages) {
        this.workspaces = workspaces;
        this.cases = cases;
        this.checklist = checklist;
        this.plans = plans;
        this.mastery = mastery;
        this.questions = questions;
        this.flags = flags;
        this.candidates = candidates;
        this.processes = processes;
        this.messages = messages;
    }

    @GetMapping("/mentoring")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("rows", workspaces.mine(user));
        return "mentoring/list";
    }

    @GetMapping("/mentoring/{id}")
    String workspace(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        return workspacePage(user, id, model);
    }

    @PostMapping("/mentoring/{id}/steps/{step}")
    String saveStep(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int step,
            @RequestParam(defaultValue = "0") long version, @RequestParam(required = false) String done,
            @RequestParam(required = false) String doneOn, @RequestParam(required = false) String note,
            Model model, RedirectAttributes redirect) {
        Map<String, String> input = new LinkedHashMap<>();
        input.put("note", note);
        input.put("doneOn", doneOn);
        input.put("done", done);
        try {
            checklist.update(user, id, step, version, new StepChecklist.Change(done != null, date("doneOn", doneOn),
                    note));
            redirect.addFlashAttribute("mentoringSaved", "step" + step);
            return "redirect:/mentoring/" + id + "#step-" + step;
        } catch (RuleViolationException e) {
            model.addAttribute("err", FormErrors.of("step" + step, e, input, messages));
        } catch (StaleVersionException e) {
            model.addAttribute("conflict", "step" + step);
        }
        return workspacePage(user, id, model);
    }

    @PostMapping("/mentoring/{id}/weekly-plan")
    String savePlan(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(defaultValue = "0") long version, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        boolean weekend = params.containsKey("includeWeekend");
        Map<String, String> input = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            input.put(day.name(), params.getOrDefault(day.name(), ""));
        }
        try {
            List<PlanItem> items = new ArrayList<>();
            List<RuleViolationException.Violation> violations = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                if (!weekend && WeeklyPlanRules.WEEKEND.contains(day)) {
                    continue;
                }
                try {
                    items.addAll(WeeklyPlanRules.parse(day, input.get(day.name())));
                } catch (RuleViolationException e) {
                    violations.addAll(e.violations());
                }
            }
            if (!violations.isEmpty()) {
                throw new RuleViolationException(violations);
            }
            plans.save(user, id, version, weekend, items);
            redirect.addFlashAttribute("mentoringSaved", "plan");
            return "redirect:" + planHome(user, id) + "#plan";
        } catch (RuleViolationException e) {
            model.addAttribute("err", FormErrors.of("plan", e, input, messages));
        } catch (StaleVersionException e) {
            model.addAttribute("planConflict", input);
            model.addAttribute("planConflictWeekend", weekend);
        }
        return user.role() == Role.CANDIDATE ? myPage(user, model) : workspacePage(user, id, model);
    }

    @PostMapping("/mentoring/{id}/mastery")
    String addMastery(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String date, @RequestParam(required = false) String wentWell,
            @RequestParam(required = false) String wasHard, Model model, RedirectAttributes redirect) {
        Map<String, String> input = new LinkedHashMap<>();
        input.put("date", date);
        input.put("wentWell", wentWell);
        input.put("wasHard", wasHard);
        try {
            mastery.add(user, id, date("date", date), wentWell, wasHard);
            redirect.addFlashAttribute("mentoringSaved", "mastery");
            return "redirect:" + planHome(user, id) + "#mastery";
        } catch (RuleViolationException e) {
            model.addAttribute("err", FormErrors.of("mastery", e, input, messages));
        }
        return user.role() == Role.CANDIDATE ? myPage(user, model) : workspacePage(user, id, model);
    }

    @PostMapping("/mentoring/{id}/flags")
    String raiseFlag(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String challenge, @RequestParam(required = false) String note,
            Model model, RedirectAttributes redirect) {
        Map<String, String> input = new LinkedHashMap<>();
        input.put("challenge", challenge);
        input.put("note", note);
        try {
            flags.raise(user, id, challenge(challenge), note);
            redirect.addFlashAttribute("mentoringSaved", "flags");
            return "redirect:" + (user.role() == Role.COUNSELLOR ? "/processes/" + id : "/mentoring/" + id)
                    + "#mentoring-flags";
        } catch (RuleViolationException e) {
            model.addAttribute("err", FormErrors.of("flag", e, input, messages));
        }
        return workspacePage(user, id, model);
    }

    @PostMapping("/mentoring/flags/{flagId}/resolution")
    String resolveFlag(@AuthenticationPrincipal CurrentUser user, @PathVariable long flagId,
            @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        Map<String, String> input = new LinkedHashMap<>();
        input.put("note", note);
        try {
            ChallengeFlagService.Flag flag = flags.resolve(user, flagId, note);
            redirect.addFlashAttribute("mentoringSaved", "flags");
            return "redirect:/processes/" + flag.processId() + "#mentoring-flags";
        } catch (RuleViolationException e) {
            long processId = flagProcess(flagId);
            model.addAttribute("err", FormErrors.of("resolve" + flagId, e, input, messages));
            return workspacePage(user, processId, model);
        }
    }

    @GetMapping("/mentoring/{id}/questions")
    String questionsPage(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        return questionsPage(user, id, model, null);
    }

    @PostMapping("/mentoring/{id}/questions")
    String ask(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String text, Model model, RedirectAttributes redirect) {
        try {
            QuestionService.Question q = questions.ask(user, id, text);
            redirect.addFlashAttribute("mentoringSaved", "question");
            return "redirect:/mentoring/" + id + "/questions#question-" + q.id();
        } catch (RuleViolationException e) {
            return questionsPage(user, id, model, FormErrors.of("ask", e, Map.of("text", text == null ? "" : text),
                    messages));
        }
    }

    @PostMapping("/mentoring/questions/{questionId}/answers")
    String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long questionId,
            @RequestParam(required = false) String text, Model model, RedirectAttributes redirect) {
        try {
            QuestionService.Question q = questions.answer(user, questionId, text);
            redirect.addFlashAttribute("mentoringSaved", "answer");
            return "redirect:/mentoring/" + q.processId() + "/questions#question-" + questionId;
        } catch (RuleViolationException e) {
            long processId = questions.get(user, questionId).processId();
            return questionsPage(user, processId, model, FormErrors.of("answer" + questionId, e,
                    Map.of("text", text == null ? "" : text), messages));
        }
    }

    @GetMapping("/my/mentoring")
    String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
        return myPage(user, model);
    }

    // ------------------------------------------------------------------ pages

    private String workspacePage(CurrentUser user, long id, Model model) {
        MentoringCases.Case c = cases.load(id);
        model.addAttribute("processId", id);
        if (cases.signsDeclaration(user) && !cases.permits(user, c, MentoringAction.READ_CHECKLIST)) {
            // Before the confidentiality declaration: only that it must be signed, and where (403 if not theirs).
            try {
                model.addAttribute("row", workspaces.mineFor(user, id));
            } catch (no.treklover.platform.errors.ForbiddenException e) {
                cases.require(user, id, MentoringAction.READ_CHECKLIST, ChecklistService.RESOURCE);
                throw e;
            }
            return "mentoring/not-signed";
        }
        model.addAttribute("checklist", checklist.read(user, id));
        model.addAttribute("candidateName", candidates.load(c.process().getCandidateId()).fullName());
        model.addAttribute("plan", plans.read(user, id));
        model.addAttribute("mastery", mastery.list(user, id));
        model.addAttribute("flags", flags.list(user, id));
        model.addAttribute("openQuestions", questions.list(user, id).stream().filter(q -> !q.answered()).count());
        model.addAttribute("mayEdit", cases.permits(user, c, MentoringAction.EDIT_CHECKLIST));
        model.addAttribute("mayEditPlan", cases.permits(user, c, MentoringAction.EDIT_WEEKLY_PLAN));
        model.addAttribute("mayAddMastery", cases.permits(user, c, MentoringAction.ADD_MASTERY_ENTRY));
        model.addAttribute("mayRaise", cases.permits(user, c, MentoringAction.RAISE_CHALLENGE_FLAG));
        model.addAttribute("mayResolve", cases.permits(user, c, MentoringAction.RESOLVE_CHALLENGE_FLAG));
        model.addAttribute("challenges", Challenge.values());
        model.addAttribute("today", cases.today());
        return "mentoring/workspace";
    }

    private String questionsPage(CurrentUser user, long id, Model model, FormErrors errors) {
        MentoringCases.Case c = cases.load(id);
        model.addAttribute("questions", questions.list(user, id));
        model.addAttribute("processId", id);
        model.addAttribute("candidateName", candidates.load(c.process().getCandidateId()).fullName());
        model.addAttribute("mayAsk", cases.permits(user, c, MentoringAction.ASK_QUESTION));
        model.addAttribute("mayAnswer", cases.permits(user, c, MentoringAction.ANSWER_QUESTION));
        model.addAttribute("mayOpenWorkspace", cases.permits(user, c, MentoringAction.READ_CHECKLIST));
        model.addAttribute("err", errors);
        return "mentoring/questions";
    }

    private String myPage(CurrentUser user, Model model) {
        List<InclusionProcess> own = processes.ownProcesses(user);
        InclusionProcess process = own.stream().filter(InclusionProcess::isOpen).findFirst()
                .orElse(own.isEmpty() ? null : own.get(0));
        if (process != null && process.getMentorUserId() != null) {
            model.addAttribute("processId", process.getId());
            model.addAttribute("plan", plans.read(user, process.getId()));
            model.addAttribute("mastery", mastery.list(user, process.getId()));
            model.addAttribute("today", cases.today());
        }
        return "mentoring/my";
    }

    private String planHome(CurrentUser user, long id) {
        return user.role() == Role.CANDIDATE ? "/my/mentoring" : "/mentoring/" + id;
    }

    private long flagProcess(long flagId) {
        return flags.processOf(flagId);
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(field, "validation.typeMismatch");
        }
    }

    private static Challenge challenge(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Challenge.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("challenge", "mentoring.flag.challengeRequired");
        }
    }
}
