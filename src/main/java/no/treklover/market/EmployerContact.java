package no.treklover.market;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import no.treklover.platform.text.NorwegianFormat;

/**
 * One entry of the employer contact log: a contact that took place ({@code contactedAt} set), or a planned one
 * ({@code contactedAt} null, {@code nextContactOn} the planned day). {@code followUpOpen} is true while the next
 * planned contact is still to come: it is what "contacts due" reads, and it closes when the same person logs the
 * next contact with the employer.
 */
@Entity
@Table(name = "employer_contact")
public class EmployerContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long employerId;
    private Long navUserId;
    private String navUnitId;
    @Enumerated(EnumType.STRING)
    private NavUnitKind navUnitKind;
    private Instant contactedAt;
    private LocalDate nextContactOn;
    private boolean followUpOpen;
    @Enumerated(EnumType.STRING)
    private EmployerContactForm form;
    @Enumerated(EnumType.STRING)
    private EmployerContactPurpose purpose;
    private Long contactPersonId;
    private String contactPersonName;
    private String contactPersonRole;
    private String contactPersonPhone;
    private String note;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected EmployerContact() {
    }

    EmployerContact(long employerId, long navUserId, String navUnitId, NavUnitKind navUnitKind, Instant now) {
        this.employerId = employerId;
        this.navUserId = navUserId;
        this.navUnitId = navUnitId;
        this.navUnitKind = navUnitKind;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void apply(EmployerContactDetails details, Instant contactedAt, Instant now) {
        this.contactedAt = contactedAt;
        this.nextContactOn = details.nextContactOn();
        this.followUpOpen = details.nextContactOn() != null;
        this.form = details.form();
        this.purpose = details.purpose();
        this.contactPersonId = details.contactPersonId();
        this.contactPersonName = text(details.contactPersonName());
        this.contactPersonRole = text(details.contactPersonRole());
        this.contactPersonPhone = text(details.contactPersonPhone());
        this.note = text(details.note());
        this.updatedAt = now;
    }

    private static String text(String value) {
        String stripped = value == null ? null : value.strip();
        return stripped == null || stripped.isEmpty() ? null : stripped;
    }

    EmployerContactDetails details() {
        return new EmployerContactDetails(kind(), contactedLocal(), nextContactOn, form, purpose, contactPersonId,
                contactPersonName, contactPersonRole, contactPersonPhone, note);
    }

    public EmployerContactKind kind() {
        return contactedAt == null ? EmployerContactKind.PLAN : EmployerContactKind.CONTACT;
    }

    public boolean isPlanned() {
        return contactedAt == null;
    }

    public LocalDateTime contactedLocal() {
        return contactedAt == null ? null : LocalDateTime.ofInstant(contactedAt, NorwegianFormat.OSLO);
    }

    public Long getId() {
        return id;
    }

    public Long getEmployerId() {
        return employerId;
    }

    public Long getNavUserId() {
        return navUserId;
    }

    public String getNavUnitId() {
        return navUnitId;
    }

    public NavUnitKind getNavUnitKind() {
        return navUnitKind;
    }

    public Instant getContactedAt() {
        return contactedAt;
    }

    public LocalDate getNextContactOn() {
        return nextContactOn;
    }

    public boolean isFollowUpOpen() {
        return followUpOpen;
    }

    public EmployerContactForm getForm() {
        return form;
    }

    public EmployerContactPurpose getPurpose() {
        return purpose;
    }

    public Long getContactPersonId() {
        return contactPersonId;
    }

    public String getContactPersonName() {
        return contactPersonName;
    }

    public String getContactPersonRole() {
        return contactPersonRole;
    }

    public String getContactPersonPhone() {
        return contactPersonPhone;
    }

    public String getNote() {
        return note;
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
