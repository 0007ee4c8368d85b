package no.treklover.opportunity;

import org.springframework.format.annotation.DateTimeFormat;

/** The opportunity form's fields (a plain bean for binding), validated through {@link OpportunityDetails}. */
public class OpportunityForm {

    private Long employerId;
    private Long subUnitId;
    private String title;
    private String tasks;
    private String requirementsMust;
    private String requirementsNice;
    private String trainingOffered;
    private boolean mentorAvailable;
    private Integer hoursPerWeek;
    private Integer slots = 1;
    private OpportunityType type;
    private HireChance hireChance;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private java.time.LocalDate startsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private java.time.LocalDate endsOn;
    private String municipality;
    private String county;
    private java.util.Set<WorkConstraint> constraints = java.util.EnumSet.noneOf(WorkConstraint.class);
    private long version;

    static OpportunityForm of(Opportunity o) {
        OpportunityForm f = of(o.details());
        f.version = o.getVersion();
        return f;
    }

    static OpportunityForm of(OpportunityDetails d) {
        OpportunityForm f = new OpportunityForm();
        f.employerId = d.employerId();
        f.subUnitId = d.subUnitId();
        f.title = d.title();
        f.tasks = d.tasks();
        f.requirementsMust = d.requirementsMust();
        f.requirementsNice = d.requirementsNice();
        f.trainingOffered = d.trainingOffered();
        f.mentorAvailable = Boolean.TRUE.equals(d.mentorAvailable());
        f.hoursPerWeek = d.hoursPerWeek();
        f.slots = d.slots();
        f.type = d.type();
        f.hireChance = d.hireChance();
        f.startsOn = d.startsOn();
        f.endsOn = d.endsOn();
        f.municipality = d.municipality();
        f.county = d.county();
        f.constraints = d.constraints() == null ? java.util.EnumSet.noneOf(WorkConstraint.class)
                : java.util.EnumSet.copyOf(d.constraints().isEmpty() ? java.util.EnumSet.noneOf(WorkConstraint.class)
                        : d.constraints());
        return f;
    }

    OpportunityDetails toDetails() {
        return new OpportunityDetails(employerId, subUnitId, title, tasks, requirementsMust, requirementsNice,
                trainingOffered, mentorAvailable, hoursPerWeek, slots, type, hireChance, startsOn, endsOn,
                municipality, county, constraints);
    }

    public Long getEmployerId() {
        return employerId;
    }

    public void setEmployerId(Long employerId) {
        this.employerId = employerId;
    }

    public Long getSubUnitId() {
        return subUnitId;
    }

    public void setSubUnitId(Long subUnitId) {
        this.subUnitId = subUnitId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTasks() {
        return tasks;
    }

    public void setTasks(String tasks) {
        this.tasks = tasks;
    }

    public String getRequirementsMust() {
        return requirementsMust;
    }

    public void setRequirementsMust(String requirementsMust) {
        this.requirementsMust = requirementsMust;
    }

    public String getRequirementsNice() {
        return requirementsNice;
    }

    public void setRequirementsNice(String requirementsNice) {
        this.requirementsNice = requirementsNice;
    }

    public String getTrainingOffered() {
        return trainingOffered;
    }

    public void setTrainingOffered(String trainingOffered) {
        this.trainingOffered = trainingOffered;
    }

    public boolean isMentorAvailable() {
        return mentorAvailable;
    }

    public void setMentorAvailable(boolean mentorAvailable) {
        this.mentorAvailable = mentorAvailable;
    }

    public Integer getHoursPerWeek() {
        return hoursPerWeek;
    }

    public void setHoursPerWeek(Integer hoursPerWeek) {
        this.hoursPerWeek = hoursPerWeek;
    }

    public Integer getSlots() {
        return slots;
    }

    public void setSlots(Integer slots) {
        this.slots = slots;
    }

    public OpportunityType getType() {
        return type;
    }

    public void setType(OpportunityType type) {
        this.type = type;
    }

    public HireChance getHireChance() {
        return hireChance;
    }

    public void setHireChance(HireChance hireChance) {
        this.hireChance = hireChance;
    }

    public java.time.LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(java.time.LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public java.time.LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(java.time.LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public java.util.Set<WorkConstraint> getConstraints() {
        return constraints;
    }

    public void setConstraints(java.util.Set<WorkConstraint> constraints) {
        this.constraints = constraints;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
