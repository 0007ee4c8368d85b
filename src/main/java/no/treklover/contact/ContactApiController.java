package no.treklover.contact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.treklover.access.CurrentUser;
import no.treklover.contact.CollaborationIndicators.CounterpartQuality;
import no.treklover.contact.CollaborationIndicators.Result;
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
@Tag(name = "Kontaktlogg", description = "The counsellor's contacts with candidate, mentor and employer, and the "
        + "collaboration-quality indicators computed from them")
class ContactApiController {

    private final ContactService contacts;
    private final CollaborationQuality quality;

    ContactApiController(ContactService contacts, CollaborationQuality quality) {
        this.contacts = contacts;
        this.quality = quality;
    }

    record ContactResponse(long id, long processId, Counterpart counterpart, ContactForm form, Initiator initiator,
            Instant occurredAt, Integer durationMinutes, String note, long authorId, long version) {

        static ContactResponse of(ContactEntry e) {
            return new ContactResponse(e.getId(), e.getProcessId(), e.getCounterpart(), e.getForm(), e.getInitiator(),
                    e.getOccurredAt(), e.getDurationMinutes(), e.getNote(), e.getAuthorId(), e.getVersion());
        }
    }

    record CounterpartResponse(Counterpart counterpart, FrequencyBand frequency, int contactsInWindow,
            int contactsInProcess, BigDecimal contactsPer4Weeks, int minutesPer4Weeks, int contactsWithoutDuration,
            Integer inPersonPercent, Map<ContactForm, Integer> forms, ContactSpread spread) {

        static CounterpartResponse of(CounterpartQuality q) {
            return new CounterpartResponse(q.counterpart(), q.band(), q.contactsInWindow(), q.contactsInProcess(),
                    q.contactsPer4Weeks(), q.minutesPer4Weeks(), q.contactsWithoutDuration(), q.inPersonPercent(),
                    q.formMix(), q.spread());
        }
    }

    record QualityResponse(long processId, LocalDate windowStart, LocalDate windowEnd, int windowDays,
            List<CounterpartResponse> counterparts) {
    }

    @PostMapping("/processes/{id}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Log a contact (occurredAt in Oslo time, default now)")
    ResponseEntity<ContactResponse> log(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @RequestBody ContactDetails request) {
        ContactEntry entry = contacts.log(user, id, request);
        return ResponseEntity.created(URI.create("/api/v1/contacts/" + entry.getId()))
                .eTag(ETags.of(entry.getVersion()))
                .body(ContactResponse.of(entry));
    }

    @GetMapping("/processes/{id}/contacts")
    @Operation(summary = "The process's contact log, newest first")
    List<ContactResponse> list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return contacts.list(user, id).stream().map(ContactResponse::of).toList();
    }

    @GetMapping("/contacts/{id}")
    @Operation(summary = "One contact")
    ResponseEntity<ContactResponse> get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        ContactEntry entry = contacts.get(user, id);
        return ResponseEntity.ok().eTag(ETags.of(entry.getVersion())).body(ContactResponse.of(entry));
    }

    @PutMapping("/contacts/{id}")
    @Operation(summary = "Change one's own contact; requires If-Match")
    ResponseEntity<ContactResponse> update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ContactDetails request) {
        ContactEntry entry = contacts.update(user, id, ETags.expectedVersion(ifMatch), request);
        return ResponseEntity.ok().eTag(ETags.of(entry.getVersion())).body(ContactResponse.of(entry));
    }

    @DeleteMapping("/contacts/{id}")
    @Operation(summary = "Remove one's own contact; requires If-Match")
    ResponseEntity<Void> delete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        contacts.delete(user, id, ETags.expectedVersion(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/processes/{id}/collaboration-quality")
    @Operation(summary = "Contact frequency band, intensity and mix of forms per counterpart (last 12 weeks)")
    QualityResponse quality(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        Result result = quality.forProcess(user, id);
        return new QualityResponse(id, result.windowStart(), result.windowEnd(), result.windowDays(),
                result.counterparts().stream().map(CounterpartResponse::of).toList());
    }
}
