package no.treklover.agreement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import no.treklover.access.CaseScope;
import no.treklover.access.PartnerAccessWindow;
import no.treklover.agreement.grant.PayType;

/**
 * A mentor agreement of an inclusion process: its content, who has signed and approved it, and whether it was
 * annulled. The status is derived ({@link #status}), never stored.
 */
@Entity
@Table(name = "mentor_agreement")
public class MentorAgreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long processId;
    private Long candidateId;
    private String officeId;
    private Long employerId;
    private Long mentorUserId;

    private String mentorFirstName;
    private String mentorLastName;
    private String mentorPhone;
    private String mentorEmail;
    private String mentorNationalId;
    private String tasks;
    private BigDecimal hoursPerMonth;
    @Enumerated(EnumType.STRING)
    private PayType payType;
    private BigDecimal payAmount;
    private BigDecimal positionPercent;
    private LocalDate startDate;
    private LocalDate endDate;
    private String followUp;
    private String adaptation;
    private BigDecimal holidayPayRate;
    private BigDecimal otpRate;
    private BigDecimal agaRate;
    private String accountNumber;
    private String kid;
    private Boolean familyTie;
    private String familyTieReason;
    private String candidateContactFirstName;
    private String candidateContactLastName;
    private String candidateContactPhone;
    private String candidateContactEmail;
    private String employerContactFirstName;
    private String employerContactLastName;
    private String employerContactPhone;
    private String employerContactEmail;
    private String counsellorContactFirstName;
    private String counsellorContactLastName;
    private String counsellorContactPhone;
    private String counsellorContactEmail;

    private Instant mentorSignedConfidentialityAt;
    private Instant candidateApprovedAt;
    @Enumerated(EnumType.STRING)
    private OnBehalfReason candidateOnBehalfReason;
    private Instant employerApprovedAt;
    private Long employerApprovedBy;
    private Instant counsellorApprovedAt;
    private Long counsellorApprovedBy;
    private Instant beslutterApprovedAt;
    private Long beslutterApprovedBy;
    private Instant annulledAt;
    @Enumerated(EnumType.STRING)
    private AnnulmentReason annulmentReason;
    private Instant concludedAt;
    private Instant lastTouchedAt;
    @Version
    private long version;
    private Instant createdAt;

    protected MentorAgreement() {
    }

    MentorAgreement(long processId, long candidateId, String officeId, long employerId, Long mentorUserId,
            Instant now) {
        this.processId = processId;
        this.candidateId = candidateId;
        this.officeId = officeId;
        this.employerId = employerId;
        this.mentorUserId = mentorUserId;
        this.lastTouchedAt = now;
        this.createdAt = now;
    }

    /**
     * Who may see it: the candidate's office, the agreement's employer and the process's mentor; partners until 12
     * weeks after the end date or the annulment, and never after their access to the process ends
     * ({@link PartnerAccessWindow}). {@code processScope}: the process's scope.
     */
    CaseScope scope(CaseScope processScope) {
        LocalDate partnerEnd = PartnerAccessWindow.agreementAccessEndsOn(dates(), processScope.partnerAccessEndsOn());
        return new CaseScope(candidateId, officeId, processScope.counsellorId(), processScope.mentorUserId(),
                employerId, partnerEnd);
    }

    /** Its dates as {@link PartnerAccessWindow} reads them. */
    PartnerAccessWindow.AgreementDates dates() {
        return new PartnerAccessWindow.AgreementDates(endDate,
                annulledAt == null ? null : annulledAt.atZone(ExpiryRule.OSLO).toLocalDate(), concludedAt != null);
    }

    AgreementStatus status(LocalDate today) {
        return AgreementStatus.derive(annulledAt != null, concludedAt != null, startDate, endDate,
                AgreementRules.allRequiredFilled(content()), today);
    }

    AgreementContent content() {
        return new AgreementContent(mentorFirstName, mentorLastName, mentorPhone, mentorEmail, mentorNationalId, tasks,
                hoursPerMonth, payType, payAmount, positionPercent, startDate, endDate, followUp, adaptation,
                holidayPayRate, otpRate, agaRate, accountNumber, kid, familyTie, familyTieReason,
                new Contact(candidateContactFirstName, candidateContactLastName, candidateContactPhone,
                        candidateContactEmail),
                new Contact(employerContactFirstName, employerContactLastName, employerContactPhone,
                        employerContactEmail),
                new Contact(counsellorContactFirstName, counsellorContactLastName, counsellorContactPhone,
                        counsellorContactEmail));
    }

    void apply(AgreementContent c, Instant now) {
        mentorFirstName = c.mentorFirstName();
        mentorLastName = c.mentorLastName();
        mentorPhone = c.mentorPhone();
        mentorEmail = c.mentorEmail();
        mentorNationalId = c.mentorNationalId();
        tasks = c.tasks();
        hoursPerMonth = c.hoursPerMonth();
        payType = c.payType();
        payAmount = c.payAmount();
        positionPercent = c.positionPercent();
        startDate = c.startDate();
        endDate = c.endDate();
        followUp = c.followUp();
        adaptation = c.adaptation();
        holidayPayRate = c.holidayPayRate();
        otpRate = c.otpRate();
        agaRate = c.agaRate();
        accountNumber = c.accountNumber();
        kid = c.kid();
        familyTie = c.familyTie();
        familyTieReason = c.familyTieReason();
        candidateContactFirstName = c.candidateContact().firstName();
        candidateContactLastName = c.candidateContact().lastName();
        candidateContactPhone = c.candidateContact().phone();
        candidateContactEmail = c.candidateContact().email();
        employerContactFirstName = c.employerContact().firstName();
        employerContactLastName = c.employerContact().lastName();
        employerContactPhone = c.employerContact().phone();
        employerContactEmail = c.employerContact().email();
        counsellorContactFirstName = c.counsellorContact().firstName();
        counsellorContactLastName = c.counsellorContact().lastName();
        counsellorContactPhone = c.counsellorContact().phone();
        counsellorContactEmail = c.counsellorContact().email();
        lastTouchedAt = now;
    }

    Approvals approvals() {
        return new Approvals(mentorSignedConfidentialityAt != null, candidateApprovedAt != null,
                candidateOnBehalfReason, employerApprovedAt != null, ident(counsellorApprovedBy),
                ident(beslutterApprovedBy));
    }

    /** Stores the approvals after a step by {@code actorId}; what became true now gets this time. */
    void apply(Approvals next, long actorId, Instant now) {
        mentorSignedConfidentialityAt = next.mentorSignedConfidentiality()
                ? orNow(mentorSignedConfidentialityAt, now) : null;
        candidateApprovedAt = next.candidateApproved() ? orNow(candidateApprovedAt, now) : null;
        candidateOnBehalfReason = next.candidateOnBehalfReason();
        if (next.employerApproved() && employerApprovedAt == null) {
            employerApprovedBy = actorId;
        }
        employerApprovedAt = next.employerApproved() ? orNow(employerApprovedAt, now) : null;
        employerApprovedBy = next.employerApproved() ? employerApprovedBy : null;
        counsellorApprovedBy = userId(next.counsellorApprovedBy());
        counsellorApprovedAt = next.counsellorApproved() ? orNow(counsellorApprovedAt, now) : null;
        beslutterApprovedBy = userId(next.beslutterApprovedBy());
        beslutterApprovedAt = next.concluded() ? orNow(beslutterApprovedAt, now) : null;
        concludedAt = beslutterApprovedAt;
        lastTouchedAt = now;
    }

    void annul(AnnulmentReason reason, Instant now) {
        annulledAt = now;
        annulmentReason = reason;
        lastTouchedAt = now;
    }

    boolean isAnnulled() {
        return annulledAt != null;
    }

    /** Approvals carry people as text idents; here they are app_user ids. */
    static String ident(Long userId) {
        return userId == null ? null : userId.toString();
    }

    private static Long userId(String ident) {
        return ident == null ? null : Long.valueOf(ident);
    }

    private static Instant orNow(Instant at, Instant now) {
        return at != null ? at : now;
    }

    public Long getId() {
        return id;
    }

    public Long getProcessId() {
        return processId;
    }

    public Long getCandidateId() {
        return candidateId;
    }

    public String getOfficeId() {
        return officeId;
    }

    public Long getEmployerId() {
        return employerId;
    }

    public Long getMentorUserId() {
        return mentorUserId;
    }

    public Instant getMentorSignedConfidentialityAt() {
        return mentorSignedConfidentialityAt;
    }

    public Instant getCandidateApprovedAt() {
        return candidateApprovedAt;
    }

    public Instant getEmployerApprovedAt() {
        return employerApprovedAt;
    }

    public Long getEmployerApprovedBy() {
        return employerApprovedBy;
    }

    public Instant getCounsellorApprovedAt() {
        return counsellorApprovedAt;
    }

    public Long getCounsellorApprovedBy() {
        return counsellorApprovedBy;
    }

    public Instant getBeslutterApprovedAt() {
        return beslutterApprovedAt;
    }

    public Long getBeslutterApprovedBy() {
        return beslutterApprovedBy;
    }

    public OnBehalfReason getCandidateOnBehalfReason() {
        return candidateOnBehalfReason;
    }

    public Instant getAnnulledAt() {
        return annulledAt;
    }

    public AnnulmentReason getAnnulmentReason() {
        return annulmentReason;
    }

    public Instant getConcludedAt() {
        return concludedAt;
    }

    public Instant getLastTouchedAt() {
        return lastTouchedAt;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
