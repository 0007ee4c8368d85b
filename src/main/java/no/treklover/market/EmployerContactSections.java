package no.treklover.market;

import java.util.List;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employer profile's contact card, for another feature's page: {@code th:with="card=${@employerContactSections
 * .forEmployer(employer.id, currentUser)}"} and {@code ~{market/sections :: employerCard(${card})}}. Null (nothing
 * shown) for a user who may not read the log.
 */
@Component("employerContactSections")
public class EmployerContactSections {

    /** How many entries the card lists. */
    static final int CARD_ROWS = 5;

    private final EmployerContactService contacts;
    private final AccessPolicy policy;

    EmployerContactSections(EmployerContactService contacts, AccessPolicy policy) {
        this.contacts = contacts;
        this.policy = policy;
    }

    public record Card(long employerId, List<ContactLine> lines, long total, List<ContactLine> warnings,
            boolean mayLog, long userId) {
    }

    @Transactional(readOnly = true)
    public Card forEmployer(long employerId, CurrentUser user) {
        if (user == null || !policy.mayReadEmployerContacts(user)) {
            return null;
        }
        EmployerContactService.LogPage log = contacts.log(user, employerId, 0, CARD_ROWS);
        boolean mayLog = policy.mayLogEmployerContacts(user);
        List<ContactLine> warnings = mayLog ? contacts.warnings(user, employerId) : List.of();
        return new Card(employerId, log.lines(), log.total(), warnings, mayLog, user.id());
    }
}
