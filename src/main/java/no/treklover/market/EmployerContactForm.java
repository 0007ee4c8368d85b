package no.treklover.market;

/** How NAV met the employer (kontaktform). */
public enum EmployerContactForm {
    PHONE,
    MEETING_WORKPLACE,
    MEETING_NAV,
    DIGITAL_MEETING,
    EMAIL,
    EVENT
}
