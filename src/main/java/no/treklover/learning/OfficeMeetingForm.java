package no.treklover.learning;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** Planning an office meeting from a page; validated through {@link OfficeMeetingDetails}. */
public class OfficeMeetingForm {

    private OfficeMeetingType type = OfficeMeetingType.EXPERIENCE_EXCHANGE;
    private String title;
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime startsAt;
    private Integer durationMinutes = 90;
    private String place;
    private String agenda;
    private List<Long> participantIds = new ArrayList<>();
    private long version;

    /** The form of a planned meeting, to change it (the agenda is changed item by item, not here). */
    static OfficeMeetingForm of(OfficeMeeting m) {
        OfficeMeetingForm form = new OfficeMeetingForm();
        form.type = m.type();
        form.title = m.title();
        form.startsAt = m.startsLocal();
        form.durationMinutes = m.durationMinutes();
        form.place = m.place();
        form.participantIds = new ArrayList<>(m.participants().stream().map(OfficeMeeting.Participant::userId)
                .toList());
        form.version = m.version();
        return form;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    OfficeMeetingDetails toDetails() {
        return new OfficeMeetingDetails(type, title, startsAt, durationMinutes, place, agenda, participantIds);
    }

    public OfficeMeetingType getType() {
        return type;
    }

    public void setType(OfficeMeetingType type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public List<Long> getParticipantIds() {
        return participantIds;
    }

    public void setParticipantIds(List<Long> participantIds) {
        this.participantIds = participantIds == null ? new ArrayList<>() : participantIds;
    }
}
