package no.treklover.employer.register;

import java.time.LocalDate;

/**
 * One unit of Enhetsregisteret as imported: an enhet (into {@code employer}) or an underenhet (into
 * {@code employer_sub_unit}, its {@code beliggenhetsadresse} as {@code business} and its parent in
 * {@code parentOrgNumber}). Every value fits its column.
 */
record RegisterUnit(String orgNumber, String name, String orgFormCode, String orgFormText, String naceCode,
        String naceText, Integer employeeCount, boolean employeesUnderFive, Address business, Address postal,
        boolean bankrupt, boolean beingWoundUp, boolean beingForciblyWoundUp, LocalDate registeredOn,
        LocalDate deletedOn, String parentOrgNumber) {

    record Address(String address, String postalCode, String postalPlace, String municipalityNumber,
            String municipality, String countryCode) {

        static final Address NONE = new Address(null, null, null, null, null, null);
    }

    /** A 64-bit digest of every imported value: equal digests, nothing to update. */
    long digest() {
        return digest(texts());
    }

    /** Every imported value as text (null stays null), in the digest's order. */
    String[] texts() {
        Object[] values = {orgNumber, name, orgFormCode, orgFormText, naceCode, naceText, employeeCount,
                employeesUnderFive, business.address(), business.postalCode(), business.postalPlace(),
                business.municipalityNumber(), business.municipality(), business.countryCode(), postal.address(),
                postal.postalCode(), postal.postalPlace(), postal.municipalityNumber(), postal.municipality(),
                postal.countryCode(), bankrupt, beingWoundUp, beingForciblyWoundUp, registeredOn, deletedOn,
                parentOrgNumber};
        String[] texts = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            texts[i] = values[i] == null ? null : values[i].toString();
        }
        return texts;
    }

    /** The digest of {@link #texts()}: FNV-1a over each value's characters, a null as U+0000, a separator after each. */
    static long digest(String[] texts) {
        long hash = 0xcbf29ce484222325L;
        for (String value : texts) {
            String text = value == null ? "\u0000" : value;
            for (int i = 0; i < text.length(); i++) {
                hash ^= text.charAt(i);
                hash *= 0x100000001b3L;
            }
            hash ^= 0x1f;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
