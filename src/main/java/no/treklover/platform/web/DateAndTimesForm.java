package no.treklover.platform.web;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The date, start and end fields a form for something held on one day binds (an event, a gathering): the fields as
 * the browser's date and time inputs send them, converted by Spring's binding, and their getters and setters.
 * Whether they make sense together is the form's details' rule.
 */
public abstract class DateAndTimesForm {

    private LocalDate date;
    private LocalTime startTime;
    private LocalTime endTime;

    protected DateAndTimesForm() {
    }

    protected DateAndTimesForm(LocalTime startTime, LocalTime endTime) {
        this.startTime = startTime;
        this.endTime = endTime;
    }

    /** Fills the three fields from stored details (the edit form). */
    protected void times(LocalDate date, LocalTime startTime, LocalTime endTime) {
        this.date = date;
        this.startTime = startTime;
        this.endTime = endTime;
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
}
