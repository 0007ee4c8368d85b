package no.treklover.contact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.treklover.access.CurrentUser;
import no.treklover.contact.CollaborationIndicators.CounterpartQuality;
import no.treklover.contact.CollaborationIndicators.Result;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.process.InclusionProcess;
import no.treklover.process.InclusionProcessRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the contact pages and the process page's contact card show, built from the services: called from the
 * process page's template as {@code @contactSections.forProcess(id, currentUser)}.
 */
@Component("contactSections")
public class ContactSections {

    /** How many contacts the process page's card lists. */
    static final int CARD_ROWS = 5;
    /** How many contacts one page of the log lists (newest first): weekly contacts with three parties over a
     *  36-month agreement reach several hundred. */
    static final int LOG_PAGE_ROWS = 50;
    /** The chart's scale ends at 8 contacts per 4 weeks (twice a week); more is drawn as 8. */
    static final int CHART_MAX = 8;

    private final ContactService contacts;
    private final CollaborationQuality quality;
    private final InclusionProcessRepository processes;

    ContactSections(ContactService contacts, CollaborationQuality quality, InclusionProcessRepository processes) {
        this.contacts = contacts;
        this.quality = quality;
        this.processes = processes;
    }

    public record Row(ContactEntry entry, String authorName, boolean own) {
    }

    /** One horizontal bar of the frequency chart, in SVG user units. */
    public record Bar(Counterpart counterpart, BigDecimal value, int y, int width, int labelX) {

        public String cssClass() {
            return "contact-chart__bar--" + counterpart.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A band threshold line in the chart (1, 2 and 4 contacts per 4 weeks). */
    public record Tick(int value, int x) {
    }

    public record Chart(List<Bar> bars, List<Tick> ticks, int height) {
    }

    /** {@code page} (zero-based) of {@code totalPages}: the log page is paged, the process page's card is one page. */
    public record Card(long processId, List<Row> rows, int total, Result quality, Chart chart, int page,
            int totalPages) {

        public List<CounterpartQuality> indicators() {
            return quality.counterparts();
        }

        public Counterpart[] counterparts() {
            return Counterpart.values();
        }

        public ContactForm[] forms() {
            return ContactForm.values();
        }

        public Initiator[] initiators() {
            return Initiator.values();
        }
    }

    /** The process page's contact card, or null when this user may not see the contact log (nothing shown). */
    @Transactional
    public Card forProcess(long processId, CurrentUser user) {
        if (user == null || !contacts.mayRead(user, processId)) {
            return null;
        }
        return card(processId, user, 0, CARD_ROWS, false);
    }

    /**
     * One page of the contact log page; a page out of range is clamped. The quality indicators need every
     * contact anyway, so all are read once and the page is cut from them.
     */
    @Transactional
    Card full(long processId, CurrentUser user, int page) {
        return card(processId, user, page, LOG_PAGE_ROWS, true);
    }

    private Card card(long processId, CurrentUser user, int page, int limit, boolean paged) {
        List<AuthoredEntry> authored = contacts.listWithAuthors(user, processId);
        List<ContactEntry> all = authored.stream().map(AuthoredEntry::entry).toList();
        int totalPages = paged ? Math.max(1, (all.size() + limit - 1) / limit) : 1;
        int number = Math.min(Math.max(page, 0), totalPages - 1);
        List<Row> rows = authored.stream().skip((long) number * limit).limit(limit)
                .map(a -> new Row(a.entry(), Objects.requireNonNullElse(a.authorName(), ""),
                        Objects.equals(a.entry().getAuthorId(), user.id())))
                .toList();
        // One transaction: the process comes from the persistence context, and the indicators are computed from the
        // log just read (and logged) instead of reading it again.
        InclusionProcess process = processes.findById(processId)
                .orElseThrow(() -> new NotFoundException("process", processId));
        Result result = quality.of(process, all);
        return new Card(processId, rows, all.size(), result, chart(result), number, totalPages);
    }

    static Chart chart(Result result) {
        int left = 110;
        int span = 270;
        List<Bar> bars = new ArrayList<>();
        int y = 24;
        for (CounterpartQuality q : result.counterparts()) {
            double value = Math.min(CHART_MAX, q.contactsPer4Weeks().doubleValue());
            int width = (int) Math.round(value / CHART_MAX * span);
            bars.add(new Bar(q.counterpart(), q.contactsPer4Weeks(), y, width, left + width + 6));
            y += 36;
        }
        List<Tick> ticks = List.of(1, 2, 4, 8).stream()
                .map(v -> new Tick(v, left + v * span / CHART_MAX)).toList();
        return new Chart(bars, ticks, y + 4);
    }
}
