package no.treklover.needs;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of a need: who, when, what, with the meeting's comment. Never changed once written. */
@Entity
@Table(name = "need_history")
public class NeedHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long needId;
    private Instant occurredAt;
    private long actorId;
    @Enumerated(EnumType.STRING)
    private NeedAction action;
    @Enumerated(EnumType.STRING)
    private NeedState fromState;
    @Enumerated(EnumType.STRING)
    private NeedState toState;
    @Enumerated(EnumType.STRING)
    private NeedLevel level;
    private String comment;
    private Long proposalId;

    protected NeedHistoryEntry() {
    }

    NeedHistoryEntry(long needId, Instant occurredAt, long actorId, NeedAction action, NeedState fromState,
            NeedState toState, NeedLevel level, String comment, Long proposalId) {
        this.needId = needId;
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.level = level;
        this.comment = comment;
        this.proposalId = proposalId;
    }

    public Long getId() {
        return id;
    }

    public long getNeedId() {
        return needId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public long getActorId() {
        return actorId;
    }

    public NeedAction getAction() {
        return action;
    }

    public NeedState getFromState() {
        return fromState;
    }

    public NeedState getToState() {
        return toState;
    }

    public NeedLevel getLevel() {
        return level;
    }

    public String getComment() {
        return comment;
    }

    public Long getProposalId() {
        return proposalId;
    }
}
