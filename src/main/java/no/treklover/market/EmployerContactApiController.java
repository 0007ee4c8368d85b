package no.treklover.market;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.treklover.access.CurrentUser;
import no.treklover.platform.web.ETags;
import no.treklover.platform.web.PageBounds;
import no.treklover.platform.web.PageResponse;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Arbeidsgiverkontakter", description = "The contact log across NAV units, per employer: contacts, "
        + "planned contacts, the warning before contacting an employer someone else contacted recently, contacts due")
class EmployerContactApiController {

    private final EmployerContactService contacts;

    EmployerContactApiController(EmployerContactService contacts) {
        this.contacts = contacts;
    }

    /** An entry as the API shows it; {@code contactedAt} is null for a planned contact. */
    record EmployerContactResponse(long id, long employerId, String employerName, EmployerContactKind kind,
            Instant contactedAt, LocalDate nextContactOn, boolean followUpOpen, EmployerContactForm form,
            EmployerContactPurpose purpose, long navUserId, String navUserName, String navUnitId, String navUnitName,
            NavUnitKind navUnitKind, Long contactPersonId, String contactPersonName, String contactPersonRole,
            String contactPersonPhone, String note, long version) {

        static EmployerContactResponse of(ContactLine line) {
            EmployerContact c = line.contact();
            return new EmployerContactResponse(c.getId(), c.getEmployerId(), line.employerName(), c.kind(),
                    c.getContactedAt(), c.getNextContactOn(), c.isFollowUpOpen(), c.getForm(), c.getPurpose(),
                    c.getNavUserId(), line.navUserName(), c.getNavUnitId(), line.navUnitName(), c.getNavUnitKind(),
                    c.getContactPersonId(), c.getContactPersonName(), c.getContactPersonRole(),
                    c.getContactPersonPhone(), c.getNote(), c.getVersion());
        }

        static EmployerContactResponse of(EmployerContact c) {
            return of(new ContactLine(c, null, null, null));
        }
    }

    /** Another NAV person's contact with the employer (or plan to contact it) within the warning's window. */
    record ContactWarningResponse(long contactId, String navUserName, String navUnitName, NavUnitKind navUnitKind,
            Instant contactedAt, LocalDate plannedFor, EmployerContactPurpose purpose, EmployerContactForm form) {

        static ContactWarningResponse of(ContactLine line) {
            EmployerContact c = line.contact();
            return new ContactWarningResponse(c.getId(), line.navUserName(), line.navUnitName(), c.getNavUnitKind(),
                    c.getContactedAt(), c.isFollowUpOpen() ? c.getNextContactOn() : null, c.getPurpose(), c.getForm());
        }

        static List<ContactWarningResponse> of(List<ContactLine> lines) {
            return lines.stream().map(ContactWarningResponse::of).toList();
        }
    }

    record LoggedResponse(EmployerContactResponse contact, List<ContactWarningResponse> warnings) {
    }

    record DueResponse(String week, LocalDate from, LocalDate to, List<EmployerContactResponse> mine,
            List<EmployerContactResponse> unit) {
    }

    @PostMapping("/employers/{id}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Log a contact (kind CONTACT, contactedAt in Oslo time, default now) or plan one (kind PLAN, "
            + "nextContactOn the day); the answer names the warnings that stood: others' contacts within the window")
    ResponseEntity<LoggedResponse> log(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @RequestBody EmployerContactDetails request) {
        EmployerContactService.Logged logged = contacts.log(user, id, request);
        EmployerContact contact = logged.contact();
        return ResponseEntity.created(URI.create("/api/v1/employer-contacts/" + contact.getId()))
                .eTag(ETags.of(contact.getVersion()))
                .body(new LoggedResponse(EmployerContactResponse.of(contact),
                        ContactWarningResponse.of(logged.warnings())));
    }

    @GetMapping("/employers/{id}/contacts")
    @Operation(summary = "The employer's contact log across NAV units: planned contacts first, then newest first")
    PageResponse<EmployerContactResponse> list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageBounds bounds = PageBounds.require(page, size, 50);
        EmployerContactService.LogPage log = contacts.log(user, id, bounds.page(), bounds.size());
        return new PageResponse<>(log.lines().stream().map(EmployerContactResponse::of).toList(), log.page(),
                log.size(), log.total(), log.totalPages());
    }

    @GetMapping("/employers/{id}/contact-warnings")
    @Operation(summary = "Before contacting the employer: other NAV persons' contacts with it in the last "
            + "treklover.market.contact-warning-days days (default 14), and their open plans as near")
    List<ContactWarningResponse> warnings(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return ContactWarningResponse.of(contacts.warnings(user, id));
    }

    @GetMapping("/employer-contacts/due")
    @Operation(summary = "Contacts due in an ISO week (e.g. 2026-W50, Monday to Sunday; default this week): "
            + "the user's own, then the rest of the user's unit's")
    DueResponse due(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String week) {
        EmployerContactService.Due due = contacts.due(user, week);
        return new DueResponse(due.week().iso(), due.week().monday(), due.week().sunday(),
                due.mine().stream().map(EmployerContactResponse::of).toList(),
                due.unit().stream().map(EmployerContactResponse::of).toList());
    }

    @GetMapping("/employer-contacts/{id}")
    @Operation(summary = "One entry of an employer's contact log")
    ResponseEntity<EmployerContactResponse> get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        ContactLine line = contacts.get(user, id);
        return ResponseEntity.ok().eTag(ETags.of(line.contact().getVersion())).body(EmployerContactResponse.of(line));
    }

    @PutMapping("/employer-contacts/{id}")
    @Operation(summary = "Change one's own entry (a plan becomes a contact with kind CONTACT); requires If-Match")
    ResponseEntity<EmployerContactResponse> update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody EmployerContactDetails request) {
        EmployerContact contact = contacts.update(user, id, ETags.expectedVersion(ifMatch), request);
        return ResponseEntity.ok().eTag(ETags.of(contact.getVersion())).body(EmployerContactResponse.of(contact));
    }

    @DeleteMapping("/employer-contacts/{id}")
    @Operation(summary = "Remove one's own entry; requires If-Match")
    ResponseEntity<Void> delete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        contacts.delete(user, id, ETags.expectedVersion(ifMatch));
        return ResponseEntity.noContent().build();
    }
}
