package no.treklover.network;

import java.time.LocalDate;
import java.time.LocalTime;

/** The gathering form's fields (a plain bean for binding), validated through {@link GatheringDetails}. */
public class GatheringForm {

    private GatheringType type = GatheringType.GATHERING;
    private String title;
    private LocalDate date;
    private LocalTime startTime = LocalTime.of(17, 0);
    private LocalTime endTime = LocalTime.of(19, 0);
    private String place;
    private String programme;
    private long version;

    static GatheringForm of(GatheringDetails d, long version) {
        GatheringForm form = new GatheringForm();
        form.type = d.type();
        form.title = d.title();
        form.date = d.date();
        form.startTime = d.startTime();
        form.endTime = d.endTime();
        form.place = d.place();
        form.programme = d.programme();
        form.version = version;
        return form;
    }

    GatheringDetails toDetails() {
        return new GatheringDetails(type, title, date, startTime, endTime, place, programme);
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
