package no.treklover.audit;

import java.util.List;
import no.treklover.audit.ChainVerification.BrokenLink;
import no.treklover.audit.ChainVerification.Problem;
import org.springframework.stereotype.Component;

/**
 * Walks the audit chain in position order and recomputes every link. Reads in keyset batches without a long
 * transaction, so it runs in constant memory on any size of log while the app keeps appending.
 */
@Component
public class AuditChainVerifier {

    private static final int BATCH = 5_000;

    private final AuditChainStore store;
    private final AuditChainSealer sealer;

    AuditChainVerifier(AuditChainStore store, AuditChainSealer sealer) {
        this.store = store;
        this.sealer = sealer;
    }

    /** Seals what is committed, then checks the whole chain. */
    public ChainVerification sealAndVerify() {
        sealer.sealAll();
        return verify();
    }

    public ChainVerification verify() {
        String previous = AuditHash.GENESIS;
        long expectedPosition = 1;
        long checked = 0;
        while (true) {
            List<AuditChainStore.SealedEntry> entries = store.chainFrom(expectedPosition, BATCH);
            for (AuditChainStore.SealedEntry sealed : entries) {
                BrokenLink broken = check(sealed, expectedPosition, previous);
                if (broken != null) {
                    return ChainVerification.broken(checked, store.unsealedCount(), previous, broken);
                }
                previous = sealed.hash();
                expectedPosition++;
                checked++;
            }
            if (entries.size() < BATCH) {
                return ChainVerification.ok(checked, store.unsealedCount(), previous);
            }
        }
    }

    /** The first thing wrong with this entry as the link at {@code position} after {@code previous}, or null. */
    static BrokenLink check(AuditChainStore.SealedEntry sealed, long position, String previous) {
        AuditRecord entry = sealed.entry();
        if (entry.chainPosition() != position) {
            return new BrokenLink(position, entry.id(), Problem.MISSING_POSITION, previous, sealed.previousHash());
        }
        if (!previous.equals(sealed.previousHash())) {
            return new BrokenLink(position, entry.id(), Problem.PREVIOUS_HASH_MISMATCH, previous,
                    sealed.previousHash());
        }
        String expected = AuditHash.of(previous, entry);
        if (!expected.equals(sealed.hash())) {
            return new BrokenLink(position, entry.id(), Problem.HASH_MISMATCH, expected, sealed.hash());
        }
        return null;
    }
}
