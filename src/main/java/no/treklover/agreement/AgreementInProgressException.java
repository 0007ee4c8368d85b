package no.treklover.agreement;

import no.treklover.platform.errors.ConflictException;

/**
 * The process already has an agreement in progress (neither concluded nor annulled): at most one at a time, so a
 * second is refused with a link to the first (409; the API names it in {@code existing}).
 */
public class AgreementInProgressException extends ConflictException {

    private final long existingId;

    public AgreementInProgressException(long existingId) {
        super("agreement.create.inProgress", existingId);
        this.existingId = existingId;
    }

    public long existingId() {
        return existingId;
    }

    @Override
    public String existing() {
        return "/api/v1/agreements/" + existingId;
    }
}
