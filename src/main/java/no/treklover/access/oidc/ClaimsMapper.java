package no.treklover.access.oidc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import no.treklover.access.LoginRefusal;
import no.treklover.access.LoginRefusedException;
import no.treklover.access.Role;
import no.treklover.identifiers.NationalId;
import no.treklover.identifiers.OrganisationNumber;

/**
 * Turns the claims of an ID token, userinfo answer or access token into an {@link ExternalIdentity}, or refuses
 * the login. Roles come from "roles" or "groups" as our enum names or the Norwegian role names; values that name
 * no role (other groups) are ignored, but exactly one role must remain.
 */
public final class ClaimsMapper {

    private static final List<String> USERNAME_CLAIMS = List.of("NAVident", "preferred_username", "sub");
    private static final List<String> ROLE_CLAIMS = List.of("roles", "groups");
    private static final List<String> OFFICE_CLAIMS = List.of("office", "NAVenhet");
    private static final Pattern OFFICE_ID = Pattern.compile("[0-9]{4}");
    private static final Pattern ELEVEN_DIGITS = Pattern.compile("[0-9]{11}");
    private static final int MAX_USERNAME = 100;
    private static final int MAX_DISPLAY_NAME = 200;
    private static final Set<Role> NAV_STAFF =
            EnumSet.of(Role.COUNSELLOR, Role.DECISION_MAKER, Role.MARKET_CONTACT, Role.OFFICE_LEADER,
                    Role.WORKLIFE_CENTRE_ADVISER, Role.ADMINISTRATOR);
    private static final Set<Role> WITH_OFFICE = EnumSet.of(Role.COUNSELLOR, Role.DECISION_MAKER,
            Role.MARKET_CONTACT, Role.OFFICE_LEADER, Role.PRIVACY_OFFICER, Role.WORKLIFE_CENTRE_ADVISER, Role.ANALYST);
    private static final Set<Role> WITH_ORGANISATION = EnumSet.of(Role.EMPLOYER, Role.MENTOR, Role.MEASURE_PROVIDER);
    private static final Map<String, Role> NORWEGIAN_NAMES = Map.ofEntries(
            Map.entry("veileder", Role.COUNSELLOR),
            Map.entry("beslutter", Role.DECISION_MAKER),
            Map.entry("markedskontakt", Role.MARKET_CONTACT),
            Map.entry("ia-rådgiver", Role.MARKET_CONTACT),
            Map.entry("kontorleder", Role.OFFICE_LEADER),
            Map.entry("mentor", Role.MENTOR),
            Map.entry("arbeidsgiver", Role.EMPLOYER),
            Map.entry("kandidat", Role.CANDIDATE),
            Map.entry("tiltaksarrangør", Role.MEASURE_PROVIDER),
            Map.entry("personvernombud", Role.PRIVACY_OFFICER),
            Map.entry("arbeidslivssenter", Role.WORKLIFE_CENTRE_ADVISER),
            Map.entry("administrator", Role.ADMINISTRATOR),
            Map.entry("analytiker", Role.ANALYST));

    public ExternalIdentity map(Map<String, Object> claims) {
        String username = username(claims);
        Role role = role(claims);
        String officeId = WITH_OFFICE.contains(role) ? officeId(claims, NAV_STAFF.contains(role)) : null;
        String orgNumber = WITH_ORGANISATION.contains(role) ? orgNumber(claims, role == Role.EMPLOYER) : null;
        String nationalId = role == Role.CANDIDATE ? nationalId(claims) : null;
        return new ExternalIdentity(username, displayName(claims, username), role, officeId, orgNumber, nationalId);
    }

    /** Never a national id: usernames end up in the audit log and in session records. */
    private static String username(Map<String, Object> claims) {
        for (String claim : USERNAME_CLAIMS) {
            String value = text(claims.get(claim));
            if (value != null && value.length() <= MAX_USERNAME && !ELEVEN_DIGITS.matcher(value).matches()) {
                return value;
            }
        }
        throw new LoginRefusedException(LoginRefusal.NO_USERNAME);
    }

    private static Role role(Map<String, Object> claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String claim : ROLE_CLAIMS) {
            for (String value : values(claims.get(claim))) {
                Role role = roleNamed(value.strip().toLowerCase(Locale.ROOT));
                if (role != null) {
                    roles.add(role);
                }
            }
        }
        if (roles.isEmpty()) {
            throw new LoginRefusedException(LoginRefusal.NO_ROLE);
        }
        if (roles.size() > 1) {
            throw new LoginRefusedException(LoginRefusal.SEVERAL_ROLES);
        }
        return roles.iterator().next();
    }

    private static Role roleNamed(String name) {
        for (Role role : Role.values()) {
            if (role.name().toLowerCase(Locale.ROOT).equals(name)) {
                return role;
            }
        }
        return NORWEGIAN_NAMES.get(name);
    }

    private static String officeId(Map<String, Object> claims, boolean required) {
        Set<String> offices = new LinkedHashSet<>();
        OFFICE_CLAIMS.forEach(claim -> values(claims.get(claim)).forEach(office -> offices.add(office.strip())));
        if (offices.isEmpty() && !required) {
            return null;
        }
        if (offices.size() != 1 || !OFFICE_ID.matcher(offices.iterator().next()).matches()) {
            throw new LoginRefusedException(LoginRefusal.UNKNOWN_OFFICE);
        }
        return offices.iterator().next();
    }

    private static String orgNumber(Map<String, Object> claims, boolean required) {
        String value = text(claims.get("orgnr"));
        if (value == null && !required) {
            return null;
        }
        if (!OrganisationNumber.isValid(value)) {
            throw new LoginRefusedException(LoginRefusal.UNKNOWN_EMPLOYER);
        }
        return OrganisationNumber.normalise(value);
    }

    private static String nationalId(Map<String, Object> claims) {
        return NationalId.parse(text(claims.get("pid")))
                .map(NationalId::digits)
                .orElseThrow(() -> new LoginRefusedException(LoginRefusal.UNKNOWN_CANDIDATE));
    }

    private static String displayName(Map<String, Object> claims, String username) {
        String name = text(claims.get("name"));
        if (name == null) {
            String given = text(claims.get("given_name"));
            String family = text(claims.get("family_name"));
            name = given == null && family == null ? username
                    : ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        }
        return name.length() > MAX_DISPLAY_NAME ? name.substring(0, MAX_DISPLAY_NAME) : name;
    }

    private static String text(Object value) {
        if (value instanceof Collection<?> list && list.size() == 1) {
            value = list.iterator().next();
        }
        return value instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    private static List<String> values(Object value) {
        List<String> values = new ArrayList<>();
        if (value instanceof String s) {
            values.add(s);
        } else if (value instanceof Collection<?> list) {
            list.forEach(item -> {
                if (item instanceof String s) {
                    values.add(s);
                }
            });
        }
        return values;
    }
}
