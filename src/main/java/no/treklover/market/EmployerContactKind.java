package no.treklover.market;

/** What an entry records: a contact that took place, or one that is planned and has not happened yet. */
public enum EmployerContactKind {
    CONTACT,
    PLAN
}
