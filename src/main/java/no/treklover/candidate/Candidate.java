package no.treklover.candidate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import no.treklover.access.CaseScope;
import no.treklover.access.ConsentItem;

/** The person in the process (kandidat/bruker/deltaker). */
@Entity
@Table(name = "candidate")
public class Candidate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String nationalId;
    private LocalDate birthDate;
    private String firstName;
    private String lastName;
    private String phone;
    private String email;
    private String officeId;
    private Long counsellorId;
    @Enumerated(EnumType.STRING)
    private EffortGroup effortGroup;
    private String wishes;
    private String interests;
    private String strengths;
    private String experience;
    private String education;
    private String adaptationNeeds;
    @Version
    private long version;
    private Instant createdAt = Instant.now();
    private Instant updatedAt = Instant.now();

    protected Candidate() {
    }

    public Candidate(String nationalId, LocalDate birthDate, String officeId, Long counsellorId) {
        this.nationalId = nationalId;
        this.birthDate = birthDate;
        this.officeId = officeId;
        this.counsellorId = counsellorId;
    }

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public CaseScope scope() {
        return CaseScope.ofCandidate(id, officeId, counsellorId);
    }

    /** What the candidate's record says about an item they may choose to share. */
    public String textOf(ConsentItem item) {
        return switch (item) {
            case ADAPTATION_NEEDS -> adaptationNeeds;
            case STRENGTHS -> strengths;
            case EXPERIENCE -> experience;
            case EDUCATION -> education;
            case WISHES_AND_INTERESTS -> wishes == null ? interests
                    : interests == null ? wishes : wishes + "\n" + interests;
        };
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public void applyDetails(CandidateDetails details) {
        this.firstName = details.firstName();
        this.lastName = details.lastName();
        this.phone = details.phone();
        this.email = details.email();
        this.effortGroup = details.effortGroup();
        this.wishes = details.wishes();
        this.interests = details.interests();
        this.strengths = details.strengths();
        this.experience = details.experience();
        this.education = details.education();
        this.adaptationNeeds = details.adaptationNeeds();
    }

    public Long getId() {
        return id;
    }

    public String getNationalId() {
        return nationalId;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getOfficeId() {
        return officeId;
    }

    public Long getCounsellorId() {
        return counsellorId;
    }

    public EffortGroup getEffortGroup() {
        return effortGroup;
    }

    public String getWishes() {
        return wishes;
    }

    public String getInterests() {
        return interests;
    }

    public String getStrengths() {
        return strengths;
    }

    public String getExperience() {
        return experience;
    }

    public String getEducation() {
        return education;
    }

    public String getAdaptationNeeds() {
        return adaptationNeeds;
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
