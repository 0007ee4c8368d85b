package no.treklover.agreement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import no.treklover.access.CurrentUser;
import no.treklover.platform.web.ETags;
import no.treklover.platform.web.PageBounds;
import no.treklover.platform.web.PageResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Tilskuddsperioder", description = "Grant periods of mentor agreements and the beslutter's decisions")
class GrantPeriodApiController {

    private final GrantPeriodService service;
    private final GrantPeriodQueue queue;
    private final GrantPeriodViews views;

    GrantPeriodApiController(GrantPeriodService service, GrantPeriodQueue queue, GrantPeriodViews views) {
        this.service = service;
        this.queue = queue;
        this.views = views;
    }

    record RejectionRequest(Set<GrantPeriodRejectionReason> reasons, String explanation) {
    }

    @GetMapping("/agreements/{id}/grant-periods")
    @Operation(summary = "The agreement's grant periods, oldest first, superseded ones included (status ANNULLERT); "
            + "for the counsellor's office, the employer and the office's beslutter, never the candidate or mentor")
    List<GrantPeriodResponse> list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        GrantPeriodService.AgreementPeriods loaded = service.list(user, id);
        boolean withRejection = views.seesRejection(user, loaded.access());
        return loaded.periods().stream().map(p -> views.response(p, withRejection)).toList();
    }

    @GetMapping("/grant-periods")
    @Operation(summary = "The beslutter's queue: periods of the agreements at their office(s) with the status asked "
            + "for (default UBEHANDLET), oldest period first, paged; for UBEHANDLET, `when` NOW gives the periods she "
            + "can decide today, LATER those she can decide from the first day of their month")
    PageResponse<GrantPeriodQueue.QueueRow> queue(@AuthenticationPrincipal CurrentUser user,
            @Parameter(description = "UBEHANDLET (default), GODKJENT, AVSLATT, ANNULLERT")
            @RequestParam(required = false) GrantPeriodStatus status,
            @Parameter(description = "one of the beslutter's offices; default all of them")
            @RequestParam(required = false) String office,
            @Parameter(description = "NOW, LATER or ANY (default): which undecided periods")
            @RequestParam(required = false) GrantPeriodQueue.When when,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageBounds bounds = PageBounds.require(page, size, GrantPeriodQueue.DEFAULT_SIZE);
        return PageResponse.of(queue.find(user, new GrantPeriodQueue.Filter(status, office, bounds.page(),
                bounds.size(), when), service.today()), r -> r);
    }

    @PostMapping("/grant-periods/{id}/approval")
    @Operation(summary = "The beslutter approves the period (never the counsellor who approved the agreement); the "
            + "first period concludes the agreement, later ones from the first day of their month; requires If-Match "
            + "with the period's version")
    ResponseEntity<GrantPeriodResponse> approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        GrantPeriodService.LoadedPeriod done = service.approve(user, id, version(ifMatch));
        return respond(user, done);
    }

    @PostMapping("/grant-periods/{id}/rejection")
    @Operation(summary = "The beslutter rejects the period with reasons (FEIL_I_FAKTAOPPLYSNINGER, "
            + "FEIL_I_REGELFORSTAELSE, FEIL_I_BEREGNING, ANNET) and an explanation; the first period withdraws the "
            + "counsellor's approval, a later one goes back to the counsellor; requires If-Match")
    ResponseEntity<GrantPeriodResponse> reject(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) RejectionRequest request) {
        RejectionRequest body = request != null ? request : new RejectionRequest(null, null);
        Set<GrantPeriodRejectionReason> reasons = body.reasons() == null ? null : body.reasons().stream()
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toCollection(
                        () -> java.util.EnumSet.noneOf(GrantPeriodRejectionReason.class)));
        GrantPeriodService.LoadedPeriod done = service.reject(user, id, version(ifMatch), reasons,
                body.explanation());
        return respond(user, done);
    }

    @PostMapping("/grant-periods/{id}/resubmission")
    @Operation(summary = "The counsellor resends a rejected later period after correcting it; requires If-Match")
    ResponseEntity<GrantPeriodResponse> resubmit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return respond(user, service.resubmit(user, id, version(ifMatch)));
    }

    @PostMapping("/agreements/{id}/approval-revocation")
    @Operation(summary = "Opphev godkjenninger: the counsellor withdraws every approval of an agreement not yet "
            + "concluded, so the content can be corrected; the parties then approve again; requires If-Match with "
            + "the agreement's version; answers 204 with the agreement's new ETag")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = service.revokeApprovals(user, id, version(ifMatch));
        return ResponseEntity.noContent().eTag(ETags.of(version)).build();
    }

    private ResponseEntity<GrantPeriodResponse> respond(CurrentUser user, GrantPeriodService.LoadedPeriod done) {
        GrantPeriodResponse body = views.response(done.period(), views.seesRejection(user, done.access()));
        return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
    }

    /** The If-Match version, or null when missing: the service refuses that (428) after checking access. */
    private static Long version(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : ETags.expectedVersion(ifMatch);
    }
}
