package no.treklover.event;

/** The reason an event is cancelled: every counsellor and candidate booked gets it. */
public class CancelForm {

    private String reason;
    private long version;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
