package no.treklover.network;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import no.treklover.access.CurrentUser;
import no.treklover.network.NetworkForms.AnswerForm;
import no.treklover.network.NetworkForms.FeedbackForm;
import no.treklover.network.NetworkForms.MemberForm;
import no.treklover.network.NetworkForms.NetworkForm;
import no.treklover.network.NetworkForms.TopicForm;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.web.Cancellations;
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
 * The mentor networks' pages: the list (with the office leader's flagged feedback and the mentor's own), one
 * network, a gathering and its form, one feedback item. Plain forms throughout: everything works without JavaScript.
 */
@Controller
class NetworkPageController {

    private final NetworkService networks;
    private final FormSupport forms;

    NetworkPageController(NetworkService networks, FormSupport forms) {
        this.networks = networks;
        this.forms = forms;
    }

    @GetMapping("/networks")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        return listPage(user, new NetworkForm(), model);
    }

    private String listPage(CurrentUser user, NetworkForm form, Model model) {
        model.addAttribute("networks", networks.list(user));
        model.addAttribute("manages", networks.manages(user));
        model.addAttribute("flagged", networks.flagged(user));
        model.addAttribute("mine", networks.myFeedback(user));
        model.addAttribute("networkForm", form);
        return "network/list";
    }

    @PostMapping("/networks")
    String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("networkForm") NetworkForm form,
            BindingResult result, Model model) {
        networks.list(user);
        if (forms.isValid(form.toDetails(), result)) {
            return "redirect:/networks/" + networks.create(user, form.toDetails());
        }
        return listPage(user, form, model);
    }

    // ------------------------------------------------------------------ one network

    @GetMapping("/networks/{id}")
    String view(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        return networkPage(user, id, new MemberForm(), new FeedbackForm(), model);
    }

    private String networkPage(CurrentUser user, long id, MemberForm member, FeedbackForm feedback, Model model) {
        model.addAttribute("v", networks.view(user, id));
        model.addAttribute("memberForm", member);
        model.addAttribute("feedbackForm", feedback);
        return "network/network";
    }

    @PostMapping("/networks/{id}/members")
    String addMember(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("memberForm") MemberForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        networks.requireManaged(user, id);
        if (!result.hasErrors()) {
            try {
                networks.addMember(user, id, form.getMentorId(), form.getEmail());
                redirect.addFlashAttribute("saved", "network.members.added");
                return "redirect:/networks/" + id;
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            }
        }
        return networkPage(user, id, form, new FeedbackForm(), model);
    }

    @PostMapping("/networks/{id}/leave")
    String leave(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        networks.leave(user, id);
        redirect.addFlashAttribute("saved", "network.left");
        return "redirect:/networks";
    }

    @PostMapping("/networks/{id}/feedback")
    String giveFeedback(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("feedbackForm") FeedbackForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        networks.view(user, id);
        if (forms.isValid(form.toDetails(), result)) {
            try {
                long item = networks.giveFeedback(user, id, form.toDetails());
                redirect.addFlashAttribute("saved", "network.feedback.given");
                return "redirect:/network-feedback/" + item;
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            }
        }
        if (form.getGatheringId() != null) {
            return gatheringPage(user, form.getGatheringId(), new TopicForm(), form, model);
        }
        return networkPage(user, id, new MemberForm(), form, model);
    }

    // ------------------------------------------------------------------ gatherings

    @GetMapping("/networks/{id}/gatherings/new")
    String newGathering(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        networks.requireManaged(user, id);
        GatheringForm form = new GatheringForm();
        form.setDate(networks.suggestedNext(id));
        return gatheringForm(user, id, null, form, model);
    }

    private String gatheringForm(CurrentUser user, long networkId, Long gatheringId, GatheringForm form,
            Model model) {
        model.addAttribute("network", networks.requireManaged(user, networkId));
        model.addAttribute("gatheringId", gatheringId);
        model.addAttribute("gatheringForm", form);
        model.addAttribute("types", GatheringType.values());
        model.addAttribute("suggested", gatheringId == null ? networks.suggestedNext(networkId) : null);
        return "network/gathering-form";
    }

    @PostMapping("/networks/{id}/gatherings")
    String createGathering(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("gatheringForm") GatheringForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        networks.requireManaged(user, id);
        boolean readable = !result.hasErrors();
        if (forms.isValid(form.toDetails(), result) && readable) {
            try {
                long g = networks.createGathering(user, id, form.toDetails());
                redirect.addFlashAttribute("saved", "network.gathering.saved");
                return "redirect:/gatherings/" + g;
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            }
        }
        return gatheringForm(user, id, null, form, model);
    }

    @GetMapping("/gatherings/{id}/edit")
    String editGathering(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        NetworkService.Gathering g = networks.gathering(id);
        networks.requireManaged(user, g.networkId());
        return gatheringForm(user, g.networkId(), id, GatheringForm.of(g.details(), g.version()), model);
    }

    @PostMapping("/gatherings/{id}")
    String updateGathering(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("gatheringForm") GatheringForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        NetworkService.Gathering g = networks.gathering(id);
        networks.requireManaged(user, g.networkId());
        boolean readable = !result.hasErrors();
        if (forms.isValid(form.toDetails(), result) && readable) {
            try {
                networks.updateGathering(user, id, form.getVersion(), form.toDetails());
                redirect.addFlashAttribute("saved", "network.gathering.saved");
                return "redirect:/gatherings/" + id;
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            } catch (ConflictException e) {
                model.addAttribute("conflict", e.messageKey());
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return gatheringForm(user, g.networkId(), id, form, model);
            }
        }
        return gatheringForm(user, g.networkId(), id, form, model);
    }

    @GetMapping("/gatherings/{id}")
    String gathering(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        return gatheringPage(user, id, new TopicForm(), new FeedbackForm(), model);
    }

    private String gatheringPage(CurrentUser user, long id, TopicForm topic, FeedbackForm feedback, Model model) {
        model.addAttribute("v", networks.gatheringView(user, id));
        model.addAttribute("topicForm", topic);
        feedback.setGatheringId(id);
        model.addAttribute("feedbackForm", feedback);
        return "network/gathering";
    }

    /** Asks first: what cancelling does (who is told), with the reason they get. */
    @GetMapping("/gatherings/{id}/cancel")
    String cancelPage(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        NetworkService.Gathering g = networks.gathering(id);
        return cancelPage(user, g, null, g.version(), model);
    }

    @PostMapping("/gatherings/{id}/cancel")
    String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String reason, @RequestParam long version, Model model,
            HttpServletResponse response) {
        if (Cancellations.attempt(() -> networks.cancelGathering(user, id, version, reason), model, response)) {
            return "redirect:/gatherings/" + id;
        }
        return cancelPage(user, networks.gathering(id), reason, version, model);
    }

    private String cancelPage(CurrentUser user, NetworkService.Gathering g, String reason, long version,
            Model model) {
        model.addAttribute("told", networks.toTellOfCancellation(user, g.id()));
        model.addAttribute("g", g);
        model.addAttribute("reason", reason);
        model.addAttribute("version", version);
        return "network/gathering-cancel";
    }

    @GetMapping("/gatherings/{id}/invitation.ics")
    ResponseEntity<String> ics(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"samling-" + id + ".ics\"")
                .body(networks.ics(user, id));
    }

    @PostMapping("/gatherings/{id}/invitations")
    String invite(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("invited", networks.invite(user, id));
        return "redirect:/gatherings/" + id;
    }

    @PostMapping("/gatherings/{id}/reply")
    String reply(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String reply, RedirectAttributes redirect) {
        attempt(() -> networks.reply(user, id, reply), redirect, "network.gathering.replied",
                "network.validation.reply");
        return "redirect:/gatherings/" + id;
    }

    @PostMapping("/gatherings/{id}/topics")
    String askTopic(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("topicForm") TopicForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        networks.gatheringView(user, id);
        try {
            networks.askTopic(user, id, form.getTopic());
            redirect.addFlashAttribute("saved", "network.topic.asked");
            return "redirect:/gatherings/" + id;
        } catch (RuleViolationException e) {
            forms.reject(e, result);
        }
        return gatheringPage(user, id, form, new FeedbackForm(), model);
    }

    @PostMapping("/gatherings/{id}/topics/{topicId}/pick")
    String pickTopic(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long topicId,
            @RequestParam(defaultValue = "true") boolean picked) {
        networks.pickTopic(user, id, topicId, picked);
        return "redirect:/gatherings/" + id + "#topics";
    }

    @PostMapping("/gatherings/{id}/attendance")
    String attendance(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(name = "attended", required = false) List<Long> attended, RedirectAttributes redirect) {
        attempt(() -> networks.attendance(user, id, attended == null ? List.of() : attended), redirect,
                "network.attendance.saved", "network.validation.attendance.early");
        return "redirect:/gatherings/" + id;
    }

    // ------------------------------------------------------------------ feedback

    @GetMapping("/network-feedback/{id}")
    String feedback(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        NetworkService.FeedbackItem item = networks.item(id);
        AnswerForm form = new AnswerForm();
        form.setStatus(item.status() == FeedbackStatus.NEW ? null : item.status());
        form.setResponse(item.response());
        form.setReason(item.reason());
        form.setVersion(item.version());
        return feedbackPage(user, id, form, model);
    }

    private String feedbackPage(CurrentUser user, long id, AnswerForm form, Model model) {
        model.addAttribute("v", networks.feedbackView(user, id));
        model.addAttribute("answerForm", form);
        return "network/feedback";
    }

    @PostMapping("/network-feedback/{id}/owner")
    String owner(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) Long ownerId, RedirectAttributes redirect) {
        attempt(() -> networks.assignOwner(user, id, ownerId), redirect, "network.feedback.ownerSaved",
                "network.feedback.validation.owner");
        return "redirect:/network-feedback/" + id;
    }

    @PostMapping("/network-feedback/{id}/answer")
    String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("answerForm") AnswerForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        networks.feedbackView(user, id);
        boolean readable = !result.hasErrors();
        if (forms.isValid(form.toDetails(), result) && readable) {
            try {
                networks.answer(user, id, form.getVersion(), form.toDetails());
                redirect.addFlashAttribute("saved", "network.feedback.answered");
                return "redirect:/network-feedback/" + id;
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            } catch (ConflictException e) {
                model.addAttribute("conflict", e.messageKey());
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return feedbackPage(user, id, form, model);
            }
        }
        return feedbackPage(user, id, form, model);
    }

    /** A one-field action after a redirect: its success message, or its rule's message (the field is on the page). */
    private static void attempt(Runnable action, RedirectAttributes redirect, String saved, String problem) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", saved);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", problem);
        }
    }
}
