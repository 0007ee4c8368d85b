package no.treklover.agreement.version;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.treklover.agreement.AgreementContent;
import no.treklover.agreement.AgreementContext;
import no.treklover.agreement.AgreementRules;
import no.treklover.agreement.Contact;
import no.treklover.platform.errors.RuleViolationException.Violation;

/**
 * What each targeted change of a concluded agreement may change, and whether a change is allowed (BRIEF §4). Pure.
 * <ul>
 * <li>Each {@link ChangeType} changes its own fields ({@link #fields}); a request that sets another type's fields is
 * refused naming them, so nothing changes by accident.</li>
 * <li>The new content must meet NAV's rules for the fields the change touches ({@link AgreementRules#checkAmendment}:
 * longest duration by innsatsgruppe, age limit, formats), but not the drafting rule that the start lies at most 7
 * days back — a running agreement started long ago. A change is never refused for a field it does not touch.</li>
 * <li>Extending needs a later end date; shortening an earlier one, not before the start nor more than
 * {@value #MAX_DAYS_SHORTENED_END_IN_PAST} days back, with a reason (free text with ANNET); a new calculation applies
 * from a date inside the agreement period.</li>
 * </ul>
 * The effective date of a change: the day after the old end when extended, the day after the new end when shortened,
 * the chosen date for a new calculation, and the day of the change otherwise.
 */
public final class ChangeRules {

    /** How far back a shortened agreement's new end may lie: a month covers late reports of a stop. */
    public static final int MAX_DAYS_SHORTENED_END_IN_PAST = 30;
    public static final int REASON_TEXT_MAX_LENGTH = 500;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Map<ChangeType, List<String>> FIELDS = new EnumMap<>(ChangeType.class);

    static {
        FIELDS.put(ChangeType.FORLENGE, List.of("endDate"));
        FIELDS.put(ChangeType.FORKORTE, List.of("endDate", "reason", "reasonText"));
        FIELDS.put(ChangeType.ENDRE_MENTOR, List.of("mentorFirstName", "mentorLastName", "mentorPhone",
                "mentorEmail", "tasks"));
        FIELDS.put(ChangeType.ENDRE_BEREGNING, List.of("payType", "payAmount", "positionPercent", "hoursPerMonth",
                "holidayPayRate", "otpRate", "agaRate", "effectiveFrom"));
        FIELDS.put(ChangeType.ENDRE_KONTAKTINFO, List.of("candidateContact", "employerContact", "counsellorContact"));
        FIELDS.put(ChangeType.ENDRE_OPPFOLGING, List.of("followUp"));
    }

    /** The outcome of a change: the new content and its effective date, or what is wrong (by field). */
    public record Outcome(AgreementContent next, LocalDate effectiveFrom, List<Violation> violations) {

        public boolean allowed() {
            return violations.isEmpty();
        }
    }

    private ChangeRules() {
    }

    /** The request fields (JSON property names) a change type sets. */
    public static List<String> fields(ChangeType type) {
        return FIELDS.get(type);
    }

    /** The agreement's content fields a change type changes (contacts as their parts). */
    public static Set<String> contentFields(ChangeType type) {
        Set<String> fields = new LinkedHashSet<>();
        for (String field : FIELDS.get(type)) {
            if (!field.equals("reason") && !field.equals("reasonText") && !field.equals("effectiveFrom")) {
                fields.addAll(ContentFields.expand(field));
            }
        }
        return fields;
    }

    /**
     * Applies a change to the current content of a concluded agreement.
     *
     * @param today today in Oslo
     */
    public static Outcome evaluate(ChangeRequest r, AgreementContent current, AgreementContext ctx, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        if (r.type() == null) {
            v.add(new Violation("type", "validation.required"));
            return new Outcome(current, null, v);
        }
        ChangeType type = r.type();
        List<String> allowed = FIELDS.get(type);
        requestValues(r).forEach((field, value) -> {
            if (value != null && !allowed.contains(field)) {
                v.add(new Violation(field, "agreementversion.change.notForType"));
            }
        });
        AgreementContent next = apply(r, current);
        switch (type) {
            case FORLENGE -> checkExtension(r, current, v);
            case FORKORTE -> checkShortening(r, current, today, v);
            case ENDRE_BEREGNING -> checkEffectiveFrom(r, current, v);
            default -> {
                // the fields' own rules below are all there is
            }
        }
        Set<String> touched = contentFields(type);
        AgreementRules.missingRequiredFields(next).stream().filter(m -> touched.contains(m.field())).forEach(v::add);
        AgreementRules.checkAmendment(next, ctx).stream().filter(m -> touched.contains(m.field())).forEach(v::add);
        List<Violation> violations = distinctByField(v);
        if (violations.isEmpty() && VersionDiff.between(current, next).isEmpty()) {
            violations = List.of(new Violation("type", "agreementversion.change.nothingChanged"));
        }
        return new Outcome(next, violations.isEmpty() ? effectiveFrom(r, current, today) : null, violations);
    }

    /** The current content with the change type's fields replaced by the request's (blank text as empty). */
    public static AgreementContent apply(ChangeRequest r, AgreementContent current) {
        if (r.type() == null) {
            return current;
        }
        Map<String, Object> f = ContentFields.flatten(current);
        switch (r.type()) {
            case FORLENGE, FORKORTE -> f.put("endDate", r.endDate());
            case ENDRE_MENTOR -> {
                f.put("mentorFirstName", text(r.mentorFirstName()));
                f.put("mentorLastName", text(r.mentorLastName()));
                f.put("mentorPhone", text(r.mentorPhone()));
                f.put("mentorEmail", text(r.mentorEmail()));
                f.put("tasks", text(r.tasks()));
            }
            case ENDRE_BEREGNING -> {
                f.put("payType", r.payType());
                f.put("payAmount", r.payAmount());
                f.put("positionPercent", r.positionPercent());
                f.put("hoursPerMonth", r.hoursPerMonth());
                f.put("holidayPayRate", r.holidayPayRate());
                f.put("otpRate", r.otpRate());
                f.put("agaRate", r.agaRate());
            }
            case ENDRE_KONTAKTINFO -> {
                contact(f, "candidateContact", r.candidateContact());
                contact(f, "employerContact", r.employerContact());
                contact(f, "counsellorContact", r.counsellorContact());
            }
            case ENDRE_OPPFOLGING -> f.put("followUp", text(r.followUp()));
        }
        return ContentFields.build(f);
    }

    static LocalDate effectiveFrom(ChangeRequest r, AgreementContent current, LocalDate today) {
        return switch (r.type()) {
            case FORLENGE -> current.endDate().plusDays(1);
            case FORKORTE -> r.endDate().plusDays(1);
            case ENDRE_BEREGNING -> r.effectiveFrom();
            default -> today;
        };
    }

    private static void checkExtension(ChangeRequest r, AgreementContent current, List<Violation> v) {
        if (r.endDate() != null && current.endDate() != null && !r.endDate().isAfter(current.endDate())) {
            v.add(new Violation("endDate", "agreementversion.extend.notLater", DATE.format(current.endDate())));
        }
    }

    private static void checkShortening(ChangeRequest r, AgreementContent current, LocalDate today,
            List<Violation> v) {
        LocalDate end = r.endDate();
        if (end != null && current.endDate() != null && !end.isBefore(current.endDate())) {
            v.add(new Violation("endDate", "agreementversion.shorten.notEarlier", DATE.format(current.endDate())));
        } else if (end != null && end.isBefore(today.minusDays(MAX_DAYS_SHORTENED_END_IN_PAST))) {
            v.add(new Violation("endDate", "agreementversion.shorten.tooFarInPast", MAX_DAYS_SHORTENED_END_IN_PAST));
        }
        if (r.reason() == null) {
            v.add(new Violation("reason", "validation.required"));
        }
        boolean hasText = r.reasonText() != null && !r.reasonText().isBlank();
        if (r.reason() == ShorteningReason.ANNET && !hasText) {
            v.add(new Violation("reasonText", "agreementversion.reasonText.required"));
        } else if (r.reason() != ShorteningReason.ANNET && hasText) {
            v.add(new Violation("reasonText", "agreementversion.reasonText.onlyForOther"));
        } else if (hasText && r.reasonText().length() > REASON_TEXT_MAX_LENGTH) {
            v.add(new Violation("reasonText", "validation.tooLong", REASON_TEXT_MAX_LENGTH));
        }
    }

    private static void checkEffectiveFrom(ChangeRequest r, AgreementContent current, List<Violation> v) {
        LocalDate from = r.effectiveFrom();
        if (from == null) {
            v.add(new Violation("effectiveFrom", "validation.required"));
        } else if (current.startDate() != null && current.endDate() != null
                && (from.isBefore(current.startDate()) || from.isAfter(current.endDate()))) {
            v.add(new Violation("effectiveFrom", "agreementversion.effectiveFrom.outside",
                    DATE.format(current.startDate()), DATE.format(current.endDate())));
        }
    }

    /** The request's fields by JSON property, except the type. */
    private static Map<String, Object> requestValues(ChangeRequest r) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("endDate", r.endDate());
        values.put("reason", r.reason());
        values.put("reasonText", text(r.reasonText()));
        values.put("mentorFirstName", r.mentorFirstName());
        values.put("mentorLastName", r.mentorLastName());
        values.put("mentorPhone", r.mentorPhone());
        values.put("mentorEmail", r.mentorEmail());
        values.put("tasks", r.tasks());
        values.put("payType", r.payType());
        values.put("payAmount", r.payAmount());
        values.put("positionPercent", r.positionPercent());
        values.put("hoursPerMonth", r.hoursPerMonth());
        values.put("holidayPayRate", r.holidayPayRate());
        values.put("otpRate", r.otpRate());
        values.put("agaRate", r.agaRate());
        values.put("effectiveFrom", r.effectiveFrom());
        values.put("candidateContact", r.candidateContact());
        values.put("employerContact", r.employerContact());
        values.put("counsellorContact", r.counsellorContact());
        values.put("followUp", r.followUp());
        return values;
    }

    /** The first violation per field: one clear message where a field breaks several rules. */
    private static List<Violation> distinctByField(List<Violation> all) {
        Map<String, Violation> first = new LinkedHashMap<>();
        all.forEach(violation -> first.putIfAbsent(violation.field(), violation));
        return List.copyOf(first.values());
    }

    private static void contact(Map<String, Object> f, String prefix, Contact c) {
        Contact given = c == null ? Contact.empty() : c;
        f.put(prefix + ".firstName", text(given.firstName()));
        f.put(prefix + ".lastName", text(given.lastName()));
        f.put(prefix + ".phone", text(given.phone()));
        f.put(prefix + ".email", text(given.email()));
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
