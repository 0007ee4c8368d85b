package no.treklover.consent;

import java.util.ArrayList;
import java.util.List;

/** The consent grid as checkboxes: each checked box is "ITEM:AUDIENCE". */
public class ConsentForm {

    private List<String> shared = new ArrayList<>();

    public List<String> getShared() {
        return shared;
    }

    public void setShared(List<String> shared) {
        this.shared = shared == null ? new ArrayList<>() : shared;
    }
}
