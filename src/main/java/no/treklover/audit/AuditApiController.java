package no.treklover.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import no.treklover.access.CurrentUser;
import no.treklover.platform.web.PageBounds;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Tilgangslogg", description = "Who read or changed candidates' data: search and verification for the "
        + "privacy officer, innsyn for the candidate")
class AuditApiController {

    private final AuditSearchService searches;
    private final AccessLogService accessLogs;

    AuditApiController(AuditSearchService searches, AccessLogService accessLogs) {
        this.searches = searches;
        this.accessLogs = accessLogs;
    }

    @PostMapping("/audit/search")
    @Operation(summary = "Search the audit log, newest first (privacy officer only). POST, so a national id is "
            + "never part of a URL")
    ResultPage<AuditEntryView> search(@AuthenticationPrincipal CurrentUser user,
            @Valid @RequestBody AuditSearchCriteria criteria) {
        return searches.search(user, criteria);
    }

    @GetMapping("/audit/verification")
    @Operation(summary = "Verify the audit log's hash chain: intact, or the first broken link (privacy officer only)")
    ChainVerification verification(@AuthenticationPrincipal CurrentUser user) {
        return searches.verify(user);
    }

    @GetMapping("/me/access-log/summary")
    @Operation(summary = "The logged-in candidate's access log grouped by day, person, kind of access and answer, "
            + "newest first; optionally only one person (actorId), READ or WRITE, and a period (from, to: dates, "
            + "both included). totalTimes counts the times all groups stand for")
    AccessLogSummary accessLogSummary(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Long actorId, @RequestParam(required = false) AuditAction action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageBounds bounds = PageBounds.require(page, size, AccessLogService.DEFAULT_SIZE);
        return accessLogs.ownAccessLogGroups(user, new AccessLogFilter(actorId, action, from, to), bounds.page(),
                bounds.size());
    }

    @GetMapping("/me/access-log")
    @Operation(summary = "Who has read or changed the logged-in candidate's data, newest first")
    ResultPage<AccessLogEntry> accessLog(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageBounds bounds = PageBounds.require(page, size, AccessLogService.DEFAULT_SIZE);
        return accessLogs.ownAccessLog(user, bounds.page(), bounds.size());
    }
}
