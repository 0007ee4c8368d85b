package no.treklover.employer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.treklover.access.AccessPolicy;
import no.treklover.access.AccessPolicy.EmployerRegisterAccess;
import no.treklover.access.CurrentUser;
import no.treklover.identifiers.OrganisationNumber;
import no.treklover.platform.LikePattern;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.RuleViolationException.Violation;
import no.treklover.platform.errors.StaleVersionException;
import no.treklover.platform.errors.UniqueViolations;
import no.treklover.platform.validation.DateRanges;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employer register shared across NAV units: search, profile, NAV's own fields and the employer's own page. Who
 * may do what is {@link AccessPolicy#employerRegisterAccess}; the register's own fields are the import's.
 */
@Service
public class EmployerService {

    static final String PRIMARY = "PRIMARY";
    static final String BACKUP = "BACKUP";
    static final int MAX_NOTE = 2000;

    private final EmployerRepository employers;
    private final EmployerSearchQuery searchQuery;
    private final EmployerRegisterQueries queries;
    private final AccessPolicy policy;
    private final Clock clock;

    EmployerService(EmployerRepository employers, EmployerSearchQuery searchQuery, EmployerRegisterQueries queries,
            AccessPolicy policy, Clock clock) {
        this.employers = employers;
        this.searchQuery = searchQuery;
        this.queries = queries;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional
    public Employer register(CurrentUser user, EmployerDetails details) {
        policy.requireCaseCreation(user);
        if (!OrganisationNumber.isValid(details.orgNumber())) {
            throw new RuleViolationException("orgNumber", "validation.organisationNumber");
        }
        String orgNumber = OrganisationNumber.normalise(details.orgNumber());
        if (employers.findByOrgNumber(orgNumber).isPresent()) {
            throw new ConflictException("employer.exists");
        }
        Employer employer = new Employer(orgNumber);
        employer.applyDetails(details);
        return UniqueViolations.orConflict("employer.exists", () -> employers.saveAndFlush(employer));
    }

    /** The counsellor's quick lookup when choosing a process's workplace. */
    @Transactional(readOnly = true)
    public Page<Employer> search(CurrentUser user, String search, Pageable page) {
        policy.requireEmployerRegister(user, false);
        String digits = search == null ? "" : search.replace(" ", "");
        return employers.search(LikePattern.contains(search), digits, page);
    }

    @Transactional(readOnly = true)
    public Optional<Employer> find(long id) {
        return employers.findById(id);
    }

    /** One employer for whoever may look the register up (the contact log's forms); 404 when unknown. */
    @Transactional(readOnly = true)
    public Employer get(CurrentUser user, long id) {
        policy.requireEmployerRegister(user, false);
        return load(id);
    }

    /** The register list with its filters (BRIEF §6), for NAV staff. */
    @Transactional(readOnly = true)
    public EmployerSearchResult searchRegister(CurrentUser user, EmployerFilter filter) {
        policy.requireEmployerRegister(user, false);
        return searchQuery.find(user, filter);
    }

    /** An employer's profile for NAV staff: the register, NAV's fields, the visit notes, the sub-units. */
    @Transactional(readOnly = true)
    public EmployerProfileView profile(CurrentUser user, long id) {
        EmployerRegisterAccess access = policy.requireEmployerRegister(user, false);
        return view(load(id), true, access == EmployerRegisterAccess.EDIT);
    }

    /** The employer's own page: its register data, its contact persons and its NAV contacts; never NAV's notes. */
    @Transactional(readOnly = true)
    public EmployerProfileView ownProfile(CurrentUser user) {
        return view(load(policy.requireOwnEmployer(user)), false, false);
    }

    private EmployerProfileView view(Employer employer, boolean withNotes, boolean mayEdit) {
        Map<String, EmployerProfileView.NavContact> contacts = queries.navContacts(employer.getId());
        EmployerRegisterQueries.SubUnits subUnits = queries.subUnits(employer.getId());
        return new EmployerProfileView(employer, contacts.get(PRIMARY), contacts.get(BACKUP),
                employer.getContactPersons().stream().map(EmployerProfileView.ContactPersonView::of).toList(),
                withNotes ? queries.visitNotes(employer.getId()) : null, subUnits.shown(), subUnits.total(), mayEdit);
    }

    /**
     * Changes NAV's fields of an employer (inclusion profile, contact persons, NAV contacts) if the user edits the
     * register and the employer is still at {@code expectedVersion}; a stale version is a conflict, never an overwrite.
     */
    @Transactional
    public Employer updateProfile(CurrentUser user, long id, long expectedVersion, EmployerProfile profile) {
        policy.requireEmployerRegister(user, true);
        Employer employer = load(id);
        if (employer.getVersion() != expectedVersion) {
            throw new StaleVersionException();
        }
        checkNavContacts(profile);
        employer.applyProfile(profile, clock.instant());
        employers.flush();
        queries.setNavContact(id, BACKUP, null); // free the backup first: the same person may move to primary
        queries.setNavContact(id, PRIMARY, profile.primaryContactId());
        queries.setNavContact(id, BACKUP, profile.backupContactId());
        return employer;
    }

    private void checkNavContacts(EmployerProfile profile) {
        List<Violation> violations = new ArrayList<>();
        if (profile.primaryContactId() != null && !queries.isNavContactCandidate(profile.primaryContactId())) {
            violations.add(new Violation("primaryContactId", "employers.validation.navContact"));
        }
        if (profile.backupContactId() != null && !queries.isNavContactCandidate(profile.backupContactId())) {
            violations.add(new Violation("backupContactId", "employers.validation.navContact"));
        }
        if (profile.backupContactId() != null && profile.backupContactId().equals(profile.primaryContactId())) {
            violations.add(new Violation("backupContactId", "employers.validation.sameNavContact"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    /** A note from a company visit, by the user, dated the day of the visit. */
    @Transactional
    public void addVisitNote(CurrentUser user, long id, LocalDate visitedOn, String note) {
        policy.requireEmployerRegister(user, true);
        load(id);
        List<Violation> violations = new ArrayList<>();
        if (visitedOn == null) {
            violations.add(new Violation("visitedOn", "validation.required"));
        } else {
            DateRanges.check(visitedOn, "visitedOn", violations);
        }
        if (note == null || note.isBlank()) {
            violations.add(new Violation("note", "validation.required"));
        } else if (note.strip().length() > MAX_NOTE) {
            violations.add(new Violation("note", "validation.tooLong", MAX_NOTE));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        queries.addVisitNote(id, visitedOn, note.strip(), user.id(), clock.instant());
    }

    /** The staff the edit form offers as NAV contacts: the user's office, and whoever is named now. */
    @Transactional(readOnly = true)
    public List<EmployerRegisterQueries.StaffOption> staffOptions(CurrentUser user, EmployerProfileView view,
            Long... chosen) {
        Set<Long> named = new LinkedHashSet<>();
        if (view.primaryContact() != null) {
            named.add(view.primaryContact().userId());
        }
        if (view.backupContact() != null) {
            named.add(view.backupContact().userId());
        }
        for (Long id : chosen) {
            if (id != null) {
                named.add(id);
            }
        }
        return queries.staffOptions(user.officeId(), named);
    }

    private Employer load(long id) {
        return employers.findById(id).orElseThrow(() -> new NotFoundException("employer", id));
    }
}
