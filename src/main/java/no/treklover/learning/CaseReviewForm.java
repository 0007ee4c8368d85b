package no.treklover.learning;

/** Reviewing one's anonymised case from a page; validated through {@link CaseReview}. */
public class CaseReviewForm {

    private String title;
    private String industry;
    private String story;
    private String question;
    private long version;

    static CaseReviewForm of(AnonymisedCase c) {
        CaseReviewForm f = new CaseReviewForm();
        f.title = c.title();
        f.industry = c.industry();
        f.story = c.story();
        f.question = c.question();
        f.version = c.version();
        return f;
    }

    CaseReview toReview() {
        return new CaseReview(title, industry, story, question);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getStory() {
        return story;
    }

    public void setStory(String story) {
        this.story = story;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
