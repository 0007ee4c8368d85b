package no.treklover.access;

/** What a role does with job-fair events (issue 13), decided by its {@link RolePolicy}. */
public enum EventAccess {
    /** Nothing: mentors, candidates (their own bookings come through their page), the rest. */
    NONE,
    /** The employer's representative: the events its organisation takes part in, its slots and the candidates
     * booked with it, its own tasks and decisions. */
    OWN_EMPLOYER,
    /** The counsellor: the published events its office is invited to; books slots for its own caseload. */
    BOOK,
    /** The market side (market contact, Arbeidslivssenter adviser): creates events and manages those its unit
     * organises or co-organises. */
    ORGANISE
}
