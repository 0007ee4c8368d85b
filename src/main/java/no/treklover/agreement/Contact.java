package no.treklover.agreement;

/** Contact details of one party of the agreement; email is optional. */
public record Contact(String firstName, String lastName, String phone, String email) {

    public static Contact empty() {
        return new Contact(null, null, null, null);
    }
}
