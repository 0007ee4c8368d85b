package no.treklover.access.oidc;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Spring Security ends an OpenID Connect login with an OAuth2AuthenticationToken, whose principal must be an
 * OAuth2User. Our controllers take {@code @AuthenticationPrincipal CurrentUser}, so the session gets the
 * provisioned {@link OidcSessionAuthentication} instead (with the ID token, for logging out at the identity
 * provider) before the user is sent on.
 */
class OidcLoginSuccessHandler implements AuthenticationSuccessHandler {

    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository;
    private final AuthenticationSuccessHandler next;

    OidcLoginSuccessHandler(SecurityContextRepository repository, AuthenticationSuccessHandler next) {
        this.repository = repository;
        this.next = next;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        if (!(authentication.getPrincipal() instanceof ProvisionedOidcUser oidcUser)) {
            throw new IllegalStateException("OpenID Connect login without a provisioned user");
        }
        Authentication user = new OidcSessionAuthentication(oidcUser.currentUser(), oidcUser.getIdToken());
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(user);
        contexts.setContext(context);
        repository.saveContext(context, request, response);
        next.onAuthenticationSuccess(request, response, user);
    }
}
