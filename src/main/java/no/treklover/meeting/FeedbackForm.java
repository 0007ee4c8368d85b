package no.treklover.meeting;

/** The candidate's feedback form: two choices and an optional text, with the version she started from. */
public class FeedbackForm {

    private String rating;
    private String heard;
    private String comment;
    private Long version;

    static FeedbackForm of(MeetingFeedback feedback) {
        FeedbackForm form = new FeedbackForm();
        if (feedback != null) {
            form.rating = feedback.getRating().name();
            form.heard = feedback.getHeard().name();
            form.comment = feedback.getComment();
            form.version = feedback.getVersion();
        }
        return form;
    }

    MeetingFeedbackService.Input toInput() {
        return new MeetingFeedbackService.Input(rating, heard, comment);
    }

    public String getRating() {
        return rating;
    }

    public void setRating(String rating) {
        this.rating = rating;
    }

    public String getHeard() {
        return heard;
    }

    public void setHeard(String heard) {
        this.heard = heard;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
