package no.treklover.network;

import java.time.LocalTime;
import no.treklover.platform.web.DateAndTimesForm;

/** The gathering form's fields (a plain bean for binding), validated through {@link GatheringDetails}. */
public class GatheringForm extends DateAndTimesForm {

    private GatheringType type = GatheringType.GATHERING;
    private String title;
    private String place;
    private String programme;
    private long version;

    public GatheringForm() {
        super(LocalTime.of(17, 0), LocalTime.of(19, 0));
    }

    static GatheringForm of(GatheringDetails d, long version) {
        GatheringForm form = new GatheringForm();
        form.type = d.type();
        form.title = d.title();
        form.times(d.date(), d.startTime(), d.endTime());
        form.place = d.place();
        form.programme = d.programme();
        form.version = version;
        return form;
    }

    GatheringDetails toDetails() {
        return new GatheringDetails(type, title, getDate(), getStartTime(), getEndTime(), place, programme);
    }

    public GatheringType getType() {
        return type;
    }

    public void setType(GatheringType type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
