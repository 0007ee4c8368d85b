package no.treklover.event;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The organiser's "add an employer" form: which employer (organisation number), its tasks and its slots. */
public class EmployerForm {

    private String orgNumber;
    private String tasks;
    private LocalTime slotStart;
    private LocalTime slotEnd;
    private Integer slotLength = SlotPlan.DEFAULT_LENGTH;
    private String breaks;

    SlotPlan plan() {
        List<String> list = new ArrayList<>();
        if (breaks != null) {
            for (String b : breaks.split("[,;\\n]")) {
                if (!b.isBlank()) {
                    list.add(b.strip());
                }
            }
        }
        return new SlotPlan(slotStart, slotEnd, slotLength, list);
    }

    public String getOrgNumber() {
        return orgNumber;
    }

    public void setOrgNumber(String orgNumber) {
        this.orgNumber = orgNumber;
    }

    public String getTasks() {
        return tasks;
    }

    public void setTasks(String tasks) {
        this.tasks = tasks;
    }

    public LocalTime getSlotStart() {
        return slotStart;
    }

    public void setSlotStart(LocalTime slotStart) {
        this.slotStart = slotStart;
    }

    public LocalTime getSlotEnd() {
        return slotEnd;
    }

    public void setSlotEnd(LocalTime slotEnd) {
        this.slotEnd = slotEnd;
    }

    public Integer getSlotLength() {
        return slotLength;
    }

    public void setSlotLength(Integer slotLength) {
        this.slotLength = slotLength;
    }

    public String getBreaks() {
        return breaks;
    }

    public void setBreaks(String breaks) {
        this.breaks = breaks;
    }
}
