package no.treklover.event;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A job fair, kick-off or employer breakfast. Offices, employers, slots and bookings are rows of their own. */
@Entity
@Table(name = "event")
public class Event {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private EventType type;
    private String title;
    private Instant startsAt;
    private Instant endsAt;
    private String venue;
    private String organiserOfficeId;
    @Enumerated(EnumType.STRING)
    private EventState state;
    private String cancelReason;
    private int maxCandidatesPerEmployer;
    private int maxEmployersPerCandidate;
    private long createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected Event() {
    }

    Event(String organiserOfficeId, long createdBy, Instant now, EventDetails details) {
        this.organiserOfficeId = organiserOfficeId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.state = EventState.DRAFT;
        apply(details);
    }

    void apply(EventDetails d) {
        this.type = d.type();
        this.title = d.title().strip();
        this.venue = d.venue().strip();
        this.startsAt = LocalDateTime.of(d.date(), d.startTime()).atZone(OSLO).toInstant();
        this.endsAt = LocalDateTime.of(d.date(), d.endTime()).atZone(OSLO).toInstant();
        this.maxCandidatesPerEmployer = d.candidatesPerEmployer();
        this.maxEmployersPerCandidate = d.employersPerCandidate();
    }

    void moveTo(EventState next, String reason) {
        this.state = next;
        this.cancelReason = next == EventState.CANCELLED ? reason : null;
    }

    public Long getId() {
        return id;
    }

    public EventType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getVenue() {
        return venue;
    }

    public String getOrganiserOfficeId() {
        return organiserOfficeId;
    }

    public EventState getState() {
        return state;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public int getMaxCandidatesPerEmployer() {
        return maxCandidatesPerEmployer;
    }

    public int getMaxEmployersPerCandidate() {
        return maxEmployersPerCandidate;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }

    /** The event's details as a form holds them (Oslo wall-clock times). */
    EventDetails details(java.util.List<String> coOrganisers, java.util.List<String> invited) {
        LocalDateTime start = LocalDateTime.ofInstant(startsAt, OSLO);
        LocalDateTime end = LocalDateTime.ofInstant(endsAt, OSLO);
        return new EventDetails(type, title, start.toLocalDate(), start.toLocalTime(), end.toLocalTime(), venue,
                coOrganisers, invited, maxCandidatesPerEmployer, maxEmployersPerCandidate);
    }
}
