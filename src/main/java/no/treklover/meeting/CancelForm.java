package no.treklover.meeting;

/** The cancellation's confirmation form: the version the user saw and the reason the participants get. */
public class CancelForm {

    private long version;
    private String reason;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
