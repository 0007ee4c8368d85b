package no.treklover.access;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a login may send the user afterwards: only a page of this app, as a path relative to it ({@code /meetings/12},
 * {@code /processes/5?tab=x}). Anything else — another site ({@code https://evil.example}), a protocol-relative
 * address ({@code //evil.example}, {@code /\evil.example}), control characters, a login, logout or error page, the
 * API or the identity provider's endpoints — is refused, so the login can never be used as an open redirect.
 */
final class LoginTarget {

    /** The login page's parameter naming the page asked for; kept in the session for the OIDC round trip. */
    static final String PARAMETER = "next";
    static final String SESSION_ATTRIBUTE = LoginTarget.class.getName();

    private static final int MAX_LENGTH = 2000;
    private static final List<String> NOT_TARGETS = List.of("/login", "/logout", "/error", "/api/", "/oauth2/",
            "/v3/", "/actuator", "/calendar/feed/");
    /** Spring Security's marker on a saved request's address; not part of the page. */
    private static final String SAVED_REQUEST_MARKER = "continue";

    private LoginTarget() {
    }

    /** The target when it is a safe relative path of this app, else empty. */
    static Optional<String> safe(String target) {
        if (target == null || target.isEmpty() || target.length() > MAX_LENGTH || target.charAt(0) != '/'
                || target.startsWith("//") || target.indexOf('\\') >= 0
                || target.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(target);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null
                || !uri.getRawPath().startsWith("/") || uri.getRawPath().contains("/../")
                || uri.getRawPath().endsWith("/..")) {
            return Optional.empty();
        }
        String path = uri.getRawPath();
        if (NOT_TARGETS.stream().anyMatch(p -> path.equals(p) || path.startsWith(p.endsWith("/") ? p : p + "/")
                || (p.endsWith("/") && path.equals(p.substring(0, p.length() - 1))))) {
            return Optional.empty();
        }
        return Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
    }

    /**
     * The page a saved request asked for, from its absolute address (built from the request, so its host is never
     * trusted): only path and query are kept, without Spring Security's marker, and checked like any target.
     */
    static Optional<String> fromSavedAddress(String address) {
        if (address == null) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String query = uri.getRawQuery() == null ? null : Arrays.stream(uri.getRawQuery().split("&"))
                .filter(p -> !p.equals(SAVED_REQUEST_MARKER) && !p.startsWith(SAVED_REQUEST_MARKER + "="))
                .collect(Collectors.joining("&"));
        String path = uri.getRawPath();
        return path == null ? Optional.empty()
                : safe(query == null || query.isEmpty() ? path : path + "?" + query);
    }
}
