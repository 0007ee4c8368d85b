package no.treklover.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.treklover.access.CurrentUser;
import no.treklover.access.Role;
import no.treklover.agreement.grant.GrantRates;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.web.FormSupport;
import no.treklover.platform.text.PageLocale;
import org.springframework.context.MessageSource;
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
 * The mentor agreement's screens for every party: one page per agreement, shown by what the caller may see
 * ({@link AgreementPages}), with its actions as plain forms (so they work without JavaScript) and the live
 * calculation as an htmx fragment. Every decision is {@link AgreementService}'s.
 */
@Controller
class AgreementPageController {

    private static final String PAGE = "agreement/page";

    private final AgreementService agreements;
    private final AgreementSending sending;
    private final AgreementPages pages;
    private final FormSupport forms;
    private final MessageSource messages;

    AgreementPageController(AgreementService agreements, AgreementSending sending, AgreementPages pages,
            FormSupport forms, MessageSource messages) {
        this.agreements = agreements;
        this.sending = sending;
        this.pages = pages;
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping("/agreements/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        AgreementPages.Page page = pages.page(user, id);
        return render(page, pages.form(page), model);
    }

    @PostMapping("/agreements/{id}")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("agreementForm") AgreementForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        AgreementPages.Page page = pages.page(user, id);
        if (!result.hasErrors()) {
            try {
                agreements.update(user, id, form.getVersion(), form.toContent());
                redirect.addFlashAttribute("done", "agreementPage.saved");
                return "redirect:/agreements/" + id;
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            } catch (ConflictException | OptimisticLockingFailureException e) {
                model.addAttribute("conflict", conflictKey(e));
            }
        }
        model.addAttribute("liveCalculation", pagesCalculation(page, form));
        return render(page, form, model);
    }

    /** The htmx fragment: the calculation from what the form holds right now; unusable input shows as missing. */
    @PostMapping("/agreements/{id}/calculation")
    String calculation(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("agreementForm") AgreementForm form, BindingResult result, Model model) {
        model.addAttribute("calc", pages.calculation(user, id, withoutUnreadable(form, result).toContent()));
        return PAGE + " :: calculation";
    }

    @PostMapping("/processes/{id}/agreements")
    String create(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        try {
            long created = agreements.create(user, id, null);
            redirect.addFlashAttribute("done", "agreementPage.created");
            return "redirect:/agreements/" + created;
        } catch (AgreementInProgressException e) {
            // At most one in progress: to the one there is, with why no new one was made.
            redirect.addFlashAttribute("notice", "agreementPage.inProgress");
            return "redirect:/agreements/" + e.existingId();
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("agreementErrors", texts(e));
            return user.role() == Role.COUNSELLOR ? "redirect:/processes/" + id + "#agreements" : "redirect:/partner";
        }
    }

    @PostMapping("/agreements/{id}/confidentiality")
    String sign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "agreementPage.signed", () -> agreements.signConfidentiality(user, id));
    }

    @PostMapping("/agreements/{id}/approvals")
    String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) Long version, @RequestParam(name = "as", required = false) String as,
            @RequestParam(required = false) String onBehalfReason, RedirectAttributes redirect) {
        ApprovalRole role = parse(ApprovalRole.class, as);
        OnBehalfReason reason = parse(OnBehalfReason.class, onBehalfReason);
        if (role == null || (reason == null && onBehalfReason != null && !onBehalfReason.isBlank())) {
            return fail(id, redirect, "agreementPage.error.invalidChoice");
        }
        return act(id, redirect, role == ApprovalRole.DECISION_MAKER ? "agreementPage.concluded"
                : "agreementPage.approved", () -> agreements.approve(user, id, version(version), role, reason));
    }

    /**
     * Withdrawing an approval asks first, without JavaScript: the agreement page's button leads to a page that says
     * what happens (whose approvals go with it, that the agreement must be approved again), whose button confirms.
     */
    @PostMapping("/agreements/{id}/withdrawal")
    String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) Long version, @RequestParam(required = false) String party,
            @RequestParam(required = false) boolean confirmed, Model model, RedirectAttributes redirect) {
        SigningRules.Party p = parse(SigningRules.Party.class, party);
        if (p == null) {
            return fail(id, redirect, "agreementPage.error.invalidChoice");
        }
        if (!confirmed) {
            AgreementPages.Page page = pages.page(user, id);
            if (page.withdrawAs() != p) {
                return fail(id, redirect, "agreementPage.withdrawConfirm.notNow");
            }
            model.addAttribute("page", page);
            model.addAttribute("consequences", pages.withdrawalConsequences(page, p));
            return "agreement/withdraw";
        }
        return act(id, redirect, "agreementPage.withdrawn", () -> agreements.withdraw(user, id, version(version), p));
    }

    @PostMapping("/agreements/{id}/annulment")
    String annul(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) Long version, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        AnnulmentReason r = parse(AnnulmentReason.class, reason);
        if (reason != null && !reason.isBlank() && r == null) {
            return fail(id, redirect, "agreementPage.error.invalidChoice");
        }
        return act(id, redirect, "agreementPage.annulled", () -> agreements.annul(user, id, version(version), r));
    }

    /** Sent only when complete; otherwise the page lists what is missing, each linking to its field. */
    @PostMapping("/agreements/{id}/sending")
    String send(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        try {
            AgreementSending.Sent sent = sending.sendToParties(user, id);
            redirect.addFlashAttribute("done", sent.toMentor() ? "agreementPage.sent.mentor"
                    : "agreementPage.sent.parties");
        } catch (RuleViolationException e) {
            // The page lists what is missing, as it is now, each linking to its field.
            redirect.addFlashAttribute("sendRefused", true);
        } catch (ConflictException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("conflict", conflictKey(e));
        }
        return "redirect:/agreements/" + id;
    }

    private String act(long id, RedirectAttributes redirect, String doneKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", doneKey);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("actionErrors", texts(e));
        } catch (ConflictException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("conflict", conflictKey(e));
        }
        return "redirect:/agreements/" + id;
    }

    private String fail(long id, RedirectAttributes redirect, String key) {
        redirect.addFlashAttribute("actionErrors", List.of(text(key)));
        return "redirect:/agreements/" + id;
    }

    private String render(AgreementPages.Page page, AgreementForm form, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("agreementForm", form);
        model.addAttribute("payTypes", no.treklover.agreement.grant.PayType.values());
        model.addAttribute("holidayPayRates", CalculationSteps.rateOptions(GrantRates.HOLIDAY_PAY_RATES));
        model.addAttribute("employerTaxRates", CalculationSteps.rateOptions(GrantRates.EMPLOYER_TAX_RATES));
        model.addAttribute("onBehalfReasons", OnBehalfReason.values());
        model.addAttribute("annulmentReasons", java.util.Arrays.stream(AnnulmentReason.values())
                .filter(AnnulmentReason::choosableByUser).toList());
        if (!model.containsAttribute("liveCalculation")) {
            model.addAttribute("liveCalculation", page.calculation());
        }
        return PAGE;
    }

    private CalculationSteps.View pagesCalculation(AgreementPages.Page page, AgreementForm form) {
        return page.seesPay() ? pages.calculationOf(form.toContent()) : null;
    }

    /** Fields the binder could not read count as empty, so the calculation says what is missing. */
    private static AgreementForm withoutUnreadable(AgreementForm form, BindingResult result) {
        result.getFieldErrors().forEach(error -> {
            try {
                org.springframework.beans.PropertyAccessorFactory.forBeanPropertyAccess(form)
                        .setPropertyValue(error.getField(), null);
            } catch (RuntimeException ignored) {
                // a field that cannot be emptied stays as bound
            }
        });
        return form;
    }

    private List<String> texts(RuleViolationException e) {
        List<String> texts = new ArrayList<>();
        e.violations().forEach(v -> texts.add(messages.getMessage(v.messageKey(), v.arguments(), v.messageKey(),
                PageLocale.current())));
        return texts;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, PageLocale.current());
    }

    private static long version(Long version) {
        return version == null ? -1 : version;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String conflictKey(RuntimeException e) {
        return e instanceof ConflictException c ? c.messageKey() : "problem.staleVersion";
    }
}
