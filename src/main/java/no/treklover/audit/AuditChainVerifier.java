package no.treklover.audit;

import java.util.List;
import no.treklover.audit.AuditChainStore.ChainLink;
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
            List<ChainLink> links = store.chainFrom(expectedPosition, BATCH);
            for (ChainLink link : links) {
                BrokenLink broken = check(link, expectedPosition, previous);
                if (broken != null) {
                    return ChainVerification.broken(checked, store.unsealedCount(), previous, broken);
                }
                previous = link.hash();
                expectedPosition++;
                checked++;
            }
            if (links.size() < BATCH) {
                Long unchained = store.firstUnchained();
                return unchained == null ? ChainVerification.ok(checked, store.unsealedCount(), previous)
                        : ChainVerification.broken(checked, store.unsealedCount(), previous, new BrokenLink(
                                expectedPosition, unchained, Problem.UNCHAINED_ENTRY, previous, null));
            }
        }
    }

    /** The first thing wrong with this link at {@code position} after {@code previous}, or null. */
    static BrokenLink check(ChainLink link, long position, String previous) {
        if (link.position() != position) {
            return new BrokenLink(position, link.entryId(), Problem.MISSING_POSITION, previous, link.previousHash());
        }
        if (link.entry() == null) {
            return new BrokenLink(position, link.entryId(), Problem.MISSING_ENTRY, previous, link.previousHash());
        }
        if (!previous.equals(link.previousHash())) {
            return new BrokenLink(position, link.entryId(), Problem.PREVIOUS_HASH_MISMATCH, previous,
                    link.previousHash());
        }
        String expected = AuditHash.of(previous, link.entry());
        if (!expected.equals(link.hash())) {
            return new BrokenLink(position, link.entryId(), Problem.HASH_MISMATCH, expected, link.hash());
        }
        return null;
    }
}
