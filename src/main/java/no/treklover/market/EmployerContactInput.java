package no.treklover.market;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Logging, planning or changing an employer contact from a page. {@code seenWarnings} holds the ids of the warnings
 * the user was shown and {@code confirmWarnings} whether they chose "register anyway": a warning that appeared since is
 * shown again instead of being confirmed unseen.
 */
public class EmployerContactInput {

    private EmployerContactKind kind = EmployerContactKind.CONTACT;
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime contactedAt;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate nextContactOn;
    private EmployerContactForm form = EmployerContactForm.PHONE;
    private EmployerContactPurpose purpose;
    private Long contactPersonId;
    private String contactPersonName;
    private String contactPersonRole;
    private String contactPersonPhone;
    private String note;
    private long version;
    private boolean confirmWarnings;
    private String seenWarnings = "";

    static EmployerContactInput of(EmployerContact contact) {
        EmployerContactInput in = new EmployerContactInput();
        EmployerContactDetails d = contact.details();
        in.kind = d.kind();
        in.contactedAt = d.contactedAt();
        in.nextContactOn = d.nextContactOn();
        in.form = d.form();
        in.purpose = d.purpose();
        in.contactPersonId = d.contactPersonId();
        in.contactPersonName = d.contactPersonName();
        in.contactPersonRole = d.contactPersonRole();
        in.contactPersonPhone = d.contactPersonPhone();
        in.note = d.note();
        in.version = contact.getVersion();
        return in;
    }

    EmployerContactDetails toDetails() {
        return new EmployerContactDetails(kind, contactedAt, nextContactOn, form, purpose, contactPersonId,
                contactPersonName, contactPersonRole, contactPersonPhone, note);
    }

    /** Whether the user confirmed every one of these warnings (an empty list needs no confirmation). */
    boolean confirmed(Collection<ContactLine> warnings) {
        Set<String> seen = Arrays.stream(seenWarnings == null ? new String[0] : seenWarnings.split(","))
                .map(String::strip).collect(Collectors.toSet());
        return warnings.isEmpty() || confirmWarnings
                && warnings.stream().allMatch(w -> seen.contains(String.valueOf(w.contact().getId())));
    }

    void showWarnings(Collection<ContactLine> warnings) {
        this.seenWarnings = warnings.stream().map(w -> String.valueOf(w.contact().getId()))
                .collect(Collectors.joining(","));
        this.confirmWarnings = false;
    }

    public EmployerContactKind getKind() {
        return kind;
    }

    public void setKind(EmployerContactKind kind) {
        this.kind = kind;
    }

    public LocalDateTime getContactedAt() {
        return contactedAt;
    }

    public void setContactedAt(LocalDateTime contactedAt) {
        this.contactedAt = contactedAt;
    }

    public LocalDate getNextContactOn() {
        return nextContactOn;
    }

    public void setNextContactOn(LocalDate nextContactOn) {
        this.nextContactOn = nextContactOn;
    }

    public EmployerContactForm getForm() {
        return form;
    }

    public void setForm(EmployerContactForm form) {
        this.form = form;
    }

    public EmployerContactPurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(EmployerContactPurpose purpose) {
        this.purpose = purpose;
    }

    public Long getContactPersonId() {
        return contactPersonId;
    }

    public void setContactPersonId(Long contactPersonId) {
        this.contactPersonId = contactPersonId;
    }

    public String getContactPersonName() {
        return contactPersonName;
    }

    public void setContactPersonName(String contactPersonName) {
        this.contactPersonName = contactPersonName;
    }

    public String getContactPersonRole() {
        return contactPersonRole;
    }

    public void setContactPersonRole(String contactPersonRole) {
        this.contactPersonRole = contactPersonRole;
    }

    public String getContactPersonPhone() {
        return contactPersonPhone;
    }

    public void setContactPersonPhone(String contactPersonPhone) {
        this.contactPersonPhone = contactPersonPhone;
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

    public boolean isConfirmWarnings() {
        return confirmWarnings;
    }

    public void setConfirmWarnings(boolean confirmWarnings) {
        this.confirmWarnings = confirmWarnings;
    }

    public String getSeenWarnings() {
        return seenWarnings;
    }

    public void setSeenWarnings(String seenWarnings) {
        this.seenWarnings = seenWarnings;
    }
}
