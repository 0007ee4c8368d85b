package no.treklover.needs;

import java.time.LocalDate;

/**
 * One form bean for every decision on a need (transition, proposal, acceptance), with the meeting mode's place to
 * return to. The version is the need's, so a decision made on an outdated view is a conflict, not an overwrite.
 */
public class DecisionForm {

    private NeedAction action;
    private CloseReason closeReason;
    private String comment;
    private LocalDate nextMeetingOn;
    private Long employerId;
    private Long subUnitId;
    private long version;
    /** Set when the decision was made in the meeting mode: back to the agenda at this position. */
    private Integer position;
    private String office;
    private String county;
    private NeedLevel level;
    private Integer minAgeDays;

    NeedTransition toTransition() {
        return new NeedTransition(action, closeReason, comment, nextMeetingOn);
    }

    NeedProposalRequest toProposal() {
        return new NeedProposalRequest(employerId, subUnitId, comment);
    }

    NeedAcceptance toAcceptance() {
        return new NeedAcceptance(comment);
    }

    BoardFilter filter() {
        return new BoardFilter(office, county, level, minAgeDays);
    }

    boolean inMeeting() {
        return position != null;
    }

    public NeedAction getAction() {
        return action;
    }

    public void setAction(NeedAction action) {
        this.action = action;
    }

    public CloseReason getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(CloseReason closeReason) {
        this.closeReason = closeReason;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public LocalDate getNextMeetingOn() {
        return nextMeetingOn;
    }

    public void setNextMeetingOn(LocalDate nextMeetingOn) {
        this.nextMeetingOn = nextMeetingOn;
    }

    public Long getEmployerId() {
        return employerId;
    }

    public void setEmployerId(Long employerId) {
        this.employerId = employerId;
    }

    public Long getSubUnitId() {
        return subUnitId;
    }

    public void setSubUnitId(Long subUnitId) {
        this.subUnitId = subUnitId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public NeedLevel getLevel() {
        return level;
    }

    public void setLevel(NeedLevel level) {
        this.level = level;
    }

    public Integer getMinAgeDays() {
        return minAgeDays;
    }

    public void setMinAgeDays(Integer minAgeDays) {
        this.minAgeDays = minAgeDays;
    }
}
