package no.treklover.audit;

/**
 * The result of walking the audit chain: intact with how many entries were checked, or the first broken link.
 * {@code headHash} is the last intact entry's hash; keeping a copy of it outside the database lets a later
 * verification also show that no entry was cut off the end.
 */
public record ChainVerification(boolean intact, long checkedEntries, long unsealedEntries, String headHash,
        BrokenLink firstBrokenLink) {

    /** Why a link is broken. */
    public enum Problem {
        /** The entry's content or seal was changed: its hash, computed again, differs from the stored one. */
        HASH_MISMATCH,
        /** The entry does not point back to the hash of the entry before it. */
        PREVIOUS_HASH_MISMATCH,
        /** Positions are missing before this entry: entries were removed or unsealed. */
        MISSING_POSITION,
        /** The chain seals an entry that is no longer there: it was removed. */
        MISSING_ENTRY,
        /** An entry is neither in the chain nor waiting to be sealed: it was taken off the queue. */
        UNCHAINED_ENTRY
    }

    /** Where the chain breaks: the position that was expected, the entry found there, and the two hashes. */
    public record BrokenLink(long position, long entryId, Problem problem, String expectedHash, String storedHash) {
    }

    static ChainVerification ok(long checked, long unsealed, String head) {
        return new ChainVerification(true, checked, unsealed, head, null);
    }

    static ChainVerification broken(long checked, long unsealed, String head, BrokenLink link) {
        return new ChainVerification(false, checked, unsealed, head, link);
    }
}
