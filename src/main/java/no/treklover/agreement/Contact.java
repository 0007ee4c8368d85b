package no.treklover.agreement;

/** Contact details of one party of the agreement; email is optional. */
public record Contact(String firstName, String lastName, String phone, String email) {

    /** Phone and e-mail without surrounding spaces, which the rules ignore and the columns have no room for. */
    public Contact {
        phone = stripped(phone);
        email = stripped(email);
    }

    static String stripped(String value) {
        return value == null ? null : value.strip();
    }

    public static Contact empty() {
        return new Contact(null, null, null, null);
    }
}
