package no.treklover.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The candidate's own feedback after a held meeting: how it was, whether she was heard, and a word to the counsellor. */
@Entity
@Table(name = "meeting_feedback")
public class MeetingFeedback {

    /** "Hvordan var møtet for deg?" */
    public enum Rating { GOOD, OK, NOT_GOOD }

    /** "Ble du hørt?" */
    public enum Heard { YES, PARTLY, NO }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long meetingId;
    private long candidateUserId;
    @Enumerated(EnumType.STRING)
    private Rating rating;
    @Enumerated(EnumType.STRING)
    private Heard heard;
    private String comment;
    private Instant officeReadAt;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected MeetingFeedback() {
    }

    MeetingFeedback(long meetingId, long candidateUserId, Instant now) {
        this.meetingId = meetingId;
        this.candidateUserId = candidateUserId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void answer(Rating rating, Heard heard, String comment, Instant now) {
        this.rating = rating;
        this.heard = heard;
        this.comment = comment;
        this.updatedAt = now;
        this.officeReadAt = null;
    }

    public boolean isNewForOffice() {
        return officeReadAt == null;
    }

    public Long getId() {
        return id;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getCandidateUserId() {
        return candidateUserId;
    }

    public Rating getRating() {
        return rating;
    }

    public Heard getHeard() {
        return heard;
    }

    public String getComment() {
        return comment;
    }

    public Instant getOfficeReadAt() {
        return officeReadAt;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
