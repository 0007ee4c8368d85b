package no.treklover.access;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person who can log in, with one role and the office, organisation or candidate it acts for. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String passwordHash;
    private String displayName;
    @Enumerated(EnumType.STRING)
    private Role role;
    private String officeId;
    private Long employerId;
    private Long candidateId;
    private String email;
    private String phone;
    private boolean enabled;
    /** The language the person reads the pages in (BCP 47: nb, en); see no.treklover.language. */
    private String language = "nb";

    protected UserAccount() {
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public String getOfficeId() {
        return officeId;
    }

    public Long getEmployerId() {
        return employerId;
    }

    public Long getCandidateId() {
        return candidateId;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getLanguage() {
        return language;
    }
}
