package no.treklover.agreement.version;

import no.treklover.access.CurrentUser;
import no.treklover.agreement.AgreementVersionService;
import no.treklover.platform.errors.ForbiddenException;
import no.treklover.platform.errors.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Data for the versions card on another feature's agreement page:
 * {@code <th:block th:with="v=${@agreementVersionSections.forAgreement(id, currentUser)}">} around {@code versionsCard(${v})}.
 * A user who may not see the agreement's content gets an invisible card.
 */
@Component("agreementVersionSections")
public class AgreementVersionSections {

    private final AgreementVersionService versions;

    AgreementVersionSections(AgreementVersionService versions) {
        this.versions = versions;
    }

    /**
     * @param visible whether to show the card at all
     * @param latest the current version (null before conclusion)
     */
    public record Card(long agreementId, boolean visible, boolean concluded, int count, Versions.VersionSummary latest,
            boolean mayChange, ChangeType[] types) {
    }

    public Card forAgreement(Long agreementId, CurrentUser user) {
        if (agreementId == null || user == null) {
            return new Card(0, false, false, 0, null, false, ChangeType.values());
        }
        try {
            Versions.Listing listing = versions.list(user, agreementId);
            return new Card(agreementId, true, listing.concluded(), listing.versions().size(), listing.latest(),
                    listing.mayChange(), ChangeType.values());
        } catch (ForbiddenException | NotFoundException hidden) {
            return new Card(agreementId, false, false, 0, null, false, ChangeType.values());
        }
    }
}
