package no.treklover.agreement.version;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import no.treklover.access.CurrentUser;
import no.treklover.agreement.AgreementVersionService;
import no.treklover.platform.web.ETags;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/agreements/{id}")
@Tag(name = "Mentoravtaler: versjoner", description = "Versions of a concluded mentor agreement: the counsellor's "
        + "targeted changes (extend, shorten, mentor, calculation, contact details, follow-up), each a new version; "
        + "every version masked per party like the agreement, as JSON, field-level changes or PDF")
class AgreementVersionApiController {

    private final AgreementVersionService versions;
    private final AgreementVersionPdf pdf;

    AgreementVersionApiController(AgreementVersionService versions, AgreementVersionPdf pdf) {
        this.versions = versions;
        this.pdf = pdf;
    }

    @GetMapping("/versions")
    @Operation(summary = "The agreement's versions, oldest first: number, change type, reason, effective date, who "
            + "and when, and the agreement's status; ETag is the agreement's version for If-Match on a change")
    @ApiResponse(responseCode = "200", description = "The versions", useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, description = "The agreement's version, for If-Match"))
    ResponseEntity<Versions.Listing> list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        Versions.Listing listing = versions.list(user, id);
        return ResponseEntity.ok().eTag(ETags.of(listing.agreementVersion())).body(listing);
    }

    @GetMapping("/versions/{number}")
    @Operation(summary = "One version as the caller may see it: the candidate never sees pay, rates, account or "
            + "calculation; the mentor never the candidate's national id")
    Versions.View version(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable int number) {
        return versions.version(user, id, number);
    }

    @GetMapping("/versions/{number}/changes")
    @Operation(summary = "The fields that differ from version `from` (default: the one before) to this version, "
            + "among those the caller may see")
    Versions.VersionChanges changes(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable int number,
            @Parameter(description = "the version to compare with") @RequestParam(required = false) Integer from) {
        return versions.changes(user, id, from != null ? from : Math.max(1, number - 1), number);
    }

    @GetMapping("/versions/{number}.pdf")
    @Operation(summary = "One version as a printable PDF, masked like the JSON: the agreement as signed, the "
            + "calculation (not for the candidate), the approvals with names and times, and the version's change")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable int number) {
        byte[] body = pdf.render(versions.version(user, id, number));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("mentoravtale-" + id + "-versjon-" + number + ".pdf").build().toString())
                .body(body);
    }

    @PostMapping("/changes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A targeted change of a concluded agreement by its counsellor, giving a new version: "
            + "`{\"type\": \"FORLENGE|FORKORTE|ENDRE_MENTOR|ENDRE_BEREGNING|ENDRE_KONTAKTINFO|ENDRE_OPPFOLGING\", …}` "
            + "with the type's fields (FORLENGE: endDate; FORKORTE: endDate, reason, reasonText with ANNET; "
            + "ENDRE_MENTOR: mentorFirstName, mentorLastName, mentorPhone, mentorEmail, tasks; ENDRE_BEREGNING: "
            + "payType, payAmount, positionPercent, hoursPerMonth, holidayPayRate, otpRate, agaRate, effectiveFrom; "
            + "ENDRE_KONTAKTINFO: candidateContact, employerContact, counsellorContact; ENDRE_OPPFOLGING: followUp). "
            + "Requires If-Match with the agreement's version; 409 unless concluded and not annulled")
    ResponseEntity<Versions.View> change(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) ChangeRequest request) {
        int number = versions.change(user, id, ETags.expectedVersion(ifMatch), request);
        Versions.View view = versions.version(user, id, number);
        long agreementVersion = versions.list(user, id).agreementVersion();
        return ResponseEntity.created(URI.create("/api/v1/agreements/" + id + "/versions/" + number))
                .eTag(ETags.of(agreementVersion)).body(view);
    }
}
