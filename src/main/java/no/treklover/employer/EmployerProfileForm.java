package no.treklover.employer;

import java.util.ArrayList;
import java.util.List;

/** The form for NAV's fields of an employer; validated through {@link EmployerProfile}. */
public class EmployerProfileForm {

    private long version;
    private Boolean iaAgreement;
    private String inclusionExperience;
    private Integer mentorsAvailable;
    private Integer candidateCapacity;
    private String suitableTasks;
    private Long primaryContactId;
    private Long backupContactId;
    private List<ContactRow> contacts = new ArrayList<>();

    /** One contact person's row; {@code remove} ticks it for removal, a row left empty is not saved. */
    public static class ContactRow {
        private Long id;
        private String name;
        private String title;
        private String phone;
        private String email;
        private boolean remove;

        boolean isEmpty() {
            return id == null && name == null && title == null && phone == null && email == null;
        }

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
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

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }
    }

    static EmployerProfileForm of(EmployerProfileView view) {
        Employer e = view.employer();
        EmployerProfileForm form = new EmployerProfileForm();
        form.version = e.getVersion();
        form.iaAgreement = e.isIaAgreement();
        form.inclusionExperience = e.getInclusionExperience();
        form.mentorsAvailable = e.getMentorsAvailable();
        form.candidateCapacity = e.getCandidateCapacity();
        form.suitableTasks = e.getSuitableTasks();
        form.primaryContactId = view.primaryContact() == null ? null : view.primaryContact().userId();
        form.backupContactId = view.backupContact() == null ? null : view.backupContact().userId();
        for (EmployerProfileView.ContactPersonView person : view.contactPersons()) {
            ContactRow row = new ContactRow();
            row.id = person.id();
            row.name = person.name();
            row.title = person.title();
            row.phone = person.phone();
            row.email = person.email();
            form.contacts.add(row);
        }
        return form.withEmptyRow();
    }

    /** Drops the rows ticked for removal and those left empty, so the rows validated are the rows shown. */
    EmployerProfileForm pruned() {
        contacts = new ArrayList<>(contacts.stream().filter(row -> row != null && !row.remove && !row.isEmpty())
                .toList());
        return this;
    }

    /** One empty row at the end, for a new contact person. */
    EmployerProfileForm withEmptyRow() {
        if (contacts.size() < EmployerProfile.MAX_CONTACTS) {
            contacts.add(new ContactRow());
        }
        return this;
    }

    EmployerProfile toProfile() {
        return new EmployerProfile(iaAgreement, inclusionExperience, mentorsAvailable, candidateCapacity,
                suitableTasks, primaryContactId, backupContactId, contacts.stream()
                        .map(row -> new EmployerProfile.ContactPersonDetails(row.id, row.name, row.title, row.phone,
                                row.email))
                        .toList());
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Boolean getIaAgreement() {
        return iaAgreement;
    }

    public void setIaAgreement(Boolean iaAgreement) {
        this.iaAgreement = iaAgreement;
    }

    public String getInclusionExperience() {
        return inclusionExperience;
    }

    public void setInclusionExperience(String inclusionExperience) {
        this.inclusionExperience = inclusionExperience;
    }

    public Integer getMentorsAvailable() {
        return mentorsAvailable;
    }

    public void setMentorsAvailable(Integer mentorsAvailable) {
        this.mentorsAvailable = mentorsAvailable;
    }

    public Integer getCandidateCapacity() {
        return candidateCapacity;
    }

    public void setCandidateCapacity(Integer candidateCapacity) {
        this.candidateCapacity = candidateCapacity;
    }

    public String getSuitableTasks() {
        return suitableTasks;
    }

    public void setSuitableTasks(String suitableTasks) {
        this.suitableTasks = suitableTasks;
    }

    public Long getPrimaryContactId() {
        return primaryContactId;
    }

    public void setPrimaryContactId(Long primaryContactId) {
        this.primaryContactId = primaryContactId;
    }

    public Long getBackupContactId() {
        return backupContactId;
    }

    public void setBackupContactId(Long backupContactId) {
        this.backupContactId = backupContactId;
    }

    public List<ContactRow> getContacts() {
        return contacts;
    }

    public void setContacts(List<ContactRow> contacts) {
        this.contacts = contacts;
    }
}
