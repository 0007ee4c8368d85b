package no.treklover.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.treklover.meeting.MeetingInput.ParticipantInput;
import org.springframework.format.annotation.DateTimeFormat;

/** The plan form (new meeting, and time/place/participants/agenda of an existing one); times are Oslo times. */
public class MeetingForm {

    private MeetingType type;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime time;
    private Integer durationMinutes = MeetingService.DEFAULT_DURATION;
    private MeetingChannel channel;
    private String location;
    private String agenda;
    private boolean withCandidate = true;
    private boolean withMentor = true;
    private Long employerUserId;
    private String employerName;
    private String measureProvider;
    private String others;
    private long version;

    static MeetingForm of(Meeting meeting) {
        MeetingForm form = new MeetingForm();
        form.type = meeting.getType();
        var oslo = meeting.getStartsAt().atZone(ICalendar.OSLO);
        form.date = oslo.toLocalDate();
        form.time = oslo.toLocalTime();
        form.durationMinutes = meeting.getDurationMinutes();
        form.channel = meeting.getChannel();
        form.location = meeting.getLocation();
        form.agenda = meeting.getAgenda();
        form.withCandidate = false;
        form.withMentor = false;
        List<String> others = new ArrayList<>();
        for (Participant p : meeting.getParticipants()) {
            switch (p.getRole()) {
                case CANDIDATE -> form.withCandidate = true;
                case MENTOR -> form.withMentor = true;
                case EMPLOYER -> {
                    form.employerUserId = p.getUserId();
                    form.employerName = p.getUserId() == null ? p.getName() : null;
                }
                case MEASURE_PROVIDER -> form.measureProvider = p.getName();
                case OTHER -> others.add(p.getName());
                default -> {
                }
            }
        }
        form.others = String.join("\n", others);
        form.version = meeting.getVersion();
        return form;
    }

    /** The participants the form describes; the counsellor who plans is always one of them. */
    List<ParticipantInput> participants(long counsellorId) {
        List<ParticipantInput> all = new ArrayList<>();
        if (withCandidate) {
            all.add(new ParticipantInput(ParticipantRole.CANDIDATE, null, null));
        }
        if (withMentor) {
            all.add(new ParticipantInput(ParticipantRole.MENTOR, null, null));
        }
        if (employerUserId != null || (employerName != null && !employerName.isBlank())) {
            all.add(new ParticipantInput(ParticipantRole.EMPLOYER, employerName, employerUserId));
        }
        all.add(new ParticipantInput(ParticipantRole.COUNSELLOR, null, counsellorId));
        if (measureProvider != null && !measureProvider.isBlank()) {
            all.add(new ParticipantInput(ParticipantRole.MEASURE_PROVIDER, measureProvider, null));
        }
        if (others != null) {
            Arrays.stream(others.split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(name -> all.add(new ParticipantInput(ParticipantRole.OTHER, name, null)));
        }
        return all;
    }

    public MeetingType getType() {
        return type;
    }

    public void setType(MeetingType type) {
        this.type = type;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public MeetingChannel getChannel() {
        return channel;
    }

    public void setChannel(MeetingChannel channel) {
        this.channel = channel;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public boolean isWithCandidate() {
        return withCandidate;
    }

    public void setWithCandidate(boolean withCandidate) {
        this.withCandidate = withCandidate;
    }

    public boolean isWithMentor() {
        return withMentor;
    }

    public void setWithMentor(boolean withMentor) {
        this.withMentor = withMentor;
    }

    public Long getEmployerUserId() {
        return employerUserId;
    }

    public void setEmployerUserId(Long employerUserId) {
        this.employerUserId = employerUserId;
    }

    public String getEmployerName() {
        return employerName;
    }

    public void setEmployerName(String employerName) {
        this.employerName = employerName;
    }

    public String getMeasureProvider() {
        return measureProvider;
    }

    public void setMeasureProvider(String measureProvider) {
        this.measureProvider = measureProvider;
    }

    public String getOthers() {
        return others;
    }

    public void setOthers(String others) {
        this.others = others;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
