package no.treklover.agreement;

/**
 * The signing order of a mentor agreement (BRIEF §4), as pure steps from one {@link Approvals} to the next:
 * <ol>
 * <li>the mentor signs the confidentiality declaration, and cannot open the agreement before;</li>
 * <li>candidate and employer approve, in any order, but only after the mentor's declaration and only complete,
 * valid content (what they approve must be the whole agreement);</li>
 * <li>the counsellor approves last: after both (for the candidate, with a reason, when the candidate cannot;
 * never for the employer), and only with complete, valid content;</li>
 * <li>a beslutter, a different person than the approving counsellor, approves the first grant period: concluded.</li>
 * </ol>
 * Approvals can be withdrawn until conclusion. Since the counsellor approves last, withdrawing the candidate's or
 * the employer's approval withdraws the counsellor's too; the counsellor withdrawing also withdraws an approval given
 * on the candidate's behalf. The content can be edited only while nobody has approved.
 */
public final class SigningRules {

    public enum Party {
        CANDIDATE,
        EMPLOYER,
        COUNSELLOR
    }

    private SigningRules() {
    }

    public static boolean mentorMayOpen(Approvals a) {
        return a.mentorSignedConfidentiality();
    }

    public static boolean contentEditable(Approvals a) {
        return !a.anyApproval() && !a.concluded();
    }

    public static SigningOutcome signConfidentiality(Approvals a) {
        if (a.mentorSignedConfidentiality()) {
            return SigningOutcome.refused("agreement.signing.alreadySigned");
        }
        return SigningOutcome.allowed(new Approvals(true, a.candidateApproved(), a.candidateOnBehalfReason(),
                a.employerApproved(), a.counsellorApprovedBy(), a.beslutterApprovedBy()));
    }

    /** @param contentComplete all required fields filled and no rule violated ({@link AgreementRules}) */
    public static SigningOutcome approveAsCandidate(Approvals a, boolean contentComplete) {
        String refused = refusePartyApproval(a, a.candidateApproved(), contentComplete);
        if (refused != null) {
            return SigningOutcome.refused(refused);
        }
        return SigningOutcome.allowed(new Approvals(true, true, null, a.employerApproved(), null, null));
    }

    /** @param contentComplete all required fields filled and no rule violated ({@link AgreementRules}) */
    public static SigningOutcome approveAsEmployer(Approvals a, boolean contentComplete) {
        String refused = refusePartyApproval(a, a.employerApproved(), contentComplete);
        if (refused != null) {
            return SigningOutcome.refused(refused);
        }
        return SigningOutcome.allowed(new Approvals(true, a.candidateApproved(), a.candidateOnBehalfReason(), true,
                null, null));
    }

    /**
     * @param counsellorId the counsellor's NAV ident
     * @param onBehalfOfCandidate a reason to approve for the candidate, who has not approved; null otherwise
     * @param contentComplete all required fields filled and no rule violated ({@link AgreementRules})
     */
    public static SigningOutcome approveAsCounsellor(Approvals a, String counsellorId,
            OnBehalfReason onBehalfOfCandidate, boolean contentComplete) {
        if (a.concluded()) {
            return SigningOutcome.refused("agreement.signing.concluded");
        }
        if (a.counsellorApproved()) {
            return SigningOutcome.refused("agreement.signing.alreadyApproved");
        }
        if (counsellorId == null || counsellorId.isBlank()) {
            return SigningOutcome.refused("agreement.signing.actorRequired");
        }
        if (!a.mentorSignedConfidentiality()) {
            return SigningOutcome.refused("agreement.signing.mentorFirst");
        }
        if (!contentComplete) {
            return SigningOutcome.refused("agreement.signing.contentIncomplete");
        }
        if (!a.employerApproved()) {
            return SigningOutcome.refused("agreement.signing.employerFirst");
        }
        if (a.candidateApproved() && onBehalfOfCandidate != null) {
            return SigningOutcome.refused("agreement.signing.candidateAlreadyApproved");
        }
        if (!a.candidateApproved() && onBehalfOfCandidate == null) {
            return SigningOutcome.refused("agreement.signing.candidateFirst");
        }
        OnBehalfReason reason = a.candidateApproved() ? a.candidateOnBehalfReason() : onBehalfOfCandidate;
        return SigningOutcome.allowed(new Approvals(true, true, reason, true, counsellorId, null));
    }

    /** The beslutter approves the first grant period, which concludes the agreement. */
    public static SigningOutcome approveAsBeslutter(Approvals a, String beslutterId) {
        if (a.concluded()) {
            return SigningOutcome.refused("agreement.signing.concluded");
        }
        if (beslutterId == null || beslutterId.isBlank()) {
            return SigningOutcome.refused("agreement.signing.actorRequired");
        }
        if (!a.counsellorApproved()) {
            return SigningOutcome.refused("agreement.signing.counsellorFirst");
        }
        if (beslutterId.equals(a.counsellorApprovedBy())) {
            return SigningOutcome.refused("agreement.signing.beslutterSamePerson");
        }
        return SigningOutcome.allowed(new Approvals(true, true, a.candidateOnBehalfReason(), true,
                a.counsellorApprovedBy(), beslutterId));
    }

    public static SigningOutcome withdraw(Approvals a, Party party) {
        if (a.concluded()) {
            return SigningOutcome.refused("agreement.signing.concluded");
        }
        return switch (party) {
            case CANDIDATE -> !a.candidateApproved() ? SigningOutcome.refused("agreement.signing.notApproved")
                    : a.candidateOnBehalfReason() != null
                            ? SigningOutcome.refused("agreement.signing.approvedOnBehalf")
                            : SigningOutcome.allowed(new Approvals(a.mentorSignedConfidentiality(), false, null,
                                    a.employerApproved(), null, null));
            case EMPLOYER -> !a.employerApproved() ? SigningOutcome.refused("agreement.signing.notApproved")
                    : SigningOutcome.allowed(new Approvals(a.mentorSignedConfidentiality(), a.candidateApproved(),
                            a.candidateOnBehalfReason(), false, null, null));
            case COUNSELLOR -> !a.counsellorApproved() ? SigningOutcome.refused("agreement.signing.notApproved")
                    : SigningOutcome.allowed(new Approvals(a.mentorSignedConfidentiality(),
                            a.candidateApproved() && a.candidateOnBehalfReason() == null, null,
                            a.employerApproved(), null, null));
        };
    }

    private static String refusePartyApproval(Approvals a, boolean alreadyApproved, boolean contentComplete) {
        if (a.concluded()) {
            return "agreement.signing.concluded";
        }
        if (!a.mentorSignedConfidentiality()) {
            return "agreement.signing.mentorFirst";
        }
        if (alreadyApproved) {
            return "agreement.signing.alreadyApproved";
        }
        if (!contentComplete) {
            return "agreement.signing.contentIncomplete";
        }
        return null;
    }
}
