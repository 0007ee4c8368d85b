package no.treklover.agreement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.treklover.access.AccessPolicy.AgreementAccess;
import no.treklover.access.CurrentUser;
import no.treklover.platform.text.NorwegianFormat;
import org.springframework.stereotype.Component;

/**
 * The grant periods of an agreement for other features' pages, rendered by {@code grantperiod/sections ::
 * agreementPeriods(...)}: {@code ${@grantPeriodSections.forAgreement(agreementId, currentUser)}}. Hidden for those who
 * may not see pay (the candidate, the mentor); reading it is audit-logged.
 */
@Component("grantPeriodSections")
public class GrantPeriodSections {


    private final GrantPeriodService service;
    private final GrantPeriodViews views;

    GrantPeriodSections(GrantPeriodService service, GrantPeriodViews views) {
        this.service = service;
        this.views = views;
    }

    public record Line(long id, int sequenceNumber, LocalDate from, LocalDate to, BigDecimal amount,
            GrantPeriodStatus status, String statusText, String decidedOn, long version, boolean resubmittable) {
    }

    public record Rejection(int sequenceNumber, LocalDate from, LocalDate to, List<String> reasons,
            String explanation, String rejectedOn) {
    }

    /**
     * @param manage the counsellor's office: may resend rejected periods and revoke the approvals
     * @param revocable there are approvals to revoke ("opphev godkjenninger") and the agreement is not concluded
     */
    public record Section(boolean visible, long agreementId, long processId, long agreementVersion, boolean manage,
            boolean revocable, List<Line> lines, Rejection latestRejection) {

        static Section hidden() {
            return new Section(false, 0, 0, 0, false, false, List.of(), null);
        }
    }

    public Section forAgreement(Long agreementId, CurrentUser user) {
        if (agreementId == null || user == null || !service.maySee(user, agreementId)) {
            return Section.hidden();
        }
        GrantPeriodService.AgreementPeriods loaded = service.list(user, agreementId);
        MentorAgreement agreement = loaded.agreement();
        boolean manage = loaded.access() == AgreementAccess.MANAGE;
        boolean concluded = agreement.approvals().concluded();
        List<Line> lines = loaded.periods().stream()
                .map(p -> new Line(p.getId(), p.getSequenceNumber(), p.getFromDate(), p.getToDate(), p.getAmount(),
                        p.getStatus(), views.text("grantPeriod.status." + p.getStatus().name()),
                        day(p.getDecidedAt()), p.getVersion(), manage && !agreement.isAnnulled()
                        && GrantPeriodRules.refuseResubmission(
                                p.getStatus(), concluded) == null))
                .toList();
        GrantPeriodEntry latest = loaded.latestRejection();
        Rejection rejection = latest == null || !views.seesRejection(user, loaded.access()) ? null
                : new Rejection(latest.getSequenceNumber(), latest.getFromDate(), latest.getToDate(),
                        latest.getRejectionReasons().stream()
                                .map(r -> views.text("grantPeriod.reason." + r.name())).toList(),
                        latest.getRejectionExplanation(), day(latest.getRejectedAt()));
        boolean revocable = manage && !agreement.isAnnulled()
                && GrantPeriodRules.revokeAllApprovals(agreement.approvals()).isAllowed();
        return new Section(true, agreement.getId(), agreement.getProcessId(), agreement.getVersion(), manage,
                revocable, lines, rejection);
    }

    /** A moment as an Oslo date, dd.MM.yyyy; empty for none. */
    public String day(Instant at) {
        return NorwegianFormat.date(at);
    }

    /** A date as dd.MM.yyyy. */
    public String date(LocalDate date) {
        return NorwegianFormat.date(date);
    }
}
