package no.treklover.needs;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import no.treklover.access.NeedsBoardScope;

/**
 * A need on the board: the anonymised profile of a candidate who needs a workplace. It holds no name and no national
 * id; only {@code processId} links it to the case, and nothing on the board shows that link.
 */
@Entity
@Table(name = "need")
public class Need {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long processId;
    private String officeId;
    private String county;
    private long counsellorId;
    @Enumerated(EnumType.STRING)
    private NeedLevel level;
    @Enumerated(EnumType.STRING)
    private NeedState state;
    private String title;
    private String interests;
    private String skills;
    private String experience;
    private Integer hoursPerWeek;
    private String municipality;
    private boolean adaptationNeeded;
    private String adaptationText;
    @Enumerated(EnumType.STRING)
    private CloseReason closeReason;
    private Instant postedAt;
    private Instant stateChangedAt;
    private Instant lastActionAt;
    private Instant escalatedAt;
    private Instant matchedAt;
    private LocalDate nextMeetingOn;
    private Long matchedProposalId;
    @Version
    private long version;

    protected Need() {
    }

    Need(long processId, String officeId, String county, long counsellorId, NeedProfile profile, Instant now) {
        this.processId = processId;
        this.officeId = officeId;
        this.county = county;
        this.counsellorId = counsellorId;
        this.level = NeedLevel.LOCAL;
        this.state = NeedState.OPEN;
        this.postedAt = now;
        this.stateChangedAt = now;
        this.lastActionAt = now;
        apply(profile);
    }

    private void apply(NeedProfile profile) {
        this.title = profile.title().strip();
        this.interests = NeedProfile.blankToNull(profile.interests());
        this.skills = NeedProfile.blankToNull(profile.skills());
        this.experience = NeedProfile.blankToNull(profile.experience());
        this.hoursPerWeek = profile.hoursPerWeek();
        this.municipality = profile.municipality().strip();
        this.adaptationNeeded = Boolean.TRUE.equals(profile.adaptationNeeded());
        this.adaptationText = adaptationNeeded ? NeedProfile.blankToNull(profile.adaptationText()) : null;
    }

    /** Moves the need by an allowed action (the rules were asked before). */
    void apply(NeedAction action, NeedState target, CloseReason reason, LocalDate nextMeeting, Instant now) {
        lastActionAt = now;
        if (target != state) {
            stateChangedAt = now;
        }
        state = target;
        switch (action) {
            case ESCALATE -> {
                level = NeedLevel.WORKLIFE_CENTRE;
                escalatedAt = now;
                nextMeetingOn = null;
            }
            case POSTPONE -> nextMeetingOn = nextMeeting;
            case CLOSE -> closeReason = reason;
            default -> {
            }
        }
    }

    void matched(long proposalId, Instant now) {
        matchedProposalId = proposalId;
        matchedAt = now;
        lastActionAt = now;
        state = NeedState.MATCHED;
        stateChangedAt = now;
    }

    public NeedsBoardScope.NeedFacts facts(long candidateId) {
        return new NeedsBoardScope.NeedFacts(candidateId, officeId, county, level == NeedLevel.WORKLIFE_CENTRE);
    }

    public Long getId() {
        return id;
    }

    public long getProcessId() {
        return processId;
    }

    public String getOfficeId() {
        return officeId;
    }

    public String getCounty() {
        return county;
    }

    public long getCounsellorId() {
        return counsellorId;
    }

    public NeedLevel getLevel() {
        return level;
    }

    public NeedState getState() {
        return state;
    }

    public String getTitle() {
        return title;
    }

    public String getInterests() {
        return interests;
    }

    public String getSkills() {
        return skills;
    }

    public String getExperience() {
        return experience;
    }

    public Integer getHoursPerWeek() {
        return hoursPerWeek;
    }

    public String getMunicipality() {
        return municipality;
    }

    public boolean isAdaptationNeeded() {
        return adaptationNeeded;
    }

    /** The stored text; whether a reader sees it is {@link NeedService}'s consent check. */
    String getAdaptationText() {
        return adaptationText;
    }

    public CloseReason getCloseReason() {
        return closeReason;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public Instant getStateChangedAt() {
        return stateChangedAt;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public Instant getMatchedAt() {
        return matchedAt;
    }

    public LocalDate getNextMeetingOn() {
        return nextMeetingOn;
    }

    public Long getMatchedProposalId() {
        return matchedProposalId;
    }

    public long getVersion() {
        return version;
    }
}
