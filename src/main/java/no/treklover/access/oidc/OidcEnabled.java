package no.treklover.access.oidc;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when an issuer is configured; an empty TREKLOVER_OIDC_ISSUER_URI counts as none. */
class OidcEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return StringUtils.hasText(context.getEnvironment().getProperty("treklover.oidc.issuer-uri"));
    }
}
