package no.treklover.agreement;

/**
 * Who has signed and approved an agreement so far (immutable; {@link SigningRules} gives the next one).
 *
 * @param mentorSignedConfidentiality the mentor has signed the confidentiality declaration (not an approval of
 *     the content)
 * @param candidateOnBehalfReason set when the counsellor approved for the candidate; then candidateApproved is true
 * @param counsellorApprovedBy the approving counsellor's NAV ident, null before
 * @param beslutterApprovedBy the beslutter's NAV ident who approved the first grant period; set = concluded
 */
public record Approvals(boolean mentorSignedConfidentiality, boolean candidateApproved,
        OnBehalfReason candidateOnBehalfReason, boolean employerApproved, String counsellorApprovedBy,
        String beslutterApprovedBy) {

    public static final Approvals NONE = new Approvals(false, false, null, false, null, null);

    public Approvals {
        if (candidateOnBehalfReason != null && !candidateApproved) {
            throw new IllegalArgumentException("An on-behalf reason needs the candidate's approval");
        }
        if (beslutterApprovedBy != null && counsellorApprovedBy == null) {
            throw new IllegalArgumentException("The beslutter approves after the counsellor");
        }
    }

    /** Inngått: the beslutter has approved the first grant period. */
    public boolean concluded() {
        return beslutterApprovedBy != null;
    }

    public boolean counsellorApproved() {
        return counsellorApprovedBy != null;
    }

    /** Whether anyone has approved the content (the mentor's declaration does not count). */
    public boolean anyApproval() {
        return candidateApproved || employerApproved || counsellorApprovedBy != null;
    }
}
