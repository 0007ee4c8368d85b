package no.treklover.needs;

import jakarta.validation.constraints.Size;

/** The counsellor accepts a proposal: the match. */
public record NeedAcceptance(@Size(max = 1000, message = "{needs.validation.comment.size}") String comment) {
}
