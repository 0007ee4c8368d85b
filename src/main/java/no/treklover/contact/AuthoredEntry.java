package no.treklover.contact;

/** A contact entry with its author's display name, read in the entries' own statement. */
public record AuthoredEntry(ContactEntry entry, String authorName) {
}
