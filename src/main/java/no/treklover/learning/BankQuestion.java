package no.treklover.learning;

/** A question of the office's bank for kartlegging or follow-up (000 «system for å fange opp aktuelle spørsmål»). */
public record BankQuestion(long id, String officeId, String text, String theme, Purpose purpose, Status status,
        String proposedByName, long version) {

    public enum Purpose { KARTLEGGING, FOLLOW_UP }

    /** Proposed by a counsellor until the office leader takes it in; retired ones stay for the record. */
    public enum Status { PROPOSED, ACTIVE, RETIRED }
}
