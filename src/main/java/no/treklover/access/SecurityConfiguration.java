package no.treklover.access;

import no.treklover.demo.DemoMode;
import no.treklover.platform.web.ProblemResponses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who must log in where. What a logged-in user may see or change is decided by {@link AccessPolicy},
 * not here.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

    /** Cost 10 by default; tests lower it, since every HTTP Basic request verifies the password again. */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${treklover.security.bcrypt-strength:10}") int strength) {
        return new BCryptPasswordEncoder(strength);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, DemoMode demoMode, ProblemResponses problems)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/vendor/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                // Cross-site request forgery needs a browser session cookie. Requests that carry their own
                // credentials (Basic, bearer tokens) and cookie-less API calls are not exposed to it; the
                // latter then get a plain 401 instead of a CSRF refusal.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null,
                        request -> API.matches(request) && request.getCookies() == null))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(
                                (request, response, e) -> problems.write(request, response, HttpStatus.UNAUTHORIZED,
                                        "problem.unauthorized"), API)
                        .defaultAccessDeniedHandlerFor(
                                (request, response, e) -> problems.write(request, response, HttpStatus.FORBIDDEN,
                                        "problem.forbidden"), API))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                        + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
                        .frameOptions(frame -> frame.deny()));
        if (demoMode.isActive()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(
                    (request, response, e) -> problems.write(request, response, HttpStatus.UNAUTHORIZED,
                            "problem.unauthorized")));
        }
        return http.build();
    }
}
