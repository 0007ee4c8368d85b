package no.treklover.survey;

/** One question in the builder (a bean for binding); the options one a line. */
public class QuestionForm {

    private String section;
    private QuestionKind kind;
    private String text;
    private boolean required;
    private String options;
    private Integer scaleMax;
    private String lowLabel;
    private String highLabel;
    private long version;

    static QuestionForm of(Question q, long version) {
        QuestionForm f = new QuestionForm();
        f.section = q.section();
        f.kind = q.kind();
        f.text = q.text();
        f.required = q.required();
        f.options = String.join("\n", q.options());
        f.scaleMax = q.scaleMax();
        f.lowLabel = q.lowLabel();
        f.highLabel = q.highLabel();
        f.version = version;
        return f;
    }

    /** A new question follows the section of the last one. */
    static QuestionForm next(Survey s) {
        QuestionForm f = new QuestionForm();
        f.section = s.questions().isEmpty() ? null : s.questions().get(s.questions().size() - 1).section();
        f.version = s.version();
        return f;
    }

    QuestionDraft toDraft() {
        return new QuestionDraft(section, kind, text, required, options, scaleMax, lowLabel, highLabel);
    }

    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public void setKind(QuestionKind kind) {
        this.kind = kind;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }

    public Integer getScaleMax() {
        return scaleMax;
    }

    public void setScaleMax(Integer scaleMax) {
        this.scaleMax = scaleMax;
    }

    public String getLowLabel() {
        return lowLabel;
    }

    public void setLowLabel(String lowLabel) {
        this.lowLabel = lowLabel;
    }

    public String getHighLabel() {
        return highLabel;
    }

    public void setHighLabel(String highLabel) {
        this.highLabel = highLabel;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
