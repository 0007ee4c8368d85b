package no.treklover.survey;

/** The survey's own fields in the builder (a bean for binding). */
public class SurveyForm {

    private String title;
    private String intro;
    private SurveyAudience audience;
    private boolean triggered;
    private long version;

    static SurveyForm of(Survey s) {
        SurveyForm f = new SurveyForm();
        f.title = s.title();
        f.intro = s.intro();
        f.audience = s.audience();
        f.triggered = s.triggered();
        f.version = s.version();
        return f;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getIntro() {
        return intro;
    }

    public void setIntro(String intro) {
        this.intro = intro;
    }

    public SurveyAudience getAudience() {
        return audience;
    }

    public void setAudience(SurveyAudience audience) {
        this.audience = audience;
    }

    public boolean isTriggered() {
        return triggered;
    }

    public void setTriggered(boolean triggered) {
        this.triggered = triggered;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
