package no.treklover.privacy;

/**
 * A coded value (an enum constant such as a phase): the code in JSON, the Norwegian text of
 * {@code <group>.<code>} in the PDF, e.g. group "phase" and code "ASSESSMENT" give "Kartlegging".
 */
public record ExportCode(String group, String code) {

    /** Null when there is no code, so a missing value stays missing. */
    public static ExportCode of(String group, String code) {
        return code == null ? null : new ExportCode(group, code);
    }

    public String messageKey() {
        return group + "." + code;
    }
}
