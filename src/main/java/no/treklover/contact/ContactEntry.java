package no.treklover.contact;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** One contact of the counsellor with the candidate, the mentor or the employer of a process. */
@Entity
@Table(name = "contact_entry")
public class ContactEntry {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long processId;
    @Enumerated(EnumType.STRING)
    private Counterpart counterpart;
    @Enumerated(EnumType.STRING)
    private ContactForm form;
    @Enumerated(EnumType.STRING)
    private Initiator initiator;
    private Instant occurredAt;
    private Integer durationMinutes;
    private String note;
    private Long authorId;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected ContactEntry() {
    }

    ContactEntry(long processId, long authorId, Instant now) {
        this.processId = processId;
        this.authorId = authorId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void apply(ContactDetails details, Instant occurredAt, Instant now) {
        this.counterpart = details.counterpart();
        this.form = details.form();
        this.initiator = details.initiator();
        this.occurredAt = occurredAt;
        this.durationMinutes = details.durationMinutes();
        String text = details.note() == null ? null : details.note().strip();
        this.note = text == null || text.isEmpty() ? null : text;
        this.updatedAt = now;
    }

    ContactDetails details() {
        return new ContactDetails(counterpart, form, initiator, occurredLocal(), durationMinutes, note);
    }

    public LocalDateTime occurredLocal() {
        return LocalDateTime.ofInstant(occurredAt, OSLO);
    }

    public Long getId() {
        return id;
    }

    public Long getProcessId() {
        return processId;
    }

    public Counterpart getCounterpart() {
        return counterpart;
    }

    public ContactForm getForm() {
        return form;
    }

    public Initiator getInitiator() {
        return initiator;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public String getNote() {
        return note;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
