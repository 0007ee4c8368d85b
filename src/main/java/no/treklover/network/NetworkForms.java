package no.treklover.network;

/** The small forms of the network pages, plain beans for binding. */
final class NetworkForms {

    private NetworkForms() {
    }

    public static class NetworkForm {
        private String name;
        private boolean countyWide;

        NetworkDetails toDetails() {
            return new NetworkDetails(name, countyWide);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public boolean isCountyWide() {
            return countyWide;
        }

        public void setCountyWide(boolean countyWide) {
            this.countyWide = countyWide;
        }
    }

    public static class MemberForm {
        private Long mentorId;
        private String email;

        public Long getMentorId() {
            return mentorId;
        }

        public void setMentorId(Long mentorId) {
            this.mentorId = mentorId;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }

    public static class FeedbackForm {
        private String text;
        private Long gatheringId;

        FeedbackDetails toDetails() {
            return new FeedbackDetails(text, gatheringId);
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public Long getGatheringId() {
            return gatheringId;
        }

        public void setGatheringId(Long gatheringId) {
            this.gatheringId = gatheringId;
        }
    }

    public static class AnswerForm {
        private FeedbackStatus status;
        private String response;
        private String reason;
        private long version;

        AnswerDetails toDetails() {
            return new AnswerDetails(status, response, reason);
        }

        public FeedbackStatus getStatus() {
            return status;
        }

        public void setStatus(FeedbackStatus status) {
            this.status = status;
        }

        public String getResponse() {
            return response;
        }

        public void setResponse(String response) {
            this.response = response;
        }

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

    public static class TopicForm {
        private String topic;

        public String getTopic() {
            return topic;
        }

        public void setTopic(String topic) {
            this.topic = topic;
        }
    }
}
