package no.treklover.consent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import no.treklover.access.Audience;
import no.treklover.access.ConsentItem;
import no.treklover.access.CurrentUser;
import no.treklover.candidate.Candidate;
import no.treklover.candidate.CandidateService;
import no.treklover.platform.errors.ForbiddenException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The candidate decides what is shared: a grid of items and audiences, with what each item says. */
@Controller
class ConsentPageController {

    private final ConsentService consents;
    private final CandidateService candidates;

    ConsentPageController(ConsentService consents, CandidateService candidates) {
        this.consents = consents;
        this.candidates = candidates;
    }

    @GetMapping("/my/consent")
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        Candidate candidate = own(user);
        Map<String, ConsentStatus> statuses = new HashMap<>();
        consents.grid(user, candidate.scope())
                .forEach(status -> statuses.put(status.item() + ":" + status.audience(), status));
        Map<String, String> texts = new HashMap<>();
        for (ConsentItem item : ConsentItem.values()) {
            texts.put(item.name(), candidate.textOf(item));
        }
        model.addAttribute("statuses", statuses);
        model.addAttribute("history", consents.historyOf(candidate.getId()));
        model.addAttribute("texts", texts);
        model.addAttribute("items", ConsentItem.values());
        model.addAttribute("audiences", Audience.values());
        return "consent/my-consent";
    }

    @PostMapping("/my/consent")
    String decide(@AuthenticationPrincipal CurrentUser user, @ModelAttribute ConsentForm form,
            RedirectAttributes redirect) {
        Candidate candidate = own(user);
        List<ConsentChoice> choices = new ArrayList<>();
        for (ConsentItem item : ConsentItem.values()) {
            for (Audience audience : Audience.values()) {
                choices.add(new ConsentChoice(item, audience, form.getShared().contains(item + ":" + audience)));
            }
        }
        consents.decide(user, candidate.scope(), choices);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/my/consent";
    }

    private Candidate own(CurrentUser user) {
        if (user.candidateId() == null) {
            throw new ForbiddenException(user.username() + " is not a candidate");
        }
        return candidates.load(user.candidateId());
    }
}
