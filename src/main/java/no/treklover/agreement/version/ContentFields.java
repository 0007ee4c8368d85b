package no.treklover.agreement.version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.treklover.agreement.AgreementContent;
import no.treklover.agreement.Contact;
import no.treklover.agreement.grant.PayType;

/**
 * An {@link AgreementContent} as named fields in the agreement's order, contacts as {@code candidateContact.phone}
 * and so on: the same names as the JSON properties and the rules' field names. Used to replace a change type's
 * fields and to compare two versions field by field.
 */
final class ContentFields {

    static final List<String> CONTACTS = List.of("candidateContact", "employerContact", "counsellorContact");
    static final List<String> CONTACT_PARTS = List.of("firstName", "lastName", "phone", "email");

    private ContentFields() {
    }

    /** Every field of the content with its value (null when empty), in the agreement's order. */
    static Map<String, Object> flatten(AgreementContent c) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("mentorFirstName", c.mentorFirstName());
        f.put("mentorLastName", c.mentorLastName());
        f.put("mentorPhone", c.mentorPhone());
        f.put("mentorEmail", c.mentorEmail());
        f.put("mentorNationalId", c.mentorNationalId());
        f.put("tasks", c.tasks());
        f.put("hoursPerMonth", c.hoursPerMonth());
        f.put("payType", c.payType());
        f.put("payAmount", c.payAmount());
        f.put("positionPercent", c.positionPercent());
        f.put("startDate", c.startDate());
        f.put("endDate", c.endDate());
        f.put("followUp", c.followUp());
        f.put("adaptation", c.adaptation());
        f.put("holidayPayRate", c.holidayPayRate());
        f.put("otpRate", c.otpRate());
        f.put("agaRate", c.agaRate());
        f.put("accountNumber", c.accountNumber());
        f.put("kid", c.kid());
        f.put("familyTie", c.familyTie());
        f.put("familyTieReason", c.familyTieReason());
        contact(f, "candidateContact", c.candidateContact());
        contact(f, "employerContact", c.employerContact());
        contact(f, "counsellorContact", c.counsellorContact());
        return f;
    }

    /** The content from named fields (as {@link #flatten} gives them). */
    static AgreementContent build(Map<String, Object> f) {
        return new AgreementContent((String) f.get("mentorFirstName"), (String) f.get("mentorLastName"),
                (String) f.get("mentorPhone"), (String) f.get("mentorEmail"), (String) f.get("mentorNationalId"),
                (String) f.get("tasks"), (BigDecimal) f.get("hoursPerMonth"), (PayType) f.get("payType"),
                (BigDecimal) f.get("payAmount"), (BigDecimal) f.get("positionPercent"),
                (LocalDate) f.get("startDate"), (LocalDate) f.get("endDate"), (String) f.get("followUp"),
                (String) f.get("adaptation"), (BigDecimal) f.get("holidayPayRate"), (BigDecimal) f.get("otpRate"),
                (BigDecimal) f.get("agaRate"), (String) f.get("accountNumber"), (String) f.get("kid"),
                (Boolean) f.get("familyTie"), (String) f.get("familyTieReason"), contact(f, "candidateContact"),
                contact(f, "employerContact"), contact(f, "counsellorContact"));
    }

    /** The names of a field group: a contact ("employerContact") stands for its four parts. */
    static List<String> expand(String field) {
        if (!CONTACTS.contains(field)) {
            return List.of(field);
        }
        List<String> parts = new ArrayList<>();
        CONTACT_PARTS.forEach(part -> parts.add(field + "." + part));
        return parts;
    }

    /** Whether two field values are the same; amounts by value (300 = 300.00). */
    static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(blankToNull(a), blankToNull(b));
    }

    static Object blankToNull(Object value) {
        return value instanceof String s && s.isBlank() ? null : value;
    }

    private static void contact(Map<String, Object> f, String prefix, Contact c) {
        f.put(prefix + ".firstName", c.firstName());
        f.put(prefix + ".lastName", c.lastName());
        f.put(prefix + ".phone", c.phone());
        f.put(prefix + ".email", c.email());
    }

    private static Contact contact(Map<String, Object> f, String prefix) {
        return new Contact((String) f.get(prefix + ".firstName"), (String) f.get(prefix + ".lastName"),
                (String) f.get(prefix + ".phone"), (String) f.get(prefix + ".email"));
    }
}
