package no.treklover.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import no.treklover.access.CurrentUser;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Downloads of everything Trekløver holds about a candidate (GDPR art. 15), as JSON or PDF. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Innsyn", description = "A candidate's data export (GDPR art. 15)")
class DataExportApiController {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final DataExportService exports;
    private final ExportPdf pdf;

    DataExportApiController(DataExportService exports, ExportPdf pdf) {
        this.exports = exports;
        this.pdf = pdf;
    }

    @GetMapping("/candidates/{id}/export")
    @Operation(summary = "Everything stored about a candidate at the counsellor's office, as JSON")
    ResponseEntity<Map<String, Object>> json(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return json(exports.export(user, id));
    }

    @GetMapping("/candidates/{id}/export.pdf")
    @Operation(summary = "The same export as a PDF")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return pdf(exports.export(user, id));
    }

    @GetMapping("/me/export")
    @Operation(summary = "The logged-in candidate's own data, as JSON")
    ResponseEntity<Map<String, Object>> ownJson(@AuthenticationPrincipal CurrentUser user) {
        return json(exports.exportOwn(user));
    }

    @GetMapping("/me/export.pdf")
    @Operation(summary = "The logged-in candidate's own data, as PDF")
    ResponseEntity<byte[]> ownPdf(@AuthenticationPrincipal CurrentUser user) {
        return pdf(exports.exportOwn(user));
    }

    private static ResponseEntity<Map<String, Object>> json(DataExport export) {
        return download(export, "json").contentType(MediaType.APPLICATION_JSON).body(ExportJson.of(export));
    }

    private ResponseEntity<byte[]> pdf(DataExport export) {
        return download(export, "pdf").contentType(MediaType.APPLICATION_PDF).body(pdf.render(export));
    }

    /** Named by candidate id and date, never by national id or name, since file names end up in logs and folders. */
    private static ResponseEntity.BodyBuilder download(DataExport export, String extension) {
        String fileName = "treklover-innsyn-" + export.candidateId() + "-"
                + LocalDate.ofInstant(export.exportedAt(), OSLO) + "." + extension;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .cacheControl(CacheControl.noStore());
    }
}
