package no.treklover.audit;

import no.treklover.access.CurrentUser;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.web.FormSupport;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The privacy officer's pages: search the audit log (by POST, national ids stay out of URLs) and verify it. */
@Controller
class AuditPageController {

    private final AuditSearchService searches;
    private final FormSupport forms;

    AuditPageController(AuditSearchService searches, FormSupport forms) {
        this.searches = searches;
        this.forms = forms;
    }

    @GetMapping("/audit")
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        searches.requireAccess(user);
        model.addAttribute("form", new AuditSearchForm());
        return "audit/search";
    }

    @PostMapping("/audit")
    String search(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") AuditSearchForm form,
            BindingResult result, Model model) {
        searches.requireAccess(user);
        AuditSearchCriteria criteria = form.toCriteria();
        if (!result.hasErrors() && forms.isValid(criteria, result)) {
            try {
                model.addAttribute("results", searches.search(user, criteria));
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            }
        }
        return "audit/search";
    }

    @GetMapping("/audit/verification")
    String verification(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("verification", searches.verify(user));
        return "audit/verification";
    }
}
