package no.treklover.contact;

/** How the contact took place (BRIEF §5). */
public enum ContactForm {
    PHONE(false),
    MEETING_WORKPLACE(true),
    MEETING_OFFICE(true),
    VIDEO(false),
    MESSAGE(false),
    EMAIL(false);

    private final boolean inPerson;

    ContactForm(boolean inPerson) {
        this.inPerson = inPerson;
    }

    /** Met face to face, at the workplace or at the NAV office. */
    public boolean inPerson() {
        return inPerson;
    }
}
