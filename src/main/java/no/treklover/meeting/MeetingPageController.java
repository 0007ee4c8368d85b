package no.treklover.meeting;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.meeting.MeetingInput.Changes;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.RuleViolationException.Violation;
import no.treklover.platform.web.FormSupport;
import no.treklover.process.InclusionProcess;
import org.springframework.dao.OptimisticLockingFailureException;
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

/** The meeting screens: plan a meeting, the meeting page with its forms, the office templates, the calendar feed. */
@Controller
class MeetingPageController {

    private final MeetingService meetings;
    private final MeetingFeedbackService feedback;
    private final MeetingSettings settings;
    private final CalendarFeedTokens tokens;
    private final AccessPolicy policy;
    private final FormSupport forms;
    private final CancellationNotices cancellations;

    MeetingPageController(MeetingService meetings, MeetingFeedbackService feedback, MeetingSettings settings,
            CalendarFeedTokens tokens, AccessPolicy policy, FormSupport forms, CancellationNotices cancellations) {
        this.meetings = meetings;
        this.feedback = feedback;
        this.settings = settings;
        this.tokens = tokens;
        this.policy = policy;
        this.forms = forms;
        this.cancellations = cancellations;
    }

    // ------------------------------------------------------------------ plan a meeting

    @GetMapping("/processes/{id}/meetings/new")
    String planForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) MeetingType type, Model model) {
        InclusionProcess process = meetings.forPlanning(user, id);
        MeetingForm form = new MeetingForm();
        form.setType(type != null ? type : MeetingType.TREKLOVERSAMTALE);
        form.setAgenda(meetings.defaultAgenda(process, form.getType()));
        form.setWithMentor(process.getMentorUserId() != null || process.getMentorName() != null);
        return planPage(process, form, model);
    }

    @PostMapping("/processes/{id}/meetings/new")
    String plan(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("meetingForm") MeetingForm form, BindingResult result, Model model) {
        InclusionProcess process = meetings.forPlanning(user, id);
        if (required(form, result)) {
            try {
                Meeting meeting = meetings.create(user, id, changes(form, user, form.getType()));
                return "redirect:/meetings/" + meeting.getId() + "?planned";
            } catch (RuleViolationException e) {
                forms.reject(forForm(e), result);
            }
        }
        return planPage(process, form, model);
    }

    private String planPage(InclusionProcess process, MeetingForm form, Model model) {
        model.addAttribute("process", process);
        model.addAttribute("candidateName", meetings.candidateName(process));
        model.addAttribute("meetingForm", form);
        model.addAttribute("employerAccounts", meetings.employerAccounts(process));
        model.addAttribute("types", MeetingType.values());
        model.addAttribute("channels", MeetingChannel.values());
        return "meeting/plan";
    }

    // ------------------------------------------------------------------ the meeting page

    @GetMapping("/meetings/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        MeetingService.Loaded loaded = meetings.read(user, id);
        return page(user, loaded, MeetingForm.of(loaded.meeting()), MinutesForm.of(loaded.meeting()), new ActionItemForm(),
                model);
    }

    @PostMapping("/meetings/{id}/plan")
    String replan(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("meetingForm") MeetingForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        MeetingService.Loaded loaded = meetings.read(user, id);
        if (required(form, result)) {
            try {
                meetings.update(user, id, form.getVersion(), changes(form, user, null));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/meetings/" + id;
            } catch (RuleViolationException e) {
                forms.reject(forForm(e), result);
            } catch (ConflictException | OptimisticLockingFailureException e) {
                model.addAttribute("conflict", conflictKey(e));
            }
        }
        return page(user, loaded, form, MinutesForm.of(loaded.meeting()), new ActionItemForm(), model);
    }

    @PostMapping("/meetings/{id}/minutes")
    String minutes(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("minutesForm") MinutesForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        MeetingService.Loaded loaded = meetings.read(user, id);
        if (!result.hasErrors()) {
            try {
                meetings.update(user, id, form.getVersion(), form.toChanges(loaded.meeting().getType()));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/meetings/" + id + "#minutes";
            } catch (RuleViolationException e) {
                forms.reject(forForm(e), result);
            } catch (ConflictException | OptimisticLockingFailureException e) {
                model.addAttribute("conflict", conflictKey(e));
            }
        }
        return page(user, loaded, MeetingForm.of(loaded.meeting()), form, new ActionItemForm(), model);
    }

    /** Cancelling asks first: what happens, who is told, and the reason they get (without JavaScript too). */
    @GetMapping("/meetings/{id}/cancel")
    String confirmCancel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        MeetingService.Loaded loaded = meetings.readToManage(user, id);
        CancelForm form = new CancelForm();
        form.setVersion(loaded.meeting().getVersion());
        return cancelPage(user, loaded, form, model);
    }

    @PostMapping("/meetings/{id}/cancel")
    String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("cancelForm") CancelForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            if (!result.hasErrors()) {
                meetings.cancel(user, id, form.getVersion(), form.getReason());
                redirect.addFlashAttribute("cancelled", true);
                return "redirect:/meetings/" + id;
            }
        } catch (RuleViolationException e) {
            forms.reject(e, result);
        } catch (ConflictException | OptimisticLockingFailureException e) {
            model.addAttribute("conflict", conflictKey(e));
        }
        return cancelPage(user, meetings.readToManage(user, id), form, model);
    }

    private String cancelPage(CurrentUser user, MeetingService.Loaded loaded, CancelForm form, Model model) {
        model.addAttribute("m", loaded.meeting());
        model.addAttribute("candidateName", meetings.candidateName(loaded.process()));
        model.addAttribute("notified", cancellations.notified(loaded.meeting(), loaded.process(), user.id()));
        model.addAttribute("cancelForm", form);
        model.addAttribute("reasonMaxLength", MeetingService.MAX_CANCEL_REASON);
        return "meeting/cancel";
    }

    @PostMapping("/meetings/{id}/action-items")
    String addItem(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("actionItemForm") ActionItemForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        MeetingService.Loaded loaded = meetings.read(user, id);
        if (!result.hasErrors()) {
            try {
                meetings.addActionItem(user, id, new MeetingInput.NewActionItem(form.getText(), form.getOwner(),
                        form.getDueDate()));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/meetings/" + id + "#action-items";
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            } catch (ConflictException e) {
                model.addAttribute("conflict", conflictKey(e));
            }
        }
        return page(user, loaded, MeetingForm.of(loaded.meeting()), MinutesForm.of(loaded.meeting()), form, model);
    }

    @PostMapping("/meetings/{id}/action-items/{itemId}")
    String markItem(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long itemId,
            @RequestParam long version, @RequestParam(defaultValue = "false") boolean done, Model model,
            RedirectAttributes redirect) {
        try {
            meetings.markActionItem(user, id, itemId, version, done);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/meetings/" + id + "#action-items";
        } catch (ConflictException | OptimisticLockingFailureException e) {
            MeetingService.Loaded loaded = meetings.read(user, id);
            model.addAttribute("conflict", conflictKey(e));
            return page(user, loaded, MeetingForm.of(loaded.meeting()), MinutesForm.of(loaded.meeting()),
                    new ActionItemForm(), model);
        }
    }

    @PostMapping("/processes/{id}/meetings/cadence")
    String processCadence(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String weeks, @RequestParam long version, RedirectAttributes redirect) {
        try {
            Integer value = weeks == null || weeks.isBlank() ? null : Integer.valueOf(weeks.strip());
            meetings.setProcessInterval(user, id, value, version);
            redirect.addFlashAttribute("saved", true);
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("cadenceError", "meeting.validation.intervalWeeks");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("cadenceError", e.violations().get(0).messageKey());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("cadenceError", conflictKey(e));
        }
        return "redirect:/processes/" + id + "#meetings";
    }

    private String page(CurrentUser user, MeetingService.Loaded loaded, MeetingForm planForm,
            MinutesForm minutesForm, ActionItemForm itemForm, Model model) {
        model.addAttribute("officeFeedback", feedback.forOffice(user, loaded).orElse(null));
        model.addAttribute("ownFeedback", feedback.forCandidate(user, List.of(loaded)).get(loaded.meeting().getId()));
        model.addAttribute("m", loaded.meeting());
        model.addAttribute("loaded", loaded);
        model.addAttribute("candidateName", meetings.candidateName(loaded.process()));
        model.addAttribute("meetingForm", planForm);
        model.addAttribute("minutesForm", minutesForm);
        model.addAttribute("actionItemForm", itemForm);
        model.addAttribute("channels", MeetingChannel.values());
        model.addAttribute("employerAccounts", loaded.manageable()
                ? meetings.employerAccounts(loaded.process()) : List.of());
        return "meeting/meeting";
    }

    // ------------------------------------------------------------------ office templates and interval

    @GetMapping("/meetings/templates")
    String templates(@AuthenticationPrincipal CurrentUser user, Model model) {
        policy.requireOfficeMeetingSettings(user, user.officeId());
        return templatesPage(user, null, model);
    }

    @PostMapping("/meetings/templates")
    String saveTemplate(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("templateForm") TemplateForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        policy.requireOfficeMeetingSettings(user, user.officeId());
        if (!result.hasErrors()) {
            try {
                settings.saveTemplate(user.officeId(), form.getType(), form.getAgenda(), form.getVersion(),
                        user.id());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/meetings/templates";
            } catch (RuleViolationException e) {
                Violation first = e.violations().get(0);
                model.addAttribute("agendaError", first.messageKey());
                model.addAttribute("agendaErrorArgument", first.arguments().length > 0 ? first.arguments()[0] : "");
                if (form.getType() == null) {
                    throw e;
                }
            } catch (ConflictException e) {
                model.addAttribute("conflict", conflictKey(e));
            }
        }
        return templatesPage(user, form, model);
    }

    @PostMapping("/meetings/templates/interval")
    String saveInterval(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String weeks,
            @RequestParam long version, RedirectAttributes redirect) {
        policy.requireOfficeMeetingSettings(user, user.officeId());
        try {
            settings.setOfficeInterval(user.officeId(), weeks == null || weeks.isBlank() ? null
                    : Integer.valueOf(weeks.strip()), version);
            redirect.addFlashAttribute("saved", true);
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("intervalError", "meeting.validation.intervalWeeks");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("intervalError", e.violations().get(0).messageKey());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("intervalError", conflictKey(e));
        }
        return "redirect:/meetings/templates";
    }

    private String templatesPage(CurrentUser user, TemplateForm failed, Model model) {
        model.addAttribute("templates", settings.templates(user.officeId()).values());
        model.addAttribute("failed", failed);
        model.addAttribute("templateForm", failed != null ? failed : new TemplateForm());
        MeetingSettings.Interval interval = settings.officeInterval(user.officeId());
        model.addAttribute("interval", interval);
        model.addAttribute("effectiveWeeks", FollowUpCadence.interval(null, interval.weeks()));
        model.addAttribute("maxWeeks", FollowUpCadence.MAX_INTERVAL_WEEKS);
        return "meeting/templates";
    }

    // ------------------------------------------------------------------ calendar feed

    @GetMapping("/meetings/calendar")
    String calendar(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("createdAt", tokens.createdAt(user.id()).orElse(null));
        Object path = model.getAttribute("feedPath");
        if (path != null) {
            model.addAttribute("feedUrl", org.springframework.web.servlet.support.ServletUriComponentsBuilder
                    .fromCurrentContextPath().path(path.toString()).toUriString());
        }
        return "meeting/calendar";
    }

    @PostMapping("/meetings/calendar")
    String rotate(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "rotate") String action,
            RedirectAttributes redirect) {
        if ("revoke".equals(action)) {
            tokens.revoke(user.id());
            redirect.addFlashAttribute("revoked", true);
        } else {
            redirect.addFlashAttribute("feedPath", CalendarFeedController.PATH + tokens.rotate(user.id()) + ".ics");
        }
        return "redirect:/meetings/calendar";
    }

    // ------------------------------------------------------------------ helpers

    /** Date and time are required on the form (the API has one startsAt). */
    private static boolean required(MeetingForm form, BindingResult result) {
        if (form.getDate() == null && !result.hasFieldErrors("date")) {
            result.rejectValue("date", "validation.required");
        }
        if (form.getTime() == null && !result.hasFieldErrors("time")) {
            result.rejectValue("time", "validation.required");
        }
        return !result.hasErrors();
    }

    private static Changes changes(MeetingForm form, CurrentUser user, MeetingType type) {
        var startsAt = LocalDateTime.of(form.getDate(), form.getTime()).atZone(ICalendar.OSLO).toOffsetDateTime();
        return new Changes(type, startsAt, form.getDurationMinutes(), form.getChannel(),
                form.getLocation() == null ? "" : form.getLocation(), form.participants(user.id()),
                form.getAgenda() == null ? "" : form.getAgenda(), null, null, null, null, null, null, null);
    }

    /** The API's field names as the form's: startsAt is date and time, participants are in the list fields. */
    private static RuleViolationException forForm(RuleViolationException e) {
        List<Violation> mapped = new ArrayList<>();
        for (Violation v : e.violations()) {
            String field = v.field() == null ? null
                    : v.field().equals("startsAt") ? "date"
                    : v.field().startsWith("participants") ? "others" : v.field();
            mapped.add(new Violation(field, v.messageKey(), v.arguments()));
        }
        return new RuleViolationException(mapped);
    }

    private static String conflictKey(RuntimeException e) {
        return e instanceof ConflictException c && !(c instanceof no.treklover.platform.errors.StaleVersionException)
                ? c.messageKey() : "problem.staleVersion";
    }
}
