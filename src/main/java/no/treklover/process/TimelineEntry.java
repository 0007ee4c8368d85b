package no.treklover.process;

/** A timeline event with its actor's display name (null without an actor), read in the timeline's own statement. */
public record TimelineEntry(ProcessEvent event, String actorName) {
}
