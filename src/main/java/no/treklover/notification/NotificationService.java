package no.treklover.notification;

import java.time.Clock;
import java.util.List;
import no.treklover.access.CurrentUser;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.web.PageBounds;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's own notifications: every user sees and marks only their own (someone else's is "not found"). They hold
 * no case data beyond a short text and a link, so reading them is not audit-logged; the link leads to pages that
 * check access and log as usual.
 */
@Service
public class NotificationService {

    private final NotificationStore store;
    private final NotificationTexts texts;
    private final Clock clock;

    NotificationService(NotificationStore store, NotificationTexts texts, Clock clock) {
        this.store = store;
        this.texts = texts;
        this.clock = clock;
    }

    /** A notification with its text, for pages and the API. */
    public record Shown(Notification notification, String text) {
    }

    public record ShownPage(List<Shown> items, int page, int size, long totalItems, int totalPages, long unread) {

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < totalPages;
        }
    }

    @Transactional(readOnly = true)
    public ShownPage mine(CurrentUser user, int page, int size) {
        int safeSize = PageBounds.clampSize(size, PageBounds.MAX_SIZE);
        int safePage = PageBounds.clampPage(page);
        long total = store.count(user.id());
        List<Shown> items = store.page(user.id(), safePage, safeSize).stream()
                .map(n -> new Shown(n, texts.text(n))).toList();
        int pages = (int) ((total + safeSize - 1) / safeSize);
        return new ShownPage(items, safePage, safeSize, total, pages, store.unread(user.id()));
    }

    @Transactional
    public Notification markRead(CurrentUser user, long id) {
        if (!store.markRead(user.id(), id, clock.instant())) {
            throw new NotFoundException("notification", id);
        }
        return store.find(user.id(), id).orElseThrow(() -> new NotFoundException("notification", id));
    }

    @Transactional
    public int markAllRead(CurrentUser user) {
        return store.markAllRead(user.id(), clock.instant());
    }
}
