package no.treklover.needs;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import no.treklover.access.CurrentUser;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.web.FormSupport;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The needs board's pages: posting a need from a process, the board, one need, the meeting mode that walks the
 * agenda one need at a time, and the attribution report. Every page works without JavaScript.
 */
@Controller
class NeedPageController {

    private final NeedService needs;
    private final FormSupport forms;
    private final Clock clock;

    NeedPageController(NeedService needs, FormSupport forms, Clock clock) {
        this.needs = needs;
        this.forms = forms;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ posting from the process

    @GetMapping("/processes/{id}/needs/new")
    String newNeed(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        return needForm(user, id, NeedForm.of(needs.draft(user, id)), model);
    }

    @PostMapping("/processes/{id}/needs")
    String post(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("needForm") NeedForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        boolean readable = !result.hasErrors();
        if (forms.isValid(form.toProfile(), result) && readable) {
            try {
                Need need = needs.post(user, id, form.toProfile());
                redirect.addFlashAttribute("needPosted", true);
                return "redirect:/board/needs/" + need.getId();
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            } catch (ConflictException e) {
                model.addAttribute("conflictKey", e.messageKey());
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return needForm(user, id, form, model);
    }

    private String needForm(CurrentUser user, long processId, NeedForm form, Model model) {
        model.addAttribute("processId", processId);
        model.addAttribute("needForm", form);
        model.addAttribute("existing", needs.forProcess(user, processId));
        return "needs/new";
    }

    // ------------------------------------------------------------------ the board

    @GetMapping("/board")
    String board(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") FilterForm filter,
            Model model) {
        model.addAttribute("board", needs.board(user, filter.toFilter()));
        model.addAttribute("levels", NeedLevel.values());
        model.addAttribute("now", clock.instant());
        return "needs/board";
    }

    @GetMapping("/board/meeting")
    String meeting(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") FilterForm filter,
            @RequestParam(defaultValue = "0") int position, @RequestParam(required = false) String employerSearch,
            Model model) {
        DecisionForm form = new DecisionForm();
        return meetingPage(user, filter, Math.max(0, Math.min(position, 100_000)), employerSearch, form, model);
    }

    private String meetingPage(CurrentUser user, FilterForm filter, int position, String employerSearch,
            DecisionForm form, Model model) {
        NeedService.AgendaItem item = needs.agendaItem(user, filter.toFilter(), position);
        model.addAttribute("item", item);
        model.addAttribute("filter", filter);
        if (item.view() != null) {
            form.setVersion(item.view().need().getVersion());
            decisionModel(user, item.view(), employerSearch, form, model);
        }
        return "needs/meeting";
    }

    @GetMapping("/board/needs/{id}")
    String need(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String employerSearch, Model model) {
        NeedService.NeedView view = needs.view(user, id);
        DecisionForm form = new DecisionForm();
        form.setVersion(view.need().getVersion());
        decisionModel(user, view, employerSearch, form, model);
        return "needs/need";
    }

    private void decisionModel(CurrentUser user, NeedService.NeedView view, String employerSearch, DecisionForm form,
            Model model) {
        model.addAttribute("view", view);
        model.addAttribute("decisionForm", form);
        model.addAttribute("closeReasons", CloseReason.values());
        model.addAttribute("employerSearch", employerSearch);
        var found = view.actions().contains(NeedAction.PROPOSE) ? needs.searchEmployers(user, employerSearch)
                : java.util.List.<no.treklover.employer.Employer>of();
        model.addAttribute("employers", found);
        model.addAttribute("subUnits", found.size() == 1 ? needs.subUnits(found.get(0).getId())
                : java.util.List.of());
    }

    // ------------------------------------------------------------------ decisions

    @PostMapping("/board/needs/{id}/transitions")
    String transition(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("decisionForm") DecisionForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        boolean readable = !result.hasErrors();
        if (forms.isValid(form.toTransition(), result) && readable) {
            try {
                needs.transition(user, id, form.getVersion(), form.toTransition());
                return done(id, form, form.getAction(), redirect);
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            } catch (ConflictException | OptimisticLockingFailureException e) {
                conflict(model, response);
            }
        }
        return again(user, id, form, model);
    }

    @PostMapping("/board/needs/{id}/proposals")
    String propose(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("decisionForm") DecisionForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        boolean readable = !result.hasErrors();
        if (forms.isValid(form.toProposal(), result) && readable) {
            try {
                needs.propose(user, id, form.getVersion(), form.toProposal());
                return done(id, form, NeedAction.PROPOSE, redirect);
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            } catch (ConflictException | OptimisticLockingFailureException e) {
                conflict(model, response);
            }
        }
        return again(user, id, form, model);
    }

    @PostMapping("/board/needs/{id}/proposals/{proposalId}/acceptance")
    String accept(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long proposalId,
            @ModelAttribute("decisionForm") DecisionForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        boolean readable = !result.hasErrors();
        if (forms.isValid(form.toAcceptance(), result) && readable) {
            try {
                Need need = needs.accept(user, id, proposalId, form.getVersion(), form.toAcceptance());
                redirect.addFlashAttribute("needMatched", true);
                return "redirect:/processes/" + need.getProcessId() + "#timeline";
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            } catch (ConflictException | OptimisticLockingFailureException e) {
                conflict(model, response);
            }
        }
        return again(user, id, form, model);
    }

    private String done(long id, DecisionForm form, NeedAction action, RedirectAttributes redirect) {
        redirect.addFlashAttribute("needSaved", action.name());
        if (!form.inMeeting()) {
            return "redirect:/board/needs/" + id;
        }
        // A need that leaves the agenda (escalated, postponed, closed) makes room: the next one takes its place.
        boolean leaves = action == NeedAction.ESCALATE || action == NeedAction.POSTPONE || action == NeedAction.CLOSE;
        int next = leaves ? form.getPosition() : form.getPosition() + 1;
        return "redirect:" + meetingLink(form, next);
    }

    private static String meetingLink(DecisionForm form, int position) {
        return UriComponentsBuilder.fromPath("/board/meeting")
                .queryParamIfPresent("office", java.util.Optional.ofNullable(form.getOffice()))
                .queryParamIfPresent("county", java.util.Optional.ofNullable(form.getCounty()))
                .queryParamIfPresent("level", java.util.Optional.ofNullable(form.getLevel()))
                .queryParamIfPresent("minAgeDays", java.util.Optional.ofNullable(form.getMinAgeDays()))
                .queryParam("position", Math.max(0, position))
                .encode(StandardCharsets.UTF_8).build().toUriString();
    }

    private static void conflict(Model model, HttpServletResponse response) {
        model.addAttribute("conflict", true);
        response.setStatus(HttpServletResponse.SC_CONFLICT);
    }

    /** The page again with what was typed kept, its errors or the conflict message shown, and the latest need. */
    private String again(CurrentUser user, long id, DecisionForm form, Model model) {
        if (form.inMeeting()) {
            FilterForm filter = FilterForm.of(form);
            return meetingPage(user, filter, form.getPosition(), null, form, model);
        }
        NeedService.NeedView view = needs.view(user, id);
        decisionModel(user, view, null, form, model);
        return "needs/need";
    }

    // ------------------------------------------------------------------ attribution

    @GetMapping("/board/attribution")
    String attribution(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        LocalDate today = LocalDate.now(clock.withZone(NeedService.OSLO));
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusMonths(6) : from;
        try {
            NeedPeriod.check(start, end);
        } catch (RuleViolationException e) {
            model.addAttribute("periodInvalid", true);
            end = today;
            start = today.minusMonths(6);
        }
        model.addAttribute("report", needs.attribution(user, start, end));
        return "needs/attribution";
    }

    @GetMapping("/board/attribution.csv")
    ResponseEntity<String> attributionCsv(@AuthenticationPrincipal CurrentUser user,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        NeedPeriod.check(from, to);
        Attribution report = needs.attribution(user, from, to);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"formidling-" + from + "-" + to
                        + ".csv\"")
                .body(report.csv());
    }

    /** The board's and the meeting's filters as query parameters; {@code large} is the projector's type size. */
    public static class FilterForm {

        private String office;
        private String county;
        private NeedLevel level;
        private Integer minAgeDays;
        private boolean large;

        static FilterForm of(DecisionForm form) {
            FilterForm filter = new FilterForm();
            filter.office = form.getOffice();
            filter.county = form.getCounty();
            filter.level = form.getLevel();
            filter.minAgeDays = form.getMinAgeDays();
            return filter;
        }

        BoardFilter toFilter() {
            return new BoardFilter(office, county, level, minAgeDays);
        }

        public String getOffice() {
            return office;
        }

        public void setOffice(String office) {
            this.office = office;
        }

        public String getCounty() {
            return county;
        }

        public void setCounty(String county) {
            this.county = county;
        }

        public NeedLevel getLevel() {
            return level;
        }

        public void setLevel(NeedLevel level) {
            this.level = level;
        }

        public Integer getMinAgeDays() {
            return minAgeDays;
        }

        public void setMinAgeDays(Integer minAgeDays) {
            this.minAgeDays = minAgeDays;
        }

        public boolean isLarge() {
            return large;
        }

        public void setLarge(boolean large) {
            this.large = large;
        }
    }
}
