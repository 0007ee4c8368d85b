package no.treklover.employer;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A company (arbeidsgiver, an enhet of Enhetsregisteret) in the register shared by every NAV unit: the register's
 * fields, which the import writes and this entity only reads, and NAV's own fields (inclusion profile, contact
 * persons), which NAV staff edit with optimistic locking. The NAV contacts and visit notes have tables of their own.
 */
@Entity
@Table(name = "employer")
public class Employer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String orgNumber;
    private String name;
    private String industry;
    private String municipality;

    // ---- Enhetsregisteret's fields: written by the import (JDBC), never by this entity
    @Column(insertable = false, updatable = false)
    private String orgFormCode;
    @Column(insertable = false, updatable = false)
    private String orgFormText;
    @Column(insertable = false, updatable = false)
    private String naceCode;
    @Column(insertable = false, updatable = false)
    private String naceText;
    @Column(insertable = false, updatable = false)
    private Integer employeeCount;
    @Column(insertable = false, updatable = false)
    private boolean employeesUnderFive;
    @Column(insertable = false, updatable = false)
    private String businessAddress;
    @Column(insertable = false, updatable = false)
    private String businessPostalCode;
    @Column(insertable = false, updatable = false)
    private String businessPostalPlace;
    @Column(insertable = false, updatable = false)
    private String businessMunicipalityNumber;
    @Column(insertable = false, updatable = false)
    private String businessMunicipality;
    @Column(insertable = false, updatable = false)
    private String postalAddress;
    @Column(insertable = false, updatable = false)
    private String postalPostalCode;
    @Column(insertable = false, updatable = false)
    private String postalPostalPlace;
    @Column(insertable = false, updatable = false)
    private boolean bankrupt;
    @Column(insertable = false, updatable = false)
    private boolean beingWoundUp;
    @Column(insertable = false, updatable = false)
    private boolean beingForciblyWoundUp;
    @Column(insertable = false, updatable = false)
    private LocalDate registeredOn;
    @Column(insertable = false, updatable = false)
    private LocalDate registerDeletedOn;
    @Column(insertable = false, updatable = false)
    private Instant missingFromRegisterSince;
    @Column(insertable = false, updatable = false)
    private Instant registerImportedAt;

    // ---- NAV's own fields: the inclusion profile
    private boolean iaAgreement;
    private String inclusionExperience;
    private Integer mentorsAvailable;
    private Integer candidateCapacity;
    private String suitableTasks;
    private Instant navUpdatedAt;

    @OneToMany(mappedBy = "employer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position, id")
    private List<ContactPerson> contactPersons = new ArrayList<>();

    @Version
    private long version;
    private Instant createdAt = Instant.now();

    protected Employer() {
    }

    public Employer(String orgNumber) {
        this.orgNumber = orgNumber;
    }

    /** A counsellor's registration of an employer the register does not have yet; its contact is the first person. */
    public void applyDetails(EmployerDetails details) {
        this.name = details.name();
        this.industry = details.industry();
        this.municipality = details.municipality();
        if (details.contactName() != null && !details.contactName().isBlank()) {
            replaceContactPersons(List.of(new EmployerProfile.ContactPersonDetails(null, details.contactName(), null,
                    details.contactPhone(), details.contactEmail())));
        }
    }

    /** NAV's own fields; the register's fields stay as the import left them. */
    void applyProfile(EmployerProfile profile, Instant now) {
        this.iaAgreement = Boolean.TRUE.equals(profile.iaAgreement());
        this.inclusionExperience = blankToNull(profile.inclusionExperience());
        this.mentorsAvailable = profile.mentorsAvailable();
        this.candidateCapacity = profile.candidateCapacity();
        this.suitableTasks = blankToNull(profile.suitableTasks());
        replaceContactPersons(profile.contacts() == null ? List.of() : profile.contacts());
        touch(now);
    }

    /** Contact persons in the given order: those with a known id are changed in place, the others added. */
    void replaceContactPersons(List<EmployerProfile.ContactPersonDetails> wanted) {
        List<ContactPerson> kept = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            EmployerProfile.ContactPersonDetails details = wanted.get(i);
            ContactPerson person = details.id() == null ? null : contactPersons.stream()
                    .filter(existing -> details.id().equals(existing.getId())).findFirst().orElse(null);
            if (person == null) {
                person = new ContactPerson(this);
            }
            person.apply(details, i);
            kept.add(person);
        }
        contactPersons.retainAll(kept);
        kept.stream().filter(person -> !contactPersons.contains(person)).forEach(contactPersons::add);
    }

    /** Every change of NAV's fields, also of those kept in other tables (NAV contacts), moves the version. */
    void touch(Instant now) {
        this.navUpdatedAt = now;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Deleted in Enhetsregisteret, or missing from its latest full file. */
    public boolean isDeletedFromRegister() {
        return registerDeletedOn != null || missingFromRegisterSince != null;
    }

    /** The first two digits of the municipality number: the county (fylkesnummer). */
    public String getCountyNumber() {
        return businessMunicipalityNumber == null ? null : businessMunicipalityNumber.substring(0, 2);
    }

    public Long getId() {
        return id;
    }

    public String getOrgNumber() {
        return orgNumber;
    }

    public String getName() {
        return name;
    }

    public String getIndustry() {
        return industry;
    }

    public String getMunicipality() {
        return municipality;
    }

    /** The first contact person's name, phone and e-mail, where one contact was asked for before the register. */
    public String getContactName() {
        return contactPersons.isEmpty() ? null : contactPersons.get(0).getName();
    }

    public String getContactPhone() {
        return contactPersons.isEmpty() ? null : contactPersons.get(0).getPhone();
    }

    public String getContactEmail() {
        return contactPersons.isEmpty() ? null : contactPersons.get(0).getEmail();
    }

    public String getOrgFormCode() {
        return orgFormCode;
    }

    public String getOrgFormText() {
        return orgFormText;
    }

    public String getNaceCode() {
        return naceCode;
    }

    public String getNaceText() {
        return naceText;
    }

    public Integer getEmployeeCount() {
        return employeeCount;
    }

    public boolean isEmployeesUnderFive() {
        return employeesUnderFive;
    }

    public String getBusinessAddress() {
        return businessAddress;
    }

    public String getBusinessPostalCode() {
        return businessPostalCode;
    }

    public String getBusinessPostalPlace() {
        return businessPostalPlace;
    }

    public String getBusinessMunicipalityNumber() {
        return businessMunicipalityNumber;
    }

    public String getBusinessMunicipality() {
        return businessMunicipality;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public String getPostalPostalCode() {
        return postalPostalCode;
    }

    public String getPostalPostalPlace() {
        return postalPostalPlace;
    }

    public boolean isBankrupt() {
        return bankrupt;
    }

    public boolean isBeingWoundUp() {
        return beingWoundUp;
    }

    public boolean isBeingForciblyWoundUp() {
        return beingForciblyWoundUp;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public LocalDate getRegisterDeletedOn() {
        return registerDeletedOn;
    }

    public Instant getMissingFromRegisterSince() {
        return missingFromRegisterSince;
    }

    public Instant getRegisterImportedAt() {
        return registerImportedAt;
    }

    public boolean isIaAgreement() {
        return iaAgreement;
    }

    public String getInclusionExperience() {
        return inclusionExperience;
    }

    public Integer getMentorsAvailable() {
        return mentorsAvailable;
    }

    public Integer getCandidateCapacity() {
        return candidateCapacity;
    }

    public String getSuitableTasks() {
        return suitableTasks;
    }

    public Instant getNavUpdatedAt() {
        return navUpdatedAt;
    }

    public List<ContactPerson> getContactPersons() {
        return List.copyOf(contactPersons);
    }

    public long getVersion() {
        return version;
    }
}
