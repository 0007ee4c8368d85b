package no.treklover.meeting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A follow-up meeting of an inclusion process, with its iCalendar identity (UID, SEQUENCE). */
@Entity
@Table(name = "meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long processId;
    @Enumerated(EnumType.STRING)
    private MeetingType type;
    @Enumerated(EnumType.STRING)
    private MeetingStatus status;
    private Instant startsAt;
    private int durationMinutes;
    @Enumerated(EnumType.STRING)
    private MeetingChannel channel;
    private String location;
    private String agenda;
    private String minutes;
    private String decisions;
    private String goals;
    private String trainingPlan;
    private String weeklyPlan;
    private String roles;
    private long organizerId;
    private String icalUid;
    private int icalSequence;
    private Instant cancelledAt;
    private String cancelReason;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_participant", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<Participant> participants = new ArrayList<>();

    protected Meeting() {
    }

    Meeting(long processId, MeetingType type, long organizerId, Instant now) {
        this.processId = processId;
        this.type = type;
        this.status = MeetingStatus.PLANNED;
        this.organizerId = organizerId;
        this.icalUid = UUID.randomUUID() + "@treklover.nav.no";
        this.icalSequence = 0;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Sets time and place; a change of either after creation is a new SEQUENCE for the calendars. */
    void schedule(Instant startsAt, int durationMinutes, MeetingChannel channel, String location) {
        boolean changed = this.startsAt != null && (!Objects.equals(this.startsAt, startsAt)
                || this.durationMinutes != durationMinutes || this.channel != channel
                || !Objects.equals(this.location, location));
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.channel = channel;
        this.location = location;
        if (changed) {
            icalSequence++;
        }
    }

    void replaceParticipants(List<Participant> next) {
        participants.clear();
        participants.addAll(next);
    }

    void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    void recordMinutes(String minutes, String decisions) {
        this.minutes = minutes;
        this.decisions = decisions;
    }

    void recordStartUp(String goals, String trainingPlan, String weeklyPlan, String roles) {
        this.goals = goals;
        this.trainingPlan = trainingPlan;
        this.weeklyPlan = weeklyPlan;
        this.roles = roles;
    }

    void setStatus(MeetingStatus status) {
        this.status = status;
    }

    void cancel(Instant now, String reason) {
        this.status = MeetingStatus.CANCELLED;
        this.cancelledAt = now;
        this.cancelReason = reason;
        this.icalSequence++;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    public boolean takesPart(long userId) {
        return participants.stream().anyMatch(p -> p.getUserId() != null && p.getUserId() == userId);
    }

    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(durationMinutes));
    }

    public Long getId() {
        return id;
    }

    public long getProcessId() {
        return processId;
    }

    public MeetingType getType() {
        return type;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public MeetingChannel getChannel() {
        return channel;
    }

    public String getLocation() {
        return location;
    }

    public String getAgenda() {
        return agenda;
    }

    public String getMinutes() {
        return minutes;
    }

    public String getDecisions() {
        return decisions;
    }

    public String getGoals() {
        return goals;
    }

    public String getTrainingPlan() {
        return trainingPlan;
    }

    public String getWeeklyPlan() {
        return weeklyPlan;
    }

    public String getRoles() {
        return roles;
    }

    public long getOrganizerId() {
        return organizerId;
    }

    public String getIcalUid() {
        return icalUid;
    }

    public int getIcalSequence() {
        return icalSequence;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    /** Why it was cancelled, as told to the participants; null for older cancellations. */
    public String getCancelReason() {
        return cancelReason;
    }

    public long getVersion() {
        return version;
    }

    public List<Participant> getParticipants() {
        return List.copyOf(participants);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
