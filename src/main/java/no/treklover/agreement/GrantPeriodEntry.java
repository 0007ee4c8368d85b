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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** One stored grant period (tilskuddsperiode) of a mentor agreement; {@link GrantPeriodRules} says what may happen. */
@Entity
@Table(name = "grant_period")
public class GrantPeriodEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long agreementId;
    private int sequenceNumber;
    private LocalDate fromDate;
    private LocalDate toDate;
    private BigDecimal amount;
    private BigDecimal monthlyAmount;
    @Enumerated(EnumType.STRING)
    private GrantPeriodStatus status;
    private Long decidedBy;
    private Instant decidedAt;
    private Long rejectedBy;
    private Instant rejectedAt;
    private String rejectionReasons;
    private String rejectionExplanation;
    private Instant resubmittedAt;
    private Instant annulledAt;
    @Version
    private long version;
    private Instant createdAt;

    protected GrantPeriodEntry() {
    }

    GrantPeriodEntry(long agreementId, int sequenceNumber, GrantPeriodRules.Planned planned, Instant now) {
        this.agreementId = agreementId;
        this.sequenceNumber = sequenceNumber;
        this.fromDate = planned.from();
        this.toDate = planned.to();
        this.amount = planned.amount();
        this.monthlyAmount = planned.monthlyAmount();
        this.status = GrantPeriodStatus.UBEHANDLET;
        this.createdAt = now;
    }

    GrantPeriodRules.Existing existing() {
        return new GrantPeriodRules.Existing(id, fromDate, toDate, monthlyAmount, status);
    }

    void approve(long beslutterId, Instant now) {
        status = GrantPeriodStatus.GODKJENT;
        decidedBy = beslutterId;
        decidedAt = now;
    }

    void reject(long beslutterId, Set<GrantPeriodRejectionReason> reasons, String explanation, Instant now) {
        status = GrantPeriodStatus.AVSLATT;
        decidedBy = beslutterId;
        decidedAt = now;
        rejectedBy = beslutterId;
        rejectedAt = now;
        rejectionReasons = EnumSet.copyOf(reasons).stream().map(Enum::name).collect(Collectors.joining(","));
        rejectionExplanation = explanation.strip();
    }

    void resubmit(Instant now) {
        status = GrantPeriodStatus.UBEHANDLET;
        decidedBy = null;
        decidedAt = null;
        resubmittedAt = now;
    }

    /** Superseded or withdrawn; its decision (if any) and rejection stay for the record. */
    void annul(Instant now) {
        status = GrantPeriodStatus.ANNULLERT;
        annulledAt = now;
    }

    void renumber(int sequence) {
        this.sequenceNumber = sequence;
    }

    public Set<GrantPeriodRejectionReason> getRejectionReasons() {
        if (rejectionReasons == null || rejectionReasons.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(rejectionReasons.split(",")).map(GrantPeriodRejectionReason::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(GrantPeriodRejectionReason.class)));
    }

    /** Since when it waits for a beslutter: its creation, or when the counsellor resent it. */
    public Instant waitingSince() {
        return resubmittedAt != null ? resubmittedAt : createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public int getSequenceNumber() {
        return sequenceNumber;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getMonthlyAmount() {
        return monthlyAmount;
    }

    public GrantPeriodStatus getStatus() {
        return status;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Long getRejectedBy() {
        return rejectedBy;
    }

    public Instant getRejectedAt() {
        return rejectedAt;
    }

    public String getRejectionExplanation() {
        return rejectionExplanation;
    }

    public Instant getResubmittedAt() {
        return resubmittedAt;
    }

    public Instant getAnnulledAt() {
        return annulledAt;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
