package no.treklover.process;

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
import java.time.ZoneId;
import no.treklover.access.CaseScope;
import no.treklover.access.PartnerAccessWindow;
import org.hibernate.annotations.Formula;

/** An inclusion process (inkluderingsforløp): one candidate's way through the hybrid model's phases. */
@Entity
@Table(name = "inclusion_process")
public class InclusionProcess {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long candidateId;
    private Long counsellorId;
    private String officeId;
    @Enumerated(EnumType.STRING)
    private Phase phase;
    private Instant phaseChangedAt;
    private boolean open;
    private Long employerId;
    private Boolean counsellorKnewEmployer;
    @Enumerated(EnumType.STRING)
    private Attachment attachmentAtStart;
    @Enumerated(EnumType.STRING)
    private Initiative initiative;
    private String mentorName;
    private String mentorPhone;
    private String mentorEmail;
    private String mentorRole;
    private Long mentorUserId;
    private String goals;
    private LocalDate startDate;
    private LocalDate endDate;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    private String outcomeNote;
    @Enumerated(EnumType.STRING)
    private FollowUpStatus followUpStatus;
    private String nextAction;
    private LocalDate nextActionDue;
    private String measureJustification;
    private LocalDate postCheckDate;
    @Enumerated(EnumType.STRING)
    private AttachmentAtEnd attachedAtEnd;
    private Integer employersContacted;
    /**
     * The dates of the process's mentor agreements, read in the same query as the process (no query per process in
     * lists), in the form {@link PartnerAccessWindow#parse} reads. Read-only.
     */
    @Formula("(select string_agg(coalesce(to_char(a.end_date, 'YYYY-MM-DD'), '') || '/'"
            + " || coalesce(to_char(timezone('Europe/Oslo', a.annulled_at), 'YYYY-MM-DD'), '') || '/'"
            + " || case when a.concluded_at is null then 'P' else 'C' end, ',')"
            + " from mentor_agreement a where a.process_id = id)")
    private String agreementDates;
    /**
     * Whether the process's mentor has signed the confidentiality declaration on one of its agreements, read in the
     * same query as the process (as {@code ConfidentialityDeclarations#signed} for the process's mentor). Read-only.
     */
    @Formula("(exists (select 1 from mentor_agreement d where d.process_id = id"
            + " and d.mentor_user_id = mentor_user_id and d.mentor_signed_confidentiality_at is not null))")
    private boolean mentorDeclarationSigned;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected InclusionProcess() {
    }

    InclusionProcess(long candidateId, long counsellorId, String officeId, Instant now) {
        this.candidateId = candidateId;
        this.counsellorId = counsellorId;
        this.officeId = officeId;
        this.phase = Phase.ASSESSMENT;
        this.phaseChangedAt = now;
        this.open = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public CaseScope scope() {
        return new CaseScope(candidateId, officeId, counsellorId, mentorUserId, employerId, partnerAccessEndsOn());
    }

    /**
     * The last day partners may see the process ({@link PartnerAccessWindow}): 12 weeks after the earlier of the
     * process's end and its agreements' end; null while neither has ended.
     */
    private LocalDate partnerAccessEndsOn() {
        return PartnerAccessWindow.processAccessEndsOn(endedOn(), PartnerAccessWindow.parse(agreementDates));
    }

    /** The day the process ended (its end date, or the day it closed); null while it is open. */
    private LocalDate endedOn() {
        if (open) {
            return null;
        }
        return endDate != null ? endDate : phaseChangedAt.atZone(ZoneId.of("Europe/Oslo")).toLocalDate();
    }

    void moveTo(Phase target, Instant now) {
        this.phase = target;
        this.phaseChangedAt = now;
        this.open = target.isOpen();
    }

    void applyDetails(ProcessDetails details) {
        this.employerId = details.employerId();
        this.counsellorKnewEmployer = details.counsellorKnewEmployer();
        this.attachmentAtStart = details.attachmentAtStart();
        this.initiative = details.initiative();
        this.mentorName = details.mentorName();
        this.mentorPhone = details.mentorPhone();
        this.mentorEmail = details.mentorEmail();
        this.mentorRole = details.mentorRole();
        this.goals = details.goals();
        this.startDate = details.startDate();
        this.endDate = details.endDate();
        this.outcome = details.outcome();
        this.outcomeNote = details.outcomeNote();
        this.followUpStatus = details.followUpStatus();
        this.nextAction = details.nextAction();
        this.nextActionDue = details.nextActionDue();
        this.measureJustification = details.measureJustification();
        this.postCheckDate = details.postCheckDate();
        this.attachedAtEnd = details.attachedAtEnd();
        this.employersContacted = details.employersContacted();
    }

    ProcessDetails details() {
        return new ProcessDetails(employerId, counsellorKnewEmployer, attachmentAtStart, initiative, mentorName,
                mentorPhone, mentorEmail, mentorRole, goals, startDate, endDate, outcome, outcomeNote, followUpStatus,
                nextAction, nextActionDue, measureJustification, postCheckDate, attachedAtEnd, employersContacted);
    }

    /** The process's mentor (if any) has signed the confidentiality declaration. */
    public boolean isMentorDeclarationSigned() {
        return mentorUserId != null && mentorDeclarationSigned;
    }

    public Long getId() {
        return id;
    }

    public Long getCandidateId() {
        return candidateId;
    }

    public Long getCounsellorId() {
        return counsellorId;
    }

    public String getOfficeId() {
        return officeId;
    }

    public Phase getPhase() {
        return phase;
    }

    public Instant getPhaseChangedAt() {
        return phaseChangedAt;
    }

    public boolean isOpen() {
        return open;
    }

    public Long getEmployerId() {
        return employerId;
    }

    public Boolean getCounsellorKnewEmployer() {
        return counsellorKnewEmployer;
    }

    public Attachment getAttachmentAtStart() {
        return attachmentAtStart;
    }

    public Initiative getInitiative() {
        return initiative;
    }

    public String getMentorName() {
        return mentorName;
    }

    public String getMentorPhone() {
        return mentorPhone;
    }

    public String getMentorEmail() {
        return mentorEmail;
    }

    public String getMentorRole() {
        return mentorRole;
    }

    public Long getMentorUserId() {
        return mentorUserId;
    }

    public String getGoals() {
        return goals;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public AttachmentAtEnd getAttachedAtEnd() {
        return attachedAtEnd;
    }

    public Integer getEmployersContacted() {
        return employersContacted;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public FollowUpStatus getFollowUpStatus() {
        return followUpStatus;
    }

    public String getNextAction() {
        return nextAction;
    }

    public LocalDate getNextActionDue() {
        return nextActionDue;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
