package no.treklover.employer.register;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import no.treklover.access.CurrentUser;
import no.treklover.platform.web.PageBounds;
import no.treklover.platform.web.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/employer-imports")
@Tag(name = "Import fra Enhetsregisteret", description = "Imports of Enhetsregisteret's bulk files into the employer register")
class EmployerImportApiController {

    private final EmployerImportService imports;

    EmployerImportApiController(EmployerImportService imports) {
        this.imports = imports;
    }

    /**
     * @param fileName a file in the server's import folder ({@code treklover.employer-import.directory})
     * @param kind UNITS (enheter) or SUB_UNITS (underenheter); left out: told by the file's content
     * @param full whether the file is the whole register: units it no longer has are marked as gone
     */
    record ImportRequest(@NotBlank @Size(max = 201) String fileName, RegisterKind kind, Boolean full) {
    }

    record ImportResponse(long id, RegisterKind kind, String fileName, boolean full, ImportJob.Status status,
            String startedBy, Instant createdAt, Instant startedAt, Instant finishedAt, int percent, long rowsRead,
            long rowsInserted, long rowsUpdated, long rowsUnchanged, long rowsRejected, long markedMissing,
            long elapsedSeconds, String failure) {

        static ImportResponse of(ImportJob j) {
            return new ImportResponse(j.id(), j.kind(), j.fileName(), j.fullFile(), j.status(), j.startedBy(),
                    j.createdAt(), j.startedAt(), j.finishedAt(), j.percent(), j.rowsRead(), j.rowsInserted(),
                    j.rowsUpdated(), j.rowsUnchanged(), j.rowsRejected(), j.markedMissing(), j.elapsedSeconds(),
                    j.failure());
        }
    }

    /**
     * @param position the element's index in the JSON array (from 0) or the CSV line the row starts on (from 1)
     * @param reason why, e.g. BAD_ORG_NUMBER, MISSING_NAME, MALFORMED_JSON
     */
    record RejectionResponse(RawRow.PositionKind positionKind, long position, String orgNumber,
            Rejection.Reason reason, String detail) {

        static RejectionResponse of(Rejection r) {
            return new RejectionResponse(r.positionKind(), r.position(), r.orgNumber(), r.reason(), r.detail());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start an import of a file in the server's import folder (market contact, administrator)")
    ResponseEntity<ImportResponse> start(@AuthenticationPrincipal CurrentUser user,
            @Valid @RequestBody ImportRequest request) {
        ImportJob job = imports.startServerFile(user, request.fileName(),
                new EmployerImportService.Request(request.kind(), Boolean.TRUE.equals(request.full())));
        return ResponseEntity.created(URI.create("/api/v1/employer-imports/" + job.id())).body(ImportResponse.of(job));
    }

    @GetMapping("/{id}")
    @Operation(summary = "An import with its progress and counts")
    ImportResponse get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return ImportResponse.of(imports.get(user, id));
    }

    @GetMapping("/{id}/rejections")
    @Operation(summary = "The rows an import rejected, in file order, with position, organisation number and reason")
    PageResponse<RejectionResponse> rejections(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(imports.rejections(user, id, PageBounds.require(page, size, 50).pageRequest()),
                RejectionResponse::of);
    }
}
