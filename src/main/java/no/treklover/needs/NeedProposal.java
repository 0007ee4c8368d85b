package no.treklover.needs;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A meeting's proposal of an employer (and perhaps one of its workplaces) for a need; who proposed it, from where. */
@Entity
@Table(name = "need_proposal")
public class NeedProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long needId;
    private long employerId;
    private Long subUnitId;
    private long proposedBy;
    private String proposerUnitId;
    @Enumerated(EnumType.STRING)
    private NeedLevel level;
    private String comment;
    private Instant proposedAt;
    private Instant acceptedAt;

    protected NeedProposal() {
    }

    NeedProposal(long needId, long employerId, Long subUnitId, long proposedBy, String proposerUnitId, NeedLevel level,
            String comment, Instant proposedAt) {
        this.needId = needId;
        this.employerId = employerId;
        this.subUnitId = subUnitId;
        this.proposedBy = proposedBy;
        this.proposerUnitId = proposerUnitId;
        this.level = level;
        this.comment = comment;
        this.proposedAt = proposedAt;
    }

    void accepted(Instant now) {
        acceptedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getNeedId() {
        return needId;
    }

    public long getEmployerId() {
        return employerId;
    }

    public Long getSubUnitId() {
        return subUnitId;
    }

    public long getProposedBy() {
        return proposedBy;
    }

    public String getProposerUnitId() {
        return proposerUnitId;
    }

    public NeedLevel getLevel() {
        return level;
    }

    public String getComment() {
        return comment;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }
}
