package no.treklover.employer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.treklover.access.CurrentUser;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.web.ETags;
import no.treklover.platform.web.PageBounds;
import org.jspecify.annotations.NonNull;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
@RequestMapping("/api/v1/employers")
@Tag(name = "Arbeidsgivere", description = "The employer register shared across NAV units")
class EmployerApiController {

    private final EmployerService employers;

    EmployerApiController(EmployerService employers) {
        this.employers = employers;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an employer by organisation number (409 if it exists)")
    ResponseEntity<EmployerResponse> register(@AuthenticationPrincipal CurrentUser user,
            @Valid @RequestBody EmployerDetails request) {
        Employer employer = employers.register(user, request);
        EmployerProfileView view = employers.profile(user, employer.getId());
        return ResponseEntity.created(URI.create("/api/v1/employers/" + employer.getId()))
                .eTag(ETags.of(employer.getVersion()))
                .body(EmployerResponse.of(view));
    }

    @GetMapping
    @Operation(summary = "Search the register by name words or organisation number, with filters, sorting and "
            + "paging; the total stops at 10 000 (totalIsLowerBound)")
    EmployerListResponse search(@AuthenticationPrincipal CurrentUser user,
            @Parameter(description = "Words of the name (each starts a word, any case and accents) or an "
                    + "organisation number or its first digits") @RequestParam(defaultValue = "") String search,
            @Parameter(description = "NACE section (A–U)") @RequestParam(required = false) EmployerFilter.NaceSection industry,
            @Parameter(description = "Municipality number, 4 digits") @RequestParam(required = false) String municipality,
            @Parameter(description = "County number, 2 digits") @RequestParam(required = false) String county,
            @RequestParam(required = false) EmployerFilter.SizeBand sizeBand,
            @RequestParam(defaultValue = "false") boolean iaAgreement,
            @RequestParam(defaultValue = "false") boolean mentorsAvailable,
            @Parameter(description = "Only employers where I am the primary or backup NAV contact")
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "false") boolean includeDeleted,
            @RequestParam(required = false) EmployerFilter.Sort sort,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageBounds bounds = PageBounds.require(page, size, 50);
        if (search != null && search.length() > 100) {
            throw new RuleViolationException("search", "validation.tooLong", 100);
        }
        if (municipality != null && EmployerFilter.validMunicipality(municipality) == null) {
            throw new RuleViolationException("municipality", "employers.validation.municipality");
        }
        if (county != null && EmployerFilter.validCounty(county) == null) {
            throw new RuleViolationException("county", "employers.validation.county");
        }
        EmployerFilter filter = new EmployerFilter(search, industry, EmployerFilter.validMunicipality(municipality),
                EmployerFilter.validCounty(county), sizeBand, iaAgreement, mentorsAvailable, mine, includeDeleted,
                sort, bounds.page(), bounds.size());
        EmployerSearchResult result = employers.searchRegister(user, filter);
        return new EmployerListResponse(result.rows(), result.page(), result.size(), result.total(),
                result.totalIsLowerBound(), result.totalPages());
    }

    @GetMapping("/{id}")
    @Operation(summary = "An employer's profile: the register's fields, NAV's fields, NAV contacts, visit notes")
    ResponseEntity<EmployerResponse> get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        EmployerProfileView view = employers.profile(user, id);
        return ResponseEntity.ok().eTag(ETags.of(view.employer().getVersion())).body(EmployerResponse.of(view));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change NAV's fields of an employer (inclusion profile, contact persons, NAV contacts); "
            + "requires If-Match with the version's ETag")
    ResponseEntity<EmployerResponse> update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody EmployerProfile request) {
        employers.updateProfile(user, id, ETags.expectedVersion(ifMatch), request);
        EmployerProfileView view = employers.profile(user, id);
        return ResponseEntity.ok().eTag(ETags.of(view.employer().getVersion())).body(EmployerResponse.of(view));
    }

    @PostMapping("/{id}/visit-notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a note from a company visit (bedriftsdag), dated, with the caller as author")
    ResponseEntity<EmployerResponse> addVisitNote(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @RequestBody VisitNoteRequest request) {
        employers.addVisitNote(user, id, request.visitedOn(), request.note());
        EmployerProfileView view = employers.profile(user, id);
        return ResponseEntity.created(URI.create("/api/v1/employers/" + id))
                .eTag(ETags.of(view.employer().getVersion())).body(EmployerResponse.of(view));
    }

    @GetMapping("/own")
    @Operation(summary = "The employer's own page (role arbeidsgiver): its register data, contact persons and its "
            + "primary and backup NAV contact with direct phone and e-mail")
    EmployerResponse own(@AuthenticationPrincipal CurrentUser user) {
        return EmployerResponse.of(employers.ownProfile(user));
    }

    record VisitNoteRequest(LocalDate visitedOn, String note) {
    }

    record EmployerListResponse(@NonNull List<EmployerSearchResult.EmployerRow> items, int page, int size,
            long totalItems, boolean totalIsLowerBound, int totalPages) {
    }

    /** An employer as the API shows it; {@code visitNotes} is left out (null) for those who may not see them. */
    record EmployerResponse(long id, long version, @NonNull String orgNumber, @NonNull String name, String industry,
            String municipality, String orgFormCode, String orgFormText, String naceCode, String naceText,
            Integer employeeCount, boolean employeesUnderFive, String businessAddress, String businessPostalCode,
            String businessPostalPlace, String businessMunicipalityNumber, String businessMunicipality,
            String postalAddress, String postalPostalCode, String postalPostalPlace, boolean bankrupt,
            boolean beingWoundUp, boolean beingForciblyWoundUp, LocalDate registeredOn, LocalDate registerDeletedOn,
            Instant missingFromRegisterSince, boolean iaAgreement, String inclusionExperience,
            Integer mentorsAvailable, Integer candidateCapacity, String suitableTasks,
            EmployerProfileView.NavContact primaryContact, EmployerProfileView.NavContact backupContact,
            @NonNull List<EmployerProfileView.ContactPersonView> contactPersons,
            List<EmployerProfileView.VisitNote> visitNotes, @NonNull List<EmployerProfileView.SubUnit> subUnits,
            long subUnitCount) {

        static EmployerResponse of(EmployerProfileView view) {
            Employer e = view.employer();
            boolean nav = view.showsVisitNotes();
            return new EmployerResponse(e.getId(), e.getVersion(), e.getOrgNumber(), e.getName(), e.getIndustry(),
                    e.getMunicipality(), e.getOrgFormCode(), e.getOrgFormText(), e.getNaceCode(), e.getNaceText(),
                    e.getEmployeeCount(), e.isEmployeesUnderFive(), e.getBusinessAddress(), e.getBusinessPostalCode(),
                    e.getBusinessPostalPlace(), e.getBusinessMunicipalityNumber(), e.getBusinessMunicipality(),
                    e.getPostalAddress(), e.getPostalPostalCode(), e.getPostalPostalPlace(), e.isBankrupt(),
                    e.isBeingWoundUp(), e.isBeingForciblyWoundUp(), e.getRegisteredOn(), e.getRegisterDeletedOn(),
                    e.getMissingFromRegisterSince(), e.isIaAgreement(),
                    nav ? e.getInclusionExperience() : null, e.getMentorsAvailable(), e.getCandidateCapacity(),
                    e.getSuitableTasks(), view.primaryContact(), view.backupContact(), view.contactPersons(),
                    view.visitNotes(), view.subUnits(), view.subUnitCount());
        }
    }
}
