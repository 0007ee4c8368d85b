package no.treklover.event;

import jakarta.servlet.http.HttpServletResponse;
import no.treklover.access.CurrentUser;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.web.FormSupport;
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

/**
 * The events' pages: the list, one event (its employers and slots, booking, the organiser's actions), the create and
 * edit form, the cancel confirmation. Plain forms throughout: everything works without JavaScript.
 */
@Controller
class EventPageController {

    private final EventService events;
    private final EventInterviews interviews;
    private final FormSupport forms;

    EventPageController(EventService events, EventInterviews interviews, FormSupport forms) {
        this.events = events;
        this.interviews = interviews;
        this.forms = forms;
    }

    @GetMapping("/events")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("events", events.list(user));
        model.addAttribute("organises", events.mayOrganise(user));
        return "event/list";
    }

    // ------------------------------------------------------------------ create and edit

    @GetMapping("/events/new")
    String newEvent(@AuthenticationPrincipal CurrentUser user, Model model) {
        events.requireOrganiser(user);
        return form(null, new EventForm(), model);
    }

    @PostMapping("/events")
    String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("eventForm") EventForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        events.requireOrganiser(user);
        boolean readable = !result.hasErrors();
        if (forms.isValid(form.toDetails(), result) && readable) {
            try {
                Event event = events.create(user, form.toDetails());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/events/" + event.getId();
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            }
        }
        return form(null, form, model);
    }

    @GetMapping("/events/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        EventDetails details = events.details(user, id);
        return form(id, EventForm.of(details, events.load(id).getVersion()), model);
    }

    @PostMapping("/events/{id}")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("eventForm") EventForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        events.details(user, id);
        boolean readable = !result.hasErrors();
        if (forms.isValid(form.toDetails(), result) && readable) {
            try {
                events.update(user, id, form.getVersion(), form.toDetails());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/events/" + id;
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            } catch (ConflictException | OptimisticLockingFailureException e) {
                model.addAttribute("conflict", e instanceof ConflictException c ? c.messageKey()
                        : "problem.staleVersion");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return form(id, form, model);
    }

    private String form(Long id, EventForm form, Model model) {
        model.addAttribute("eventId", id);
        model.addAttribute("eventForm", form);
        model.addAttribute("types", EventType.values());
        model.addAttribute("offices", events.allOffices());
        return "event/form";
    }

    // ------------------------------------------------------------------ one event

    @GetMapping("/events/{id}")
    String view(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        return page(user, id, new EmployerForm(), model);
    }

    private String page(CurrentUser user, long id, EmployerForm employerForm, Model model) {
        EventService.EventView v = events.view(user, id);
        model.addAttribute("v", v);
        model.addAttribute("employerForm", employerForm);
        model.addAttribute("mine", interviews.forCounsellor(user, id));
        model.addAttribute("summary", v.manages() ? interviews.summary(id) : null);
        return "event/event";
    }

    @PostMapping("/events/{id}/state")
    String transition(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam EventState state, @RequestParam long version, RedirectAttributes redirect) {
        if (state == EventState.CANCELLED) {
            return "redirect:/events/" + id + "/cancel";
        }
        try {
            events.transition(user, id, version, state, null);
            redirect.addFlashAttribute("moved", state);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("conflict", e.messageKey());
        }
        return "redirect:/events/" + id;
    }

    @GetMapping("/events/{id}/cancel")
    String confirmCancel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        events.details(user, id);
        CancelForm form = new CancelForm();
        form.setVersion(events.load(id).getVersion());
        return cancelPage(user, id, form, model);
    }

    @PostMapping("/events/{id}/cancel")
    String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("cancelForm") CancelForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            if (!result.hasErrors()) {
                events.transition(user, id, form.getVersion(), EventState.CANCELLED, form.getReason());
                redirect.addFlashAttribute("moved", EventState.CANCELLED);
                return "redirect:/events/" + id;
            }
        } catch (RuleViolationException e) {
            forms.reject(e, result);
        } catch (ConflictException e) {
            model.addAttribute("conflict", e.messageKey());
        }
        return cancelPage(user, id, form, model);
    }

    private String cancelPage(CurrentUser user, long id, CancelForm form, Model model) {
        model.addAttribute("v", events.view(user, id));
        model.addAttribute("cancelForm", form);
        return "event/cancel";
    }

    // ------------------------------------------------------------------ employers and booking

    @PostMapping("/events/{id}/employers")
    String addEmployer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("employerForm") EmployerForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        events.details(user, id);
        boolean readable = !result.hasErrors();
        boolean breakfast = events.load(id).getType() == EventType.BREAKFAST;
        if ((breakfast || forms.isValid(form.plan(), result)) && readable) {
            try {
                events.addEmployer(user, id, events.employerByOrgNumber(form.getOrgNumber()), form.getTasks(),
                        form.plan());
                redirect.addFlashAttribute("employerAdded", true);
                return "redirect:/events/" + id;
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            } catch (ConflictException e) {
                model.addAttribute("conflict", e.messageKey());
            }
        }
        return page(user, id, form, model);
    }

    /** One form per employer: a free time and a candidate of the counsellor's caseload. */
    @PostMapping("/events/{id}/bookings")
    String book(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) Long slotId, @RequestParam(required = false) Long processId,
            RedirectAttributes redirect) {
        try {
            if (slotId == null) {
                throw new RuleViolationException("slotId", "events.booking.chooseSlot");
            }
            if (processId == null) {
                throw new RuleViolationException("processId", "events.booking.chooseCandidate");
            }
            events.book(user, id, slotId, processId);
            redirect.addFlashAttribute("booked", true);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("conflict", e.messageKey());
            redirect.addFlashAttribute("conflictArgs", e.arguments());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("conflict", e.violations().get(0).messageKey());
        }
        return "redirect:/events/" + id;
    }

    @PostMapping("/events/{id}/employers/{partId}/waiting")
    String waiting(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long partId,
            @RequestParam(required = false) Long processId, RedirectAttributes redirect) {
        try {
            if (processId == null) {
                throw new RuleViolationException("processId", "events.booking.chooseCandidate");
            }
            events.joinWaitingList(user, id, partId, processId);
            redirect.addFlashAttribute("waiting", true);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("conflict", e.messageKey());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("conflict", e.violations().get(0).messageKey());
        }
        return "redirect:/events/" + id;
    }

    @GetMapping("/events/{id}/bookings/{bookingId}/cancel")
    String confirmCancelBooking(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long bookingId, Model model) {
        EventService.EventView v = events.view(user, id);
        if (!v.books()) {
            throw new no.treklover.platform.errors.ForbiddenException(user.username() + " books nothing here");
        }
        EventService.SlotRow slot = v.slots().stream().filter(s -> Long.valueOf(bookingId).equals(s.bookingId()))
                .findFirst()
                .orElseThrow(() -> new no.treklover.platform.errors.NotFoundException("event-booking", bookingId));
        model.addAttribute("v", v);
        model.addAttribute("slot", slot);
        return "event/cancel-booking";
    }

    @PostMapping("/events/{id}/bookings/{bookingId}/cancel")
    String cancelBooking(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long bookingId, RedirectAttributes redirect) {
        try {
            events.cancelBooking(user, id, bookingId);
            redirect.addFlashAttribute("bookingCancelled", true);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("conflict", e.messageKey());
        }
        return "redirect:/events/" + id;
    }
}
