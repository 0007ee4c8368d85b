package no.treklover.access;

import java.util.Locale;
import no.treklover.access.oidc.OidcProperties;
import no.treklover.access.throttling.LoginThrottleProperties;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** What the login page needs beyond the form: the OIDC login link when configured, and why a login was refused. */
@ControllerAdvice(assignableTypes = LoginController.class)
class LoginPageAdvice {

    private final OidcProperties oidc;
    private final LoginThrottleProperties throttle;
    private final MessageSource messages;

    LoginPageAdvice(OidcProperties oidc, LoginThrottleProperties throttle, MessageSource messages) {
        this.oidc = oidc;
        this.throttle = throttle;
        this.messages = messages;
    }

    @ModelAttribute("oidcLoginPath")
    String oidcLoginPath() {
        return oidc.enabled() ? OidcProperties.LOGIN_PATH : null;
    }

    @ModelAttribute("loginRefusal")
    String loginRefusal(@RequestParam(name = "refused", required = false) String code) {
        return LoginRefusal.fromCode(code)
                .map(refusal -> messages.getMessage(refusal.messageKey(),
                        new Object[] {throttle.lockDuration().toMinutes()}, Locale.forLanguageTag("nb-NO")))
                .orElse(null);
    }
}
