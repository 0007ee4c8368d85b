package no.treklover.agreement.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.treklover.access.AccessPolicy.AgreementAccess;
import no.treklover.access.CurrentUser;
import no.treklover.agreement.AgreementVersionService;
import no.treklover.agreement.grant.PayType;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.StaleVersionException;
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

/** The versions of a concluded agreement side by side, and the counsellor's change forms. */
@Controller
class AgreementVersionPageController {

    private static final java.util.Set<String> PAY_FIELDS = java.util.Set.of("payType", "payAmount",
            "positionPercent", "holidayPayRate", "otpRate", "agaRate", "accountNumber", "kid", "mentorNationalId");

    private final AgreementVersionService versions;
    private final VersionTexts texts;
    private final FormSupport forms;

    AgreementVersionPageController(AgreementVersionService versions, VersionTexts texts, FormSupport forms) {
        this.versions = versions;
        this.texts = texts;
        this.forms = forms;
    }

    /** One row of the side-by-side view: a field's label and value in each version, and whether it changed. */
    record CompareRow(String field, String label, String left, String right, boolean changed) {
    }

    @GetMapping("/agreements/{id}/versions")
    String list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) Integer left, @RequestParam(required = false) Integer right,
            @RequestParam(defaultValue = "false") boolean onlyChanged, Model model) {
        Versions.Listing listing = versions.list(user, id);
        model.addAttribute("listing", listing);
        model.addAttribute("types", ChangeType.values());
        model.addAttribute("onlyChanged", onlyChanged);
        if (!listing.versions().isEmpty()) {
            int latest = listing.latest().number();
            int r = right == null || right < 1 || right > latest ? latest : right;
            int l = left == null || left < 1 || left > latest ? Math.max(1, r - 1) : left;
            Versions.View leftView = versions.version(user, id, l);
            Versions.View rightView = versions.version(user, id, r);
            List<CompareRow> rows = rows(leftView, rightView);
            model.addAttribute("left", leftView);
            model.addAttribute("right", rightView);
            model.addAttribute("changedCount", rows.stream().filter(CompareRow::changed).count());
            model.addAttribute("rows", onlyChanged ? rows.stream().filter(CompareRow::changed).toList() : rows);
        }
        return "agreementversion/versions";
    }

    @GetMapping("/agreements/{id}/changes/new")
    String newChange(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String type, Model model) {
        Versions.Current current = versions.current(user, id);
        ChangeType chosen = parse(type);
        return form(current, chosen == null ? null : ChangeForm.of(chosen, current), model);
    }

    @PostMapping("/agreements/{id}/changes")
    String change(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("changeForm") ChangeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Versions.Current current = versions.current(user, id);
        if (form.getType() == null) {
            return form(current, null, model);
        }
        if (!result.hasErrors()) {
            try {
                int number = versions.change(user, id, form.getVersion(), form.toRequest());
                redirect.addFlashAttribute("savedVersion", number);
                return "redirect:/agreements/" + id + "/versions";
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            } catch (StaleVersionException | OptimisticLockingFailureException e) {
                model.addAttribute("conflict", "agreementversion.form.conflict");
            } catch (ConflictException e) {
                model.addAttribute("conflict", e.messageKey());
            }
        }
        return form(current, form, model);
    }

    private String form(Versions.Current current, ChangeForm form, Model model) {
        model.addAttribute("current", current);
        model.addAttribute("types", ChangeType.values());
        model.addAttribute("reasons", ShorteningReason.values());
        model.addAttribute("payTypes", PayType.values());
        model.addAttribute("holidayPayRates", no.treklover.agreement.CalculationSteps.rateOptions(
                no.treklover.agreement.grant.GrantRates.HOLIDAY_PAY_RATES));
        model.addAttribute("employerTaxRates", no.treklover.agreement.CalculationSteps.rateOptions(
                no.treklover.agreement.grant.GrantRates.EMPLOYER_TAX_RATES));
        if (form != null) {
            model.addAttribute("changeForm", form);
            model.addAttribute("currentValues", currentValues(form.getType(), current));
        }
        return form == null ? "agreementversion/choose" : "agreementversion/change";
    }

    /** What the fields of this type hold now, to show beside the form ("Nå: …"). */
    private Map<String, String> currentValues(ChangeType type, Versions.Current current) {
        Map<String, String> values = new java.util.HashMap<>();
        ContentFields.flatten(current.content()).forEach((field, value) -> values.put(field,
                texts.value(field, value)));
        return values;
    }

    private List<CompareRow> rows(Versions.View left, Versions.View right) {
        boolean withoutPay = right.access() == AgreementAccess.WITHOUT_PAY;
        Map<String, Object> a = ContentFields.flatten(left.content());
        Map<String, Object> b = ContentFields.flatten(right.content());
        List<CompareRow> rows = new ArrayList<>();
        a.forEach((field, value) -> {
            if (withoutPay && PAY_FIELDS.contains(field)) {
                return;
            }
            if (right.masked(field) || left.masked(field)) {
                rows.add(new CompareRow(field, texts.label(field), texts.notShared(), texts.notShared(), false));
                return;
            }
            rows.add(new CompareRow(field, texts.label(field), texts.value(field, value),
                    texts.value(field, b.get(field)), !ContentFields.same(value, b.get(field))));
        });
        return rows;
    }

    private static ChangeType parse(String type) {
        if (type == null) {
            return null;
        }
        try {
            return ChangeType.valueOf(type);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
