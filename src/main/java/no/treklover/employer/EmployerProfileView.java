package no.treklover.employer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything an employer's profile shows, read once. {@code visitNotes} is null for those who may not see NAV's
 * internal notes (the employer itself); {@code mayEdit} says whether this user edits NAV's fields.
 */
public record EmployerProfileView(Employer employer, NavContact primaryContact, NavContact backupContact,
        List<ContactPersonView> contactPersons, List<VisitNote> visitNotes, List<SubUnit> subUnits,
        long subUnitCount, boolean mayEdit) {

    /** A NAV staff member named as the employer's contact, with the direct phone and e-mail the employer sees. */
    public record NavContact(long userId, String name, String phone, String email, String officeName) {
    }

    public record ContactPersonView(long id, String name, String title, String phone, String email) {

        static ContactPersonView of(ContactPerson person) {
            return new ContactPersonView(person.getId(), person.getName(), person.getTitle(), person.getPhone(),
                    person.getEmail());
        }
    }

    /** A note from a company visit (bedriftsdag): NAV's internal note, with its author. */
    public record VisitNote(long id, LocalDate visitedOn, String note, String authorName, Instant createdAt) {
    }

    /** A sub-unit (underenhet, a workplace) of the employer, from the register. */
    public record SubUnit(long id, String orgNumber, String name, String naceCode, String naceText,
            Integer employeeCount, boolean employeesUnderFive, String address, String postalCode, String postalPlace,
            String municipality, boolean deleted) {
    }

    public boolean showsVisitNotes() {
        return visitNotes != null;
    }
}
