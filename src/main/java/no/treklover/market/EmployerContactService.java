package no.treklover.market;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.employer.Employer;
import no.treklover.employer.EmployerService;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.RuleViolationException.Violation;
import no.treklover.platform.errors.StaleVersionException;
import no.treklover.platform.text.NorwegianFormat;
import no.treklover.platform.validation.DateRanges;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact log across NAV units, per employer (BRIEF §6). Every NAV staff role reads it ({@code
 * AccessPolicy.mayReadEmployerContacts}); counsellors, market contacts and Arbeidslivssenter advisers log and plan
 * contacts and change their own entries. Before a new entry, {@link #warnings} names the others who contacted the
 * employer, or plan to, within {@code treklover.market.contact-warning-days}. It holds no candidate data, so nothing
 * here is audit-logged.
 */
@Service
public class EmployerContactService {

    /** A contact may be logged a few minutes ahead (clocks differ), not later. */
    private static final long FUTURE_TOLERANCE_MINUTES = 5;
    /** How many rows each list of the workspace shows at most. */
    static final int LIST_LIMIT = 50;

    private final EmployerContactRepository contacts;
    private final EmployerService employers;
    private final AccessPolicy policy;
    private final MarketSettings settings;
    private final Clock clock;

    EmployerContactService(EmployerContactRepository contacts, EmployerService employers, AccessPolicy policy,
            MarketSettings settings, Clock clock) {
        this.contacts = contacts;
        this.employers = employers;
        this.policy = policy;
        this.settings = settings;
        this.clock = clock;
    }

    /** A new entry and the warnings that stood when it was written (shown to the user, returned by the API). */
    public record Logged(EmployerContact contact, List<ContactLine> warnings) {
    }

    @Transactional
    public Logged log(CurrentUser user, long employerId, EmployerContactDetails details) {
        policy.requireEmployerContactLogging(user);
        employer(employerId);
        List<ContactLine> warnings = others(user, employerId, settings.contactWarningDays());
        Instant now = clock.instant();
        EmployerContact contact = new EmployerContact(employerId, user.id(), user.officeId(),
                NavUnitKind.of(user.role()), now);
        contact.apply(details, contactedAt(details, now, null), now);
        EmployerContact saved = contacts.saveAndFlush(contact);
        if (!saved.isPlanned()) {
            LocalDate day = saved.contactedLocal().toLocalDate();
            contacts.closeFollowUps(employerId, user.id(), saved.getId(), day.plusDays(settings.contactWarningDays()),
                    now);
        }
        return new Logged(saved, warnings);
    }

    /**
     * Others' contacts with the employer in the last {@code contact-warning-days} days and their open plans for a day
     * as near: what to know before calling it. Empty for the user's own.
     */
    @Transactional(readOnly = true)
    public List<ContactLine> warnings(CurrentUser user, long employerId) {
        policy.requireEmployerContactReading(user);
        employer(employerId);
        return others(user, employerId, settings.contactWarningDays());
    }

    /** As {@link #warnings} with a window of {@code days}: the rule itself, for the tests of its bounds. */
    List<ContactLine> others(CurrentUser user, long employerId, int days) {
        ContactTiming.WarningWindow window = ContactTiming.warningWindow(today(), days);
        return contacts.others(employerId, user.id(), window.contactedSince(), window.plansFrom(), window.plansTo());
    }

    public record LogPage(Employer employer, List<ContactLine> lines, long total, int page, int size) {

        public int totalPages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    @Transactional(readOnly = true)
    public LogPage log(CurrentUser user, long employerId, int page, int size) {
        policy.requireEmployerContactReading(user);
        Employer employer = employer(employerId);
        long total = contacts.countByEmployerId(employerId);
        int last = (int) Math.max(0, (total - 1) / size);
        int number = Math.min(page, last);
        return new LogPage(employer, contacts.log(employerId, PageRequest.of(number, size)), total, number, size);
    }

    @Transactional(readOnly = true)
    public ContactLine get(CurrentUser user, long id) {
        policy.requireEmployerContactReading(user);
        return contacts.line(id).orElseThrow(() -> new NotFoundException("employer-contact", id));
    }

    /** The entry for its edit and delete forms: only for its author. */
    @Transactional(readOnly = true)
    public EmployerContact getForChange(CurrentUser user, long id) {
        EmployerContact contact = contact(id);
        policy.requireOwnEmployerContact(user, contact.getNavUserId());
        return contact;
    }

    @Transactional
    public EmployerContact update(CurrentUser user, long id, long expectedVersion, EmployerContactDetails details) {
        EmployerContact contact = getForChange(user, id);
        if (contact.getVersion() != expectedVersion) {
            throw new StaleVersionException();
        }
        Instant now = clock.instant();
        contact.apply(details, contactedAt(details, now, contact.getNextContactOn()), now);
        return contacts.saveAndFlush(contact);
    }

    @Transactional
    public void delete(CurrentUser user, long id, long expectedVersion) {
        EmployerContact contact = getForChange(user, id);
        if (contact.getVersion() != expectedVersion) {
            throw new StaleVersionException();
        }
        contacts.delete(contact);
        contacts.flush();
    }

    /** The contacts due in a week: the user's own, then the rest of the user's unit's. */
    public record Due(ContactTiming.Week week, List<ContactLine> mine, List<ContactLine> unit) {
    }

    @Transactional(readOnly = true)
    public Due due(CurrentUser user, String isoWeek) {
        policy.requireEmployerContactLogging(user);
        ContactTiming.Week week = ContactTiming.week(isoWeek, today());
        PageRequest limit = PageRequest.of(0, LIST_LIMIT);
        List<ContactLine> mine = contacts.dueFor(user.id(), week.monday(), week.sunday(), limit);
        List<ContactLine> unit = user.officeId() == null ? List.of()
                : contacts.dueForUnit(user.officeId(), user.id(), week.monday(), week.sunday(), limit);
        return new Due(week, mine, unit);
    }

    /** The market workspace: this week's due contacts, the user's overdue ones from earlier weeks, recent ones. */
    public record Workspace(Due due, List<ContactLine> overdue, List<ContactLine> recent, LocalDate today) {
    }

    @Transactional(readOnly = true)
    public Workspace workspace(CurrentUser user) {
        Due due = due(user, null);
        PageRequest limit = PageRequest.of(0, LIST_LIMIT);
        return new Workspace(due, contacts.overdueFor(user.id(), due.week().monday(), limit),
                contacts.recentFor(user.id(), PageRequest.of(0, 10)), today());
    }

    private Instant contactedAt(EmployerContactDetails details, Instant now, LocalDate previousNext) {
        List<Violation> violations = new ArrayList<>();
        LocalDate today = today();
        Instant at = null;
        if (details.planned()) {
            if (details.nextContactOn() == null) {
                violations.add(new Violation("nextContactOn", "employerContact.validation.nextContactOn.plan"));
            } else if (!DateRanges.check(details.nextContactOn(), "nextContactOn", violations)
                    && details.nextContactOn().isBefore(today) && !details.nextContactOn().equals(previousNext)) {
                violations.add(new Violation("nextContactOn", "employerContact.validation.nextContactOn.past"));
            }
        } else {
            LocalDateTime local = details.contactedAt();
            if (DateRanges.outside(local)) {
                // checked before the conversion, which an absurd year would overflow
                throw new RuleViolationException("contactedAt", "validation.dateRange");
            }
            at = local == null ? now.truncatedTo(ChronoUnit.MINUTES) : local.atZone(NorwegianFormat.OSLO).toInstant();
            if (at.isAfter(now.plus(FUTURE_TOLERANCE_MINUTES, ChronoUnit.MINUTES))) {
                violations.add(new Violation("contactedAt", "employerContact.validation.contactedAt.future"));
            }
            LocalDate day = LocalDateTime.ofInstant(at, NorwegianFormat.OSLO).toLocalDate();
            if (details.nextContactOn() != null && !DateRanges.check(details.nextContactOn(), "nextContactOn",
                    violations) && details.nextContactOn().isBefore(day)) {
                violations.add(new Violation("nextContactOn", "employerContact.validation.nextContactOn.beforeContact"));
            }
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return at;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(NorwegianFormat.OSLO));
    }

    private Employer employer(long id) {
        return employers.find(id).orElseThrow(() -> new NotFoundException("employer", id));
    }

    private EmployerContact contact(long id) {
        return contacts.findById(id).orElseThrow(() -> new NotFoundException("employer-contact", id));
    }
}
