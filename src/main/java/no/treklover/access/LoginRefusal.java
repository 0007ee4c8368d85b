package no.treklover.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a login was refused although the credentials may have been right. The code travels in the login
 * page's address ({@code /login?refused=code}), the Norwegian text comes from messages-security.properties.
 */
public enum LoginRefusal {
    THROTTLED("throttled", "login.refused.throttled"),
    NO_ROLE("no-role", "login.refused.noRole"),
    SEVERAL_ROLES("several-roles", "login.refused.severalRoles"),
    NO_USERNAME("no-username", "login.refused.noUsername"),
    UNKNOWN_OFFICE("unknown-office", "login.refused.unknownOffice"),
    UNKNOWN_EMPLOYER("unknown-employer", "login.refused.unknownEmployer"),
    UNKNOWN_CANDIDATE("unknown-candidate", "login.refused.unknownCandidate"),
    ACCOUNT_CONFLICT("account-conflict", "login.refused.accountConflict"),
    DISABLED("disabled", "login.refused.disabled"),
    OIDC_FAILED("oidc-failed", "login.refused.oidcFailed");

    private final String code;
    private final String messageKey;

    LoginRefusal(String code, String messageKey) {
        this.code = code;
        this.messageKey = messageKey;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public static Optional<LoginRefusal> fromCode(String code) {
        return Arrays.stream(values()).filter(refusal -> refusal.code.equals(code)).findFirst();
    }
}
