package no.treklover.agreement;

import java.util.ArrayList;
import java.util.List;

/** The beslutter's rejection form: NAV's reasons as checkboxes, an explanation, the period's version. */
public class GrantPeriodRejectionForm {

    private List<GrantPeriodRejectionReason> reasons = new ArrayList<>();
    private String explanation;
    private long version;

    public List<GrantPeriodRejectionReason> getReasons() {
        return reasons;
    }

    public void setReasons(List<GrantPeriodRejectionReason> reasons) {
        this.reasons = reasons == null ? new ArrayList<>() : reasons;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
