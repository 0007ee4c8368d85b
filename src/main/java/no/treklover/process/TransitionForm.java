package no.treklover.process;

/** Moving a process to another phase from the process page. */
public class TransitionForm {

    private Phase toPhase;
    private String comment;
    private long version;

    public Phase getToPhase() {
        return toPhase;
    }

    public void setToPhase(Phase toPhase) {
        this.toPhase = toPhase;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
