package no.treklover.employer;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A contact person at the employer (name, role or title, phone, e-mail); an employer has several, in order. */
@Entity
@Table(name = "employer_contact_person")
public class ContactPerson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "employer_id")
    private Employer employer;
    private int position;
    private String name;
    private String title;
    private String phone;
    private String email;
    private Instant createdAt = Instant.now();

    protected ContactPerson() {
    }

    ContactPerson(Employer employer) {
        this.employer = employer;
    }

    void apply(EmployerProfile.ContactPersonDetails details, int position) {
        this.position = position;
        this.name = details.name().strip();
        this.title = blankToNull(details.title());
        this.phone = blankToNull(details.phone());
        this.email = blankToNull(details.email());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }
}
