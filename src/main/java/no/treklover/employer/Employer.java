package no.treklover.employer;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A company (arbeidsgiver), identified by its organisasjonsnummer, with one contact person. */
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
    private String contactName;
    private String contactPhone;
    private String contactEmail;
    @Version
    private long version;
    private Instant createdAt = Instant.now();

    protected Employer() {
    }

    public Employer(String orgNumber) {
        this.orgNumber = orgNumber;
    }

    public void applyDetails(EmployerDetails details) {
        this.name = details.name();
        this.industry = details.industry();
        this.municipality = details.municipality();
        this.contactName = details.contactName();
        this.contactPhone = details.contactPhone();
        this.contactEmail = details.contactEmail();
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

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public long getVersion() {
        return version;
    }
}
