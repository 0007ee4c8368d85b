package no.treklover.agreement;

/** What one run of {@link AgreementExpiryJob} did; skipped when another node held the lock. */
record AgreementExpiryResult(int weekWarnings, int dayWarnings, int annulled, int batches, boolean skipped) {
}
