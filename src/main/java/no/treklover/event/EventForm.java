package no.treklover.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The event form's fields (a plain bean for binding), validated through {@link EventDetails}. */
public class EventForm {

    private EventType type;
    private String title;
    private LocalDate date;
    private LocalTime startTime;
    private LocalTime endTime;
    private String venue;
    private List<String> coOrganisers = new ArrayList<>();
    private List<String> invitedOffices = new ArrayList<>();
    private Integer maxCandidatesPerEmployer = EventDetails.DEFAULT_MAX_CANDIDATES;
    private Integer maxEmployersPerCandidate = EventDetails.DEFAULT_MAX_EMPLOYERS;
    private long version;

    static EventForm of(EventDetails d, long version) {
        EventForm form = new EventForm();
        form.type = d.type();
        form.title = d.title();
        form.date = d.date();
        form.startTime = d.startTime();
        form.endTime = d.endTime();
        form.venue = d.venue();
        form.coOrganisers = new ArrayList<>(d.coOrganiserIds());
        form.invitedOffices = new ArrayList<>(d.invitedIds());
        form.maxCandidatesPerEmployer = d.maxCandidatesPerEmployer();
        form.maxEmployersPerCandidate = d.maxEmployersPerCandidate();
        form.version = version;
        return form;
    }

    EventDetails toDetails() {
        return new EventDetails(type, title, date, startTime, endTime, venue, coOrganisers, invitedOffices,
                maxCandidatesPerEmployer, maxEmployersPerCandidate);
    }

    public EventType getType() {
        return type;
    }

    public void setType(EventType type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public List<String> getCoOrganisers() {
        return coOrganisers;
    }

    public void setCoOrganisers(List<String> coOrganisers) {
        this.coOrganisers = coOrganisers;
    }

    public List<String> getInvitedOffices() {
        return invitedOffices;
    }

    public void setInvitedOffices(List<String> invitedOffices) {
        this.invitedOffices = invitedOffices;
    }

    public Integer getMaxCandidatesPerEmployer() {
        return maxCandidatesPerEmployer;
    }

    public void setMaxCandidatesPerEmployer(Integer maxCandidatesPerEmployer) {
        this.maxCandidatesPerEmployer = maxCandidatesPerEmployer;
    }

    public Integer getMaxEmployersPerCandidate() {
        return maxEmployersPerCandidate;
    }

    public void setMaxEmployersPerCandidate(Integer maxEmployersPerCandidate) {
        this.maxEmployersPerCandidate = maxEmployersPerCandidate;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
