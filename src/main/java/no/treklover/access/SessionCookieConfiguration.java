package no.treklover.access;

import no.treklover.demo.DemoMode;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The session cookie is Secure outside the demo run unless server.servlet.session.cookie.secure says otherwise.
 * The demo run on http://localhost leaves it to the request (Secure over HTTPS), or the browser would drop it.
 * HttpOnly and SameSite=Lax come from application.yml; Lax, not Strict, so the return from the identity
 * provider (a cross-site navigation) still carries the session that holds the login's state.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfiguration {

    static final String SECURE_PROPERTY = "server.servlet.session.cookie.secure";

    @Bean
    DefaultCookieSerializerCustomizer secureSessionCookieOutsideDemo(DemoMode demoMode, Environment environment) {
        return serializer -> {
            if (environment.getProperty(SECURE_PROPERTY, Boolean.class) == null && !demoMode.isActive()) {
                serializer.setUseSecureCookie(true);
            }
        };
    }
}
