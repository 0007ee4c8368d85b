package no.treklover.privacy;

/** What one run of the anonymisation job did; {@code skipped} when another node was already running it. */
record AnonymisationResult(int candidates, int processes, int batches, boolean skipped) {
}
