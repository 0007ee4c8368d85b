package no.treklover.process;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.treklover.access.CurrentUser;
import no.treklover.access.UserAccount;
import no.treklover.identifiers.NationalId;
import no.treklover.platform.errors.RuleViolationException;
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
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Inkluderingsforløp", description = "Inclusion processes through the hybrid model's phases")
class ProcessApiController {

    private final ProcessService processes;
    private final ProcessOverviewService overviews;

    ProcessApiController(ProcessService processes, ProcessOverviewService overviews) {
        this.processes = processes;
        this.overviews = overviews;
    }

    record StartRequest(@NotNull(message = "{validation.required}") Long candidateId,
            @Size(max = 4000, message = "{validation.size}") String goals) {
    }

    record TransitionRequest(@NotNull(message = "{validation.required}") Phase toPhase,
            @Size(max = 2000, message = "{validation.size}") String comment) {
    }

    record MeasureRequest(@NotNull(message = "{validation.required}") MeasureType type,
            @NotNull(message = "{validation.required}") LocalDate startDate, LocalDate endDate) {
    }

    record MeasureResponse(long id, MeasureType type, LocalDate startDate, LocalDate endDate) {
        static MeasureResponse of(ProcessMeasure m) {
            return new MeasureResponse(m.getId(), m.getType(), m.getStartDate(), m.getEndDate());
        }
    }

    record ProcessResponse(long id, long candidateId, long counsellorId, String officeId, Phase phase,
            Instant phaseChangedAt, boolean open, ProcessDetails details, List<MeasureResponse> measures,
            long version) {
    }

    /** A timeline entry; {@code actorName} is the name the process page shows for who did it. */
    record TimelineEventResponse(long id, Instant occurredAt, Long actorId, String actorName, ProcessEventType type,
            Phase fromPhase, Phase toPhase, String comment) {
        static TimelineEventResponse of(TimelineEntry entry) {
            ProcessEvent e = entry.event();
            return new TimelineEventResponse(e.getId(), e.getOccurredAt(), e.getActorId(), entry.actorName(), e.getType(),
                    e.getFromPhase(), e.getToPhase(), e.getComment());
        }
    }

    /** The candidate's own process, with the counsellor's name and phone as the candidate's page shows them. */
    record OwnProcessResponse(long id, long candidateId, long counsellorId, String counsellorName,
            String counsellorPhone, String officeId, Phase phase, Instant phaseChangedAt, boolean open,
            ProcessDetails details, List<MeasureResponse> measures, long version) {
    }

    @PostMapping("/processes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a process for a candidate (409 if the candidate already has an open one)")
    @ApiResponse(responseCode = "201", description = "Started", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "No candidate with that id")
    ResponseEntity<ProcessResponse> start(@AuthenticationPrincipal CurrentUser user,
            @Valid @RequestBody StartRequest request) {
        InclusionProcess process = processes.start(user, request.candidateId(), request.goals());
        return ResponseEntity.created(URI.create("/api/v1/processes/" + process.getId()))
                .eTag(ETags.of(process.getVersion()))
                .body(response(user, process));
    }

    @GetMapping("/processes")
    @Operation(summary = "The counsellor's caseload, filtered, sorted and paged")
    PageResponse<CaseloadRow> caseload(@AuthenticationPrincipal CurrentUser user,
            @ParameterObject CaseloadFilter filter) {
        if (NationalId.looksLikeOne(filter.search())) {
            throw new RuleViolationException("search", "caseload.search.nationalId");
        }
        PageBounds.require(filter.page(), filter.size(), CaseloadFilter.DEFAULT_SIZE);
        return PageResponse.of(processes.caseload(user, filter), row -> row);
    }

    @GetMapping("/processes/{id}")
    ResponseEntity<ProcessResponse> get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        InclusionProcess process = processes.get(user, id);
        return ResponseEntity.ok().eTag(ETags.of(process.getVersion())).body(response(user, process));
    }

    @PutMapping("/processes/{id}")
    @Operation(summary = "Change a process's details; requires If-Match with the version's ETag")
    ResponseEntity<ProcessResponse> update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ProcessDetails request) {
        processes.updateDetails(user, id, ETags.expectedVersion(ifMatch), request);
        return get(user, id);
    }

    @PostMapping("/processes/{id}/transitions")
    @Operation(summary = "Move a process to the next phase, or back with a comment; requires If-Match")
    ResponseEntity<ProcessResponse> transition(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody TransitionRequest request) {
        processes.moveTo(user, id, ETags.expectedVersion(ifMatch), request.toPhase(), request.comment());
        return get(user, id);
    }

    @GetMapping("/processes/{id}/timeline")
    @Operation(summary = "Everything that happened in the process, newest first")
    List<TimelineEventResponse> timeline(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return processes.timeline(user, id).stream().map(TimelineEventResponse::of).toList();
    }

    @PostMapping("/processes/{id}/measures")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a measure with its period; requires If-Match")
    ResponseEntity<ProcessResponse> addMeasure(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody MeasureRequest request) {
        ProcessMeasure measure = processes.addMeasure(user, id, ETags.expectedVersion(ifMatch), request.type(),
                request.startDate(), request.endDate());
        InclusionProcess process = processes.get(user, id);
        return ResponseEntity.created(URI.create("/api/v1/processes/" + id + "/measures/" + measure.getId()))
                .eTag(ETags.of(process.getVersion()))
                .body(response(user, process));
    }

    @DeleteMapping("/processes/{id}/measures/{measureId}")
    @Operation(summary = "Remove a measure; requires If-Match")
    ResponseEntity<Void> removeMeasure(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long measureId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        processes.removeMeasure(user, id, ETags.expectedVersion(ifMatch), measureId);
        return ResponseEntity.noContent().eTag(ETags.of(processes.get(user, id).getVersion())).build();
    }

    @GetMapping("/me/processes")
    @Operation(summary = "The logged-in candidate's own processes, with their counsellor's name and phone")
    List<OwnProcessResponse> ownProcesses(@AuthenticationPrincipal CurrentUser user) {
        return processes.ownProcesses(user).stream().map(p -> {
            UserAccount counsellor = overviews.counsellor(p);
            List<MeasureResponse> measures = processes.measures(user, p.getId()).stream()
                    .map(MeasureResponse::of).toList();
            return new OwnProcessResponse(p.getId(), p.getCandidateId(), p.getCounsellorId(),
                    counsellor == null ? null : counsellor.getDisplayName(),
                    counsellor == null ? null : counsellor.getPhone(), p.getOfficeId(), p.getPhase(),
                    p.getPhaseChangedAt(), p.isOpen(), p.details(), measures, p.getVersion());
        }).toList();
    }

    private ProcessResponse response(CurrentUser user, InclusionProcess p) {
        List<MeasureResponse> measures = processes.measures(user, p.getId()).stream()
                .map(MeasureResponse::of).toList();
        return new ProcessResponse(p.getId(), p.getCandidateId(), p.getCounsellorId(), p.getOfficeId(), p.getPhase(),
                p.getPhaseChangedAt(), p.isOpen(), p.details(), measures, p.getVersion());
    }
}
