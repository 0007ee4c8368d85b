package no.treklover.agreement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import no.treklover.access.CurrentUser;
import no.treklover.agreement.AgreementResponse.Summary;
import no.treklover.platform.web.ETags;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Mentoravtaler", description = "Mentor agreements: content, signing order, approvals, annulment")
class AgreementApiController {

    private final AgreementService agreements;
    private final AgreementSending sending;
    private final AgreementViews views;

    AgreementApiController(AgreementService agreements, AgreementSending sending, AgreementViews views) {
        this.agreements = agreements;
        this.sending = sending;
        this.views = views;
    }

    /**
     * @param notified how many users were told it is their turn
     * @param waitingFor whose turn it is now: MENTOR (to sign the declaration) or PARTIES (candidate and employer)
     */
    @org.jspecify.annotations.NullMarked
    record SendingResponse(int notified, String waitingFor) {
    }

    record ApprovalRequest(@NotNull(message = "{validation.required}") ApprovalRole as,
            OnBehalfReason onBehalfReason) {
    }

    record AnnulmentRequest(@NotNull(message = "{validation.required}") AnnulmentReason reason) {
    }

    @PostMapping("/processes/{id}/agreements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a mentor agreement (counsellor or the process's employer); the process needs its "
            + "employer and mentor (400), and at most one agreement is in progress per process: while one is neither "
            + "concluded nor annulled, 409 with `existing` naming it")
    ResponseEntity<AgreementResponse> create(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody(required = false) AgreementContent content) {
        long agreementId = agreements.create(user, id, content);
        AgreementResponse body = response(user, agreementId);
        return ResponseEntity.created(URI.create("/api/v1/agreements/" + agreementId))
                .eTag(ETags.of(body.version())).body(body);
    }

    @GetMapping("/processes/{id}/agreements")
    @Operation(summary = "The process's mentor agreements the caller may know of, with derived status")
    List<Summary> list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return agreements.list(user, id).stream().map(a -> views.summary(a, agreements.today())).toList();
    }

    @GetMapping("/agreements/{id}")
    @Operation(summary = "One agreement as the caller may see it: derived status, calculation, warnings, missing "
            + "fields; a mentor who has not signed the confidentiality declaration sees only the declaration")
    ResponseEntity<AgreementResponse> get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        AgreementResponse body = response(user, id);
        return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
    }

    @PutMapping("/agreements/{id}")
    @Operation(summary = "Change the content while nobody has approved; requires If-Match. A field the caller gets "
            + "in `maskedFields` (the adaptation text, for an employer without the candidate's consent) keeps its "
            + "stored value whatever is sent")
    ResponseEntity<AgreementResponse> update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody AgreementContent content) {
        agreements.update(user, id, ETags.expectedVersion(ifMatch), content);
        return get(user, id);
    }

    @PostMapping("/agreements/{id}/confidentiality")
    @Operation(summary = "The mentor signs the confidentiality declaration")
    ResponseEntity<AgreementResponse> signConfidentiality(@AuthenticationPrincipal CurrentUser user,
            @PathVariable long id) {
        agreements.signConfidentiality(user, id);
        return get(user, id);
    }

    @PostMapping("/agreements/{id}/approvals")
    @Operation(summary = "Approve as one's own party (CANDIDATE, EMPLOYER, COUNSELLOR, DECISION_MAKER) in the "
            + "signing order; requires If-Match")
    ResponseEntity<AgreementResponse> approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ApprovalRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        agreements.approve(user, id, expected, request.as(), request.onBehalfReason());
        return get(user, id);
    }

    @DeleteMapping("/agreements/{id}/approvals/{party}")
    @Operation(summary = "Withdraw one's own approval (CANDIDATE, EMPLOYER, COUNSELLOR) before conclusion; "
            + "requires If-Match")
    ResponseEntity<AgreementResponse> withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable SigningRules.Party party,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        agreements.withdraw(user, id, ETags.expectedVersion(ifMatch), party);
        return get(user, id);
    }

    @PostMapping("/agreements/{id}/sending")
    @Operation(summary = "\"Send til partene\" (counsellor): only when every required field is filled and no rule is "
            + "broken (400 listing each field otherwise); tells the mentor to sign the declaration, or, once signed, "
            + "the candidate and the employer to approve")
    SendingResponse send(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        AgreementSending.Sent sent = sending.sendToParties(user, id);
        return new SendingResponse(sent.notified(), sent.toMentor() ? "MENTOR" : "PARTIES");
    }

    @PostMapping("/agreements/{id}/annulment")
    @Operation(summary = "Annul with a reason (counsellor; UTLOPT is set only by the system); requires If-Match")
    ResponseEntity<AgreementResponse> annul(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody AnnulmentRequest request) {
        agreements.annul(user, id, ETags.expectedVersion(ifMatch), request.reason());
        return get(user, id);
    }

    private AgreementResponse response(CurrentUser user, long id) {
        return views.response(agreements.read(user, id), agreements.today());
    }
}
