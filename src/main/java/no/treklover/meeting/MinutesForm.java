package no.treklover.meeting;

/** Minutes, decisions, the start-up meeting's plans, and whether the meeting was held. */
public class MinutesForm {

    private String minutes;
    private String decisions;
    private String goals;
    private String trainingPlan;
    private String weeklyPlan;
    private String roles;
    private boolean held;
    private long version;

    static MinutesForm of(Meeting meeting) {
        MinutesForm form = new MinutesForm();
        form.minutes = meeting.getMinutes();
        form.decisions = meeting.getDecisions();
        form.goals = meeting.getGoals();
        form.trainingPlan = meeting.getTrainingPlan();
        form.weeklyPlan = meeting.getWeeklyPlan();
        form.roles = meeting.getRoles();
        form.held = meeting.getStatus() == MeetingStatus.HELD;
        form.version = meeting.getVersion();
        return form;
    }

    MeetingInput.Changes toChanges(MeetingType type) {
        boolean startUp = type == MeetingType.OPPSTARTSMOTE;
        return new MeetingInput.Changes(null, null, null, null, null, null, null, nz(minutes), nz(decisions),
                startUp ? nz(goals) : null, startUp ? nz(trainingPlan) : null, startUp ? nz(weeklyPlan) : null,
                startUp ? nz(roles) : null, held ? MeetingStatus.HELD : MeetingStatus.PLANNED);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public String getDecisions() {
        return decisions;
    }

    public void setDecisions(String decisions) {
        this.decisions = decisions;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public String getTrainingPlan() {
        return trainingPlan;
    }

    public void setTrainingPlan(String trainingPlan) {
        this.trainingPlan = trainingPlan;
    }

    public String getWeeklyPlan() {
        return weeklyPlan;
    }

    public void setWeeklyPlan(String weeklyPlan) {
        this.weeklyPlan = weeklyPlan;
    }

    public String getRoles() {
        return roles;
    }

    public void setRoles(String roles) {
        this.roles = roles;
    }

    public boolean isHeld() {
        return held;
    }

    public void setHeld(boolean held) {
        this.held = held;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
