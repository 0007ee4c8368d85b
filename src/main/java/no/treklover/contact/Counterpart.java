package no.treklover.contact;

/** Whom the counsellor was in contact with: the three other leaves of the cloverleaf (BRIEF §5). */
public enum Counterpart {
    CANDIDATE,
    MENTOR,
    EMPLOYER
}
