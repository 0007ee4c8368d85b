package no.treklover.meeting;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import no.treklover.access.CurrentUser;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.web.ETags;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Møter")
class MeetingFeedbackApiController {

    private final MeetingFeedbackService feedback;

    MeetingFeedbackApiController(MeetingFeedbackService feedback) {
        this.feedback = feedback;
    }

    /** rating: GOOD | OK | NOT_GOOD; heard: YES | PARTLY | NO; comment: optional, at most 1000 characters. */
    record FeedbackRequest(String rating, String heard, String comment) {
    }

    record FeedbackResponse(long meetingId, String rating, String heard, String comment, Instant createdAt,
            Instant updatedAt, boolean open, Instant openUntil, long version) {
    }

    @PutMapping("/meetings/{id}/feedback")
    @Operation(summary = "The candidate gives or changes her feedback on a held meeting she took part in, for 14 days "
            + "after it; the first save without If-Match (or \"0\"), a change with the ETag")
    @ApiResponse(responseCode = "201", description = "The first save", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "A change", useReturnTypeSchema = true)
    ResponseEntity<FeedbackResponse> put(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Parameter(description = "The ETag of the feedback you read; none (or \"0\") for the first save")
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) FeedbackRequest body) {
        Long expected = ifMatch == null || ifMatch.isBlank() ? null : ETags.expectedVersion(ifMatch);
        MeetingFeedbackService.Saved saved = feedback.save(user, id, expected, body == null ? null
                : new MeetingFeedbackService.Input(body.rating(), body.heard(), body.comment()));
        FeedbackResponse response = view(saved.feedback(), feedback.closesAt(id));
        ResponseEntity.BodyBuilder answer = saved.created()
                ? ResponseEntity.created(URI.create("/api/v1/meetings/" + id + "/feedback"))
                : ResponseEntity.ok();
        return answer.eTag(ETags.of(response.version())).body(response);
    }

    @GetMapping("/meetings/{id}/feedback")
    @Operation(summary = "The candidate's feedback on the meeting: her own, or for the office's counsellors; "
            + "404 when none is given")
    ResponseEntity<FeedbackResponse> get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        MeetingFeedback found = feedback.read(user, id)
                .orElseThrow(() -> new NotFoundException(MeetingFeedbackService.RESOURCE, id));
        FeedbackResponse response = view(found, feedback.closesAt(id));
        return ResponseEntity.ok().eTag(ETags.of(response.version())).body(response);
    }

    private FeedbackResponse view(MeetingFeedback f, Instant closesAt) {
        return new FeedbackResponse(f.getMeetingId(), f.getRating().name(), f.getHeard().name(), f.getComment(),
                f.getCreatedAt(), f.getUpdatedAt(), !feedback.now().isAfter(closesAt), closesAt, f.getVersion());
    }
}
