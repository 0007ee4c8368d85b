package no.treklover.notification;

import no.treklover.access.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The in-app list of one's own notifications. */
@Controller
class NotificationPageController {

    static final int PAGE_SIZE = 20;

    private final NotificationService notifications;

    NotificationPageController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("notifications", notifications.mine(user, page, PAGE_SIZE));
        return "notification/list";
    }

    /** Marks it read and, with {@code open}, follows its link (a path inside the app). */
    @PostMapping("/notifications/{id}/read")
    String read(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean open, @RequestParam(defaultValue = "0") int page,
            RedirectAttributes redirect) {
        Notification n = notifications.markRead(user, id);
        if (open && n.link() != null) {
            return "redirect:" + n.link();
        }
        redirect.addFlashAttribute("markedRead", true);
        return "redirect:/notifications?page=" + Math.max(0, page);
    }

    @PostMapping("/notifications/read-all")
    String readAll(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("allRead", notifications.markAllRead(user));
        return "redirect:/notifications";
    }
}
