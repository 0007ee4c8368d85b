package no.treklover.access;

/**
 * Who asked a question in the "Spør veilederen" channel, as the policy needs it to decide who else may read it: the
 * account, its role and, for an employer's representative, the organisation it speaks for.
 */
public record QuestionAsker(long userId, Role role, Long employerId) {
}
