package no.treklover.agreement;

/** One party's contact details as form fields, on the agreement form and the change forms alike. */
public class PartyContactForm {

    private String firstName;
    private String lastName;
    private String phone;
    private String email;

    public static PartyContactForm of(Contact c) {
        PartyContactForm f = new PartyContactForm();
        f.firstName = c.firstName();
        f.lastName = c.lastName();
        f.phone = c.phone();
        f.email = c.email();
        return f;
    }

    public Contact toContact() {
        return new Contact(firstName, lastName, phone, email);
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
