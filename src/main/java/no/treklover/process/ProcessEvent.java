package no.treklover.process;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry in a process timeline; never changed once written. */
@Entity
@Table(name = "process_event")
public class ProcessEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long processId;
    private Instant occurredAt;
    private Long actorId;
    @Enumerated(EnumType.STRING)
    private ProcessEventType type;
    @Enumerated(EnumType.STRING)
    private Phase fromPhase;
    @Enumerated(EnumType.STRING)
    private Phase toPhase;
    private String comment;

    protected ProcessEvent() {
    }

    ProcessEvent(long processId, Instant occurredAt, Long actorId, ProcessEventType type, Phase fromPhase,
            Phase toPhase, String comment) {
        this.processId = processId;
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.type = type;
        this.fromPhase = fromPhase;
        this.toPhase = toPhase;
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public Long getProcessId() {
        return processId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public ProcessEventType getType() {
        return type;
    }

    public Phase getFromPhase() {
        return fromPhase;
    }

    public Phase getToPhase() {
        return toPhase;
    }

    public String getComment() {
        return comment;
    }
}
