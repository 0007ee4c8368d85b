package no.treklover.agreement;

/**
 * Why the counsellor approves on the candidate's behalf; labels as {@code agreement.onBehalf.<NAME>}. The counsellor
 * never approves on the employer's behalf.
 */
public enum OnBehalfReason {
    NO_BANKID,
    RESERVED_AGAINST_DIGITAL_CONTACT,
    DIGITAL_SKILLS;

    public String messageKey() {
        return "agreement.onBehalf." + name();
    }
}
