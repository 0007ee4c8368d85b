package no.treklover.contact;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.access.Permission;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.StaleVersionException;
import no.treklover.process.InclusionProcess;
import no.treklover.process.InclusionProcessRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counsellor's contact log. Only the counsellors of the candidate's office see and write it
 * ({@link Permission#READ_CONTACT_LOG} to read, {@link Permission#EDIT_CASE} to write; both audit-logged), and a
 * counsellor changes or removes only the entries they wrote themselves.
 */
@Service
public class ContactService {

    static final String RESOURCE = "contact-log";
    /** A contact may be logged a few minutes ahead (clocks differ), not later. */
    private static final long FUTURE_TOLERANCE_MINUTES = 5;

    private final ContactEntryRepository entries;
    private final InclusionProcessRepository processes;
    private final AccessPolicy policy;
    private final Clock clock;

    ContactService(ContactEntryRepository entries, InclusionProcessRepository processes, AccessPolicy policy,
            Clock clock) {
        this.entries = entries;
        this.processes = processes;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional
    public ContactEntry log(CurrentUser user, long processId, ContactDetails details) {
        InclusionProcess process = process(processId);
        policy.require(user, Permission.EDIT_CASE, process.scope(), RESOURCE);
        Instant now = clock.instant();
        ContactEntry entry = new ContactEntry(processId, user.id(), now);
        entry.apply(details, occurredAt(details, now), now);
        return entries.saveAndFlush(entry);
    }

    @Transactional
    public List<ContactEntry> list(CurrentUser user, long processId) {
        InclusionProcess process = process(processId);
        policy.require(user, Permission.READ_CONTACT_LOG, process.scope(), RESOURCE);
        return entries.findByProcessIdOrderByOccurredAtDescIdDesc(processId);
    }

    /** The log as {@link #list}, with each entry's author's name (for the pages), in one statement. */
    @Transactional
    public List<AuthoredEntry> listWithAuthors(CurrentUser user, long processId) {
        InclusionProcess process = process(processId);
        policy.require(user, Permission.READ_CONTACT_LOG, process.scope(), RESOURCE);
        return entries.findAuthoredByProcessId(processId);
    }

    @Transactional
    public ContactEntry get(CurrentUser user, long id) {
        ContactEntry entry = entry(id);
        policy.require(user, Permission.READ_CONTACT_LOG, process(entry.getProcessId()).scope(), RESOURCE);
        return entry;
    }

    /** The entry for its edit form: only for its author at the candidate's office. */
    @Transactional
    public ContactEntry getForEdit(CurrentUser user, long id) {
        return own(user, id);
    }

    @Transactional
    public ContactEntry update(CurrentUser user, long id, long expectedVersion, ContactDetails details) {
        ContactEntry entry = own(user, id);
        if (entry.getVersion() != expectedVersion) {
            throw new StaleVersionException();
        }
        Instant now = clock.instant();
        entry.apply(details, occurredAt(details, now), now);
        return entries.saveAndFlush(entry);
    }

    @Transactional
    public void delete(CurrentUser user, long id, long expectedVersion) {
        ContactEntry entry = own(user, id);
        if (entry.getVersion() != expectedVersion) {
            throw new StaleVersionException();
        }
        entries.delete(entry);
        entries.flush();
    }

    /** May this user see the contact log of this process? For showing the section; logs nothing. */
    @Transactional(readOnly = true)
    public boolean mayRead(CurrentUser user, long processId) {
        return processes.findById(processId)
                .map(p -> policy.permits(user, Permission.READ_CONTACT_LOG, p.scope()))
                .orElse(false);
    }

    private ContactEntry own(CurrentUser user, long id) {
        ContactEntry entry = entry(id);
        InclusionProcess process = process(entry.getProcessId());
        policy.requireOwnContactEntry(user, process.scope(), entry.getAuthorId(), RESOURCE);
        return entry;
    }

    private Instant occurredAt(ContactDetails details, Instant now) {
        if (details.occurredAt() == null) {
            return now.truncatedTo(ChronoUnit.MINUTES);
        }
        Instant at = details.occurredAt().atZone(ContactEntry.OSLO).toInstant();
        if (at.isAfter(now.plus(FUTURE_TOLERANCE_MINUTES, ChronoUnit.MINUTES))) {
            throw new RuleViolationException("occurredAt", "contact.validation.occurredAt.future");
        }
        if (details.occurredAt().isBefore(LocalDateTime.of(2000, 1, 1, 0, 0))) {
            throw new RuleViolationException("occurredAt", "contact.validation.occurredAt.past");
        }
        return at;
    }

    private ContactEntry entry(long id) {
        return entries.findById(id).orElseThrow(() -> new NotFoundException("contact", id));
    }

    private InclusionProcess process(long id) {
        return processes.findById(id).orElseThrow(() -> new NotFoundException("process", id));
    }
}
