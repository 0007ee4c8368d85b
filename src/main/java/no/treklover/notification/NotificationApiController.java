package no.treklover.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import no.treklover.access.CurrentUser;
import no.treklover.platform.web.PageBounds;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me/notifications")
@Tag(name = "Varsler", description = "The logged-in user's own notifications")
class NotificationApiController {

    private final NotificationService notifications;

    NotificationApiController(NotificationService notifications) {
        this.notifications = notifications;
    }

    record NotificationResponse(long id, String text, String messageKey, List<String> arguments, String link,
            Long processId, Instant createdAt, Instant readAt) {

        static NotificationResponse of(Notification n, String text) {
            return new NotificationResponse(n.id(), text, n.messageKey(), n.arguments(), n.link(), n.processId(),
                    n.createdAt(), n.readAt());
        }
    }

    record NotificationPage(List<NotificationResponse> items, int page, int size, long totalItems, int totalPages,
            long unread) {
    }

    record ReadAllResponse(int marked) {
    }

    @GetMapping
    @Operation(summary = "My notifications, newest first, paged (size at most 200), with the unread count")
    NotificationPage mine(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageBounds bounds = PageBounds.require(page, size, 20);
        NotificationService.ShownPage shown = notifications.mine(user, bounds.page(), bounds.size());
        return new NotificationPage(shown.items().stream()
                .map(s -> NotificationResponse.of(s.notification(), s.text())).toList(),
                shown.page(), shown.size(), shown.totalItems(), shown.totalPages(), shown.unread());
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of my notifications read (404 if it is not mine)")
    NotificationResponse read(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        Notification n = notifications.markRead(user, id);
        return NotificationResponse.of(n, null);
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark all my notifications read")
    ReadAllResponse readAll(@AuthenticationPrincipal CurrentUser user) {
        return new ReadAllResponse(notifications.markAllRead(user));
    }
}
