package no.treklover.agreement;

import java.util.Locale;
import no.treklover.access.AccessPolicy;
import no.treklover.access.AccessPolicy.AgreementAccess;
import no.treklover.access.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Grant periods as the API and the pages show them, in Norwegian. */
@Component
class GrantPeriodViews {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    private final MessageSource messages;
    private final AccessPolicy policy;

    GrantPeriodViews(MessageSource messages, AccessPolicy policy) {
        this.messages = messages;
        this.policy = policy;
    }

    /** NAV (the counsellor's office and the beslutter) sees why a period was rejected; the employer does not. */
    boolean seesRejection(CurrentUser user, AgreementAccess access) {
        return access == AgreementAccess.MANAGE || policy.decidesGrantPeriods(user);
    }

    GrantPeriodResponse response(GrantPeriodEntry p, boolean withRejection) {
        GrantPeriodResponse.Rejection rejection = withRejection && p.getRejectedAt() != null
                ? new GrantPeriodResponse.Rejection(p.getRejectionReasons(),
                        p.getRejectionReasons().stream().map(r -> text("grantPeriod.reason." + r.name())).toList(),
                        p.getRejectionExplanation(), p.getRejectedBy(), p.getRejectedAt())
                : null;
        return new GrantPeriodResponse(p.getId(), p.getAgreementId(), p.getSequenceNumber(), p.getFromDate(),
                p.getToDate(), p.getAmount(), p.getMonthlyAmount(), p.getStatus(),
                text("grantPeriod.status." + p.getStatus().name()), p.getDecidedBy(), p.getDecidedAt(),
                GrantPeriodRules.decidableFrom(p.getFromDate()), p.getStatus() == GrantPeriodStatus.UBEHANDLET
                        ? p.waitingSince() : null,
                rejection, p.getVersion());
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, NORWEGIAN);
    }
}
