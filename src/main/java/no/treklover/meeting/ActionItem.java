package no.treklover.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** Something agreed in a meeting that someone does by a date (tiltak/oppgave). */
@Entity
@Table(name = "meeting_action_item")
public class ActionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long meetingId;
    private String text;
    private String owner;
    private LocalDate dueDate;
    private boolean done;
    private Instant doneAt;
    @Version
    private long version;
    private Instant createdAt;

    protected ActionItem() {
    }

    ActionItem(long meetingId, String text, String owner, LocalDate dueDate, Instant now) {
        this.meetingId = meetingId;
        this.text = text;
        this.owner = owner;
        this.dueDate = dueDate;
        this.createdAt = now;
    }

    void markDone(boolean done, Instant now) {
        this.done = done;
        this.doneAt = done ? now : null;
    }

    public boolean overdueOn(LocalDate today) {
        return !done && dueDate != null && dueDate.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public String getText() {
        return text;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public boolean isDone() {
        return done;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public long getVersion() {
        return version;
    }
}
