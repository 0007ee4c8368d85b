package no.treklover.learning;

/** Writing or changing a reflection note from a page; validated through {@link ReflectionDetails}. */
public class ReflectionForm {

    private String whatWasDone;
    private String why;
    private String whatHappened;
    private String whatToChange;
    private Long peerGroupId;
    private long version;

    static ReflectionForm of(ReflectionNote note) {
        ReflectionForm f = new ReflectionForm();
        f.whatWasDone = note.whatWasDone();
        f.why = note.why();
        f.whatHappened = note.whatHappened();
        f.whatToChange = note.whatToChange();
        f.peerGroupId = note.peerGroupId();
        f.version = note.version();
        return f;
    }

    ReflectionDetails toDetails() {
        return new ReflectionDetails(whatWasDone, why, whatHappened, whatToChange, peerGroupId);
    }

    public String getWhatWasDone() {
        return whatWasDone;
    }

    public void setWhatWasDone(String whatWasDone) {
        this.whatWasDone = whatWasDone;
    }

    public String getWhy() {
        return why;
    }

    public void setWhy(String why) {
        this.why = why;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public void setWhatHappened(String whatHappened) {
        this.whatHappened = whatHappened;
    }

    public String getWhatToChange() {
        return whatToChange;
    }

    public void setWhatToChange(String whatToChange) {
        this.whatToChange = whatToChange;
    }

    public Long getPeerGroupId() {
        return peerGroupId;
    }

    public void setPeerGroupId(Long peerGroupId) {
        this.peerGroupId = peerGroupId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
