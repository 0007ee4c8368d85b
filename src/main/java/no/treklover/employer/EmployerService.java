package no.treklover.employer;

import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.identifiers.OrganisationNumber;
import no.treklover.platform.LikePattern;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.UniqueViolations;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.errors.RuleViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The employer register shared across NAV units. */
@Service
public class EmployerService {

    private final EmployerRepository employers;
    private final AccessPolicy policy;

    EmployerService(EmployerRepository employers, AccessPolicy policy) {
        this.employers = employers;
        this.policy = policy;
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

    @Transactional(readOnly = true)
    public Page<Employer> search(CurrentUser user, String search, Pageable page) {
        policy.requireNavStaff(user);
        String digits = search == null ? "" : search.replace(" ", "");
        return employers.search(LikePattern.contains(search), digits, page);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Employer> find(long id) {
        return employers.findById(id);
    }

    @Transactional(readOnly = true)
    public Employer get(CurrentUser user, long id) {
        policy.requireNavStaff(user);
        return employers.findById(id).orElseThrow(() -> new NotFoundException("employer", id));
    }
}
