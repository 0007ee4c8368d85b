package no.treklover.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.RuleViolationException;
import org.springframework.ui.Model;

/**
 * A cancellation posted from its confirmation page ({@code fragments/cancel-reason}): a reason that breaks its rule
 * marks the page's field ({@code reasonError}, 400), a conflict (already cancelled, a stale version) the page's
 * message ({@code conflict}, 409); either way the page comes back with what was typed.
 */
public final class Cancellations {

    private Cancellations() {
    }

    /** Runs the cancellation; true when it was done, false when the page must be shown again. */
    public static boolean attempt(Runnable cancel, Model model, HttpServletResponse response) {
        try {
            cancel.run();
            return true;
        } catch (RuleViolationException e) {
            model.addAttribute("reasonError", true);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (ConflictException e) {
            model.addAttribute("conflict", e.messageKey());
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
        return false;
    }
}
