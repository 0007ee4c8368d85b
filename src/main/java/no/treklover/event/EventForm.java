package no.treklover.event;

import java.util.ArrayList;
import java.util.List;
import no.treklover.platform.web.DateAndTimesForm;

/** The event form's fields (a plain bean for binding), validated through {@link EventDetails}. */
public class EventForm extends DateAndTimesForm {

    private EventType type;
    private String title;
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
        form.times(d.date(), d.startTime(), d.endTime());
        form.venue = d.venue();
        form.coOrganisers = new ArrayList<>(d.coOrganiserIds());
        form.invitedOffices = new ArrayList<>(d.invitedIds());
        form.maxCandidatesPerEmployer = d.maxCandidatesPerEmployer();
        form.maxEmployersPerCandidate = d.maxEmployersPerCandidate();
        form.version = version;
        return form;
    }

    EventDetails toDetails() {
        return new EventDetails(type, title, getDate(), getStartTime(), getEndTime(), venue, coOrganisers, invitedOffices,
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
