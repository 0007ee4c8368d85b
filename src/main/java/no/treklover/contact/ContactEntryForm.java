package no.treklover.contact;

import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Logging or changing a contact from a page. The quick form on the process page sends only the counterpart
 * (the button pressed), the form (phone preselected), the initiator (counsellor preselected) and a duration;
 * an empty date means now.
 */
public class ContactEntryForm {

    private Counterpart counterpart;
    private ContactForm form = ContactForm.PHONE;
    private Initiator initiator = Initiator.COUNSELLOR;
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime occurredAt;
    private Integer durationMinutes;
    private String note;
    private long version;
    /** Where to go after saving: "process" (the process page) or the contact log page. */
    private String returnTo;

    static ContactEntryForm of(ContactEntry entry) {
        ContactEntryForm f = new ContactEntryForm();
        f.counterpart = entry.getCounterpart();
        f.form = entry.getForm();
        f.initiator = entry.getInitiator();
        f.occurredAt = entry.occurredLocal();
        f.durationMinutes = entry.getDurationMinutes();
        f.note = entry.getNote();
        f.version = entry.getVersion();
        return f;
    }

    ContactDetails toDetails() {
        return new ContactDetails(counterpart, form, initiator, occurredAt, durationMinutes, note);
    }

    boolean backToProcess() {
        return "process".equals(returnTo);
    }

    public Counterpart getCounterpart() {
        return counterpart;
    }

    public void setCounterpart(Counterpart counterpart) {
        this.counterpart = counterpart;
    }

    public ContactForm getForm() {
        return form;
    }

    public void setForm(ContactForm form) {
        this.form = form;
    }

    public Initiator getInitiator() {
        return initiator;
    }

    public void setInitiator(Initiator initiator) {
        this.initiator = initiator;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(LocalDateTime occurredAt) {
        this.occurredAt = occurredAt;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getReturnTo() {
        return returnTo;
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = returnTo;
    }
}
