package no.treklover.audit;

import java.time.LocalDate;

/** The privacy officer's search form as the browser posts it; validated through {@link AuditSearchCriteria}. */
public class AuditSearchForm {

    private String nationalId;
    private String actorUsername;
    private LocalDate occurredFrom;
    private LocalDate occurredTo;
    private Boolean allowed;
    private Integer page;

    AuditSearchCriteria toCriteria() {
        return new AuditSearchCriteria(nationalId, actorUsername, occurredFrom, occurredTo, allowed, page, null);
    }

    public String getNationalId() {
        return nationalId;
    }

    public void setNationalId(String nationalId) {
        this.nationalId = nationalId;
    }

    public String getActorUsername() {
        return actorUsername;
    }

    public void setActorUsername(String actorUsername) {
        this.actorUsername = actorUsername;
    }

    public LocalDate getOccurredFrom() {
        return occurredFrom;
    }

    public void setOccurredFrom(LocalDate occurredFrom) {
        this.occurredFrom = occurredFrom;
    }

    public LocalDate getOccurredTo() {
        return occurredTo;
    }

    public void setOccurredTo(LocalDate occurredTo) {
        this.occurredTo = occurredTo;
    }

    public Boolean getAllowed() {
        return allowed;
    }

    public void setAllowed(Boolean allowed) {
        this.allowed = allowed;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
