package no.treklover.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The chain's link: SHA-256 over the previous entry's hash and this entry's canonical form, as lower-case hex. */
final class AuditHash {

    /** What the first entry points back to. */
    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(String previousHash, AuditRecord entry) {
        return sha256(previousHash + "\n" + AuditCanonicalForm.of(entry));
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
