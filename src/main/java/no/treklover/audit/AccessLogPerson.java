package no.treklover.audit;

/** Someone who appears in a candidate's innsyn, for the filter's list of persons. */
public record AccessLogPerson(long actorId, String actorName, String actorRole) {
}
