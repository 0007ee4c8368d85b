package no.treklover.contact;

/** Who took the initiative to the contact. */
public enum Initiator {
    COUNSELLOR,
    COUNTERPART
}
