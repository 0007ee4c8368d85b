package no.treklover.opportunity;

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
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** An employer's opportunity (kravspesifikasjon): what it offers and asks. Holds no candidate data. */
@Entity
@Table(name = "opportunity")
public class Opportunity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long employerId;
    private Long subUnitId;
    private String title;
    private String tasks;
    private String requirementsMust;
    private String requirementsNice;
    private String trainingOffered;
    private boolean mentorAvailable;
    private Integer hoursPerWeek;
    private int slots;
    @Enumerated(EnumType.STRING)
    private OpportunityType type;
    @Enumerated(EnumType.STRING)
    private HireChance hireChance;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String municipality;
    private String county;
    private String workConstraints;
    @Enumerated(EnumType.STRING)
    private OpportunityStatus status;
    private long createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Opportunity() {
    }

    Opportunity(OpportunityDetails details, long createdBy, Instant now) {
        this.employerId = details.employerId();
        this.status = OpportunityStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(details, now);
    }

    /** The content; the employer stays what it was (an opportunity never moves to another employer). */
    void apply(OpportunityDetails d, Instant now) {
        this.subUnitId = d.subUnitId();
        this.title = d.title().strip();
        this.tasks = OpportunityDetails.blankToNull(d.tasks());
        this.requirementsMust = OpportunityDetails.blankToNull(d.requirementsMust());
        this.requirementsNice = OpportunityDetails.blankToNull(d.requirementsNice());
        this.trainingOffered = OpportunityDetails.blankToNull(d.trainingOffered());
        this.mentorAvailable = Boolean.TRUE.equals(d.mentorAvailable());
        this.hoursPerWeek = d.hoursPerWeek();
        this.slots = d.slots();
        this.type = d.type();
        this.hireChance = d.hireChance() == null ? HireChance.UNKNOWN : d.hireChance();
        this.startsOn = d.startsOn();
        this.endsOn = d.endsOn();
        this.municipality = d.municipality().strip();
        this.county = d.county();
        this.workConstraints = WorkConstraint.join(d.constraints());
        this.updatedAt = now;
    }

    void changeStatus(OpportunityStatus target, Instant now) {
        this.status = target;
        this.updatedAt = now;
    }

    public OpportunityDetails details() {
        return new OpportunityDetails(employerId, subUnitId, title, tasks, requirementsMust, requirementsNice,
                trainingOffered, mentorAvailable, hoursPerWeek, slots, type, hireChance, startsOn, endsOn,
                municipality, county, getConstraints());
    }

    /** The requirements one a line, blank lines dropped. */
    public static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(LINE_BREAK.split(text)).map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
    }

    /** Compiled once: String.split("\\R") compiled it for every call, twice per row of a ranking's 500. */
    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\\R");

    public Long getId() {
        return id;
    }

    public long getEmployerId() {
        return employerId;
    }

    public Long getSubUnitId() {
        return subUnitId;
    }

    public String getTitle() {
        return title;
    }

    public String getTasks() {
        return tasks;
    }

    public String getRequirementsMust() {
        return requirementsMust;
    }

    public String getRequirementsNice() {
        return requirementsNice;
    }

    public String getTrainingOffered() {
        return trainingOffered;
    }

    public boolean isMentorAvailable() {
        return mentorAvailable;
    }

    public Integer getHoursPerWeek() {
        return hoursPerWeek;
    }

    public int getSlots() {
        return slots;
    }

    public OpportunityType getType() {
        return type;
    }

    public HireChance getHireChance() {
        return hireChance;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getMunicipality() {
        return municipality;
    }

    public String getCounty() {
        return county;
    }

    public Set<WorkConstraint> getConstraints() {
        return WorkConstraint.parse(workConstraints);
    }

    public OpportunityStatus getStatus() {
        return status;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
