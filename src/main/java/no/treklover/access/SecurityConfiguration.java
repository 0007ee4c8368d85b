package no.treklover.access;

import jakarta.servlet.http.HttpServletRequest;
import no.treklover.access.oidc.OidcSecurity;
import no.treklover.access.throttling.LoginThrottle;
import no.treklover.access.throttling.ThrottlingAuthenticationProvider;
import no.treklover.demo.DemoMode;
import no.treklover.platform.web.ProblemResponses;
import no.treklover.platform.web.StaticResources;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who must log in where, and how: the login form for local accounts, OpenID Connect and bearer tokens when an
 * issuer is configured, HTTP Basic only in the demo run. What a logged-in user may see or change is decided by
 * {@link AccessPolicy}, not here.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
    private static final long ONE_YEAR_IN_SECONDS = 365L * 24 * 60 * 60;

    /** Cost 10 by default; tests lower it, since every HTTP Basic request verifies the password again. */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${treklover.security.bcrypt-strength:10}") int strength) {
        return new BCryptPasswordEncoder(strength);
    }

    /** The only authentication provider bean, so Spring Security puts no unthrottled password check beside it. */
    @Bean
    AuthenticationProvider passwordLogins(AccountUserDetailsService accounts, PasswordEncoder passwordEncoder,
            LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottlingAuthenticationProvider(passwords, throttle);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, DemoMode demoMode, ProblemResponses problems,
            AuthenticationProblems authenticationProblems, ObjectProvider<OidcSecurity> oidc, JdbcClient jdbc)
            throws Exception {
        OidcSecurity oidcSecurity = oidc.getIfAvailable();
        SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error").permitAll()
                        .requestMatchers(StaticResources::isStaticFile).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // personal calendar feeds: the secret token in the path is the credential (meeting feature)
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/calendar/feed/*").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml").permitAll()
                        // personal survey links: the secret token in the path is the credential (survey feature)
                        .requestMatchers("/s/*").permitAll()
                        .anyRequest().authenticated())
                .securityContext(context -> context.securityContextRepository(contexts))
                // a session whose account was disabled or changed since login ends at its next request
                .addFilterAfter(new StaleSessionFilter(jdbc), SecurityContextHolderFilter.class)
                // after the login, to the page asked for (a link in an e-mail), only ever within the app
                .formLogin(form -> form.loginPage("/login").successHandler(new ReturnToRequestedPage())
                        .failureHandler(LoginFailureHandler.passwords()).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                // Cross-site request forgery needs a browser session cookie. Requests that carry their own
                // credentials and cookie-less API calls are not exposed to it; the latter then get a plain 401
                // instead of a CSRF refusal.
                .csrf(csrf -> csrf.ignoringRequestMatchers(carriesOwnCredentials(demoMode, oidcSecurity != null),
                        request -> API.matches(request) && request.getCookies() == null))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(authenticationProblems, API)
                        .defaultAccessDeniedHandlerFor(
                                (request, response, e) -> problems.write(request, response, HttpStatus.FORBIDDEN,
                                        "problem.forbidden"), API))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                        + "object-src 'none'; frame-ancestors 'none'; form-action 'self'; "
                                        + "base-uri 'self'"))
                        .frameOptions(frame -> frame.deny())
                        // Sent over HTTPS only (behind a proxy: X-Forwarded-Proto from a trusted address).
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                                .maxAgeInSeconds(ONE_YEAR_IN_SECONDS))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .permissionsPolicyHeader(permissions -> permissions.policy(
                                "camera=(), microphone=(), geolocation=(), payment=(), usb=()")));
        if (demoMode.isActive()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(authenticationProblems));
        }
        if (oidcSecurity != null) {
            oidcSecurity.configure(http, contexts, new ReturnToRequestedPage(), LoginFailureHandler.oidc(),
                    authenticationProblems);
        }
        return http.build();
    }

    /** Only Authorization schemes this run accepts count, so a stray header cannot switch CSRF off. */
    private static RequestMatcher carriesOwnCredentials(DemoMode demoMode, boolean bearerTokens) {
        return (HttpServletRequest request) -> {
            String authorization = request.getHeader("Authorization");
            if (authorization == null) {
                return false;
            }
            return (demoMode.isActive() && authorization.regionMatches(true, 0, "Basic ", 0, 6))
                    || (bearerTokens && authorization.regionMatches(true, 0, "Bearer ", 0, 7));
        };
    }
}
