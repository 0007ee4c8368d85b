package no.treklover.process;

import java.time.LocalDate;

/** The process details form as the browser sends it; validated through {@link ProcessDetails}. */
public class ProcessForm implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private Long employerId;
    private Boolean counsellorKnewEmployer;
    private Attachment attachmentAtStart;
    private Initiative initiative;
    private String mentorName;
    private String mentorPhone;
    private String mentorEmail;
    private String mentorRole;
    private String goals;
    private LocalDate startDate;
    private LocalDate endDate;
    private Outcome outcome;
    private String outcomeNote;
    private FollowUpStatus followUpStatus;
    private String nextAction;
    private LocalDate nextActionDue;
    private String measureJustification;
    private LocalDate postCheckDate;
    private AttachmentAtEnd attachedAtEnd;
    private Integer employersContacted;
    private long version;

    public ProcessDetails toDetails() {
        return new ProcessDetails(employerId, counsellorKnewEmployer, attachmentAtStart, initiative, mentorName,
                mentorPhone, mentorEmail, mentorRole, goals, startDate, endDate, outcome, outcomeNote, followUpStatus,
                nextAction, nextActionDue, measureJustification, postCheckDate, attachedAtEnd, employersContacted);
    }

    static ProcessForm of(InclusionProcess process) {
        ProcessDetails d = process.details();
        ProcessForm form = new ProcessForm();
        form.employerId = d.employerId();
        form.counsellorKnewEmployer = d.counsellorKnewEmployer();
        form.attachmentAtStart = d.attachmentAtStart();
        form.initiative = d.initiative();
        form.mentorName = d.mentorName();
        form.mentorPhone = d.mentorPhone();
        form.mentorEmail = d.mentorEmail();
        form.mentorRole = d.mentorRole();
        form.goals = d.goals();
        form.startDate = d.startDate();
        form.endDate = d.endDate();
        form.outcome = d.outcome();
        form.outcomeNote = d.outcomeNote();
        form.followUpStatus = d.followUpStatus();
        form.nextAction = d.nextAction();
        form.nextActionDue = d.nextActionDue();
        form.measureJustification = d.measureJustification();
        form.postCheckDate = d.postCheckDate();
        form.attachedAtEnd = d.attachedAtEnd();
        form.employersContacted = d.employersContacted();
        form.version = process.getVersion();
        return form;
    }

    public Long getEmployerId() {
        return employerId;
    }

    public void setEmployerId(Long employerId) {
        this.employerId = employerId;
    }

    public Boolean getCounsellorKnewEmployer() {
        return counsellorKnewEmployer;
    }

    public void setCounsellorKnewEmployer(Boolean counsellorKnewEmployer) {
        this.counsellorKnewEmployer = counsellorKnewEmployer;
    }

    public Attachment getAttachmentAtStart() {
        return attachmentAtStart;
    }

    public void setAttachmentAtStart(Attachment attachmentAtStart) {
        this.attachmentAtStart = attachmentAtStart;
    }

    public Initiative getInitiative() {
        return initiative;
    }

    public void setInitiative(Initiative initiative) {
        this.initiative = initiative;
    }

    public String getMentorName() {
        return mentorName;
    }

    public void setMentorName(String mentorName) {
        this.mentorName = mentorName;
    }

    public String getMentorPhone() {
        return mentorPhone;
    }

    public void setMentorPhone(String mentorPhone) {
        this.mentorPhone = mentorPhone;
    }

    public String getMentorEmail() {
        return mentorEmail;
    }

    public void setMentorEmail(String mentorEmail) {
        this.mentorEmail = mentorEmail;
    }

    public String getMentorRole() {
        return mentorRole;
    }

    public void setMentorRole(String mentorRole) {
        this.mentorRole = mentorRole;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public void setOutcomeNote(String outcomeNote) {
        this.outcomeNote = outcomeNote;
    }

    public FollowUpStatus getFollowUpStatus() {
        return followUpStatus;
    }

    public void setFollowUpStatus(FollowUpStatus followUpStatus) {
        this.followUpStatus = followUpStatus;
    }

    public String getNextAction() {
        return nextAction;
    }

    public void setNextAction(String nextAction) {
        this.nextAction = nextAction;
    }

    public LocalDate getNextActionDue() {
        return nextActionDue;
    }

    public void setNextActionDue(LocalDate nextActionDue) {
        this.nextActionDue = nextActionDue;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getMeasureJustification() {
        return measureJustification;
    }

    public void setMeasureJustification(String measureJustification) {
        this.measureJustification = measureJustification;
    }

    public LocalDate getPostCheckDate() {
        return postCheckDate;
    }

    public void setPostCheckDate(LocalDate postCheckDate) {
        this.postCheckDate = postCheckDate;
    }

    public AttachmentAtEnd getAttachedAtEnd() {
        return attachedAtEnd;
    }

    public void setAttachedAtEnd(AttachmentAtEnd attachedAtEnd) {
        this.attachedAtEnd = attachedAtEnd;
    }

    public Integer getEmployersContacted() {
        return employersContacted;
    }

    public void setEmployersContacted(Integer employersContacted) {
        this.employersContacted = employersContacted;
    }
}
