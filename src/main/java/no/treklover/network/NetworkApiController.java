package no.treklover.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import no.treklover.access.CurrentUser;
import no.treklover.platform.web.ETags;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Mentornettverk", description = "Mentor networks and the feedback to NAV that NAV must answer: the "
        + "office leader manages, counsellors of the office read and answer what they own, mentors see their own")
class NetworkApiController {

    private final NetworkService networks;

    NetworkApiController(NetworkService networks) {
        this.networks = networks;
    }

    @GetMapping("/api/v1/networks")
    @Operation(summary = "The mentor networks this user sees: NAV staff their office's, a mentor those she is a "
            + "member of")
    List<NetworkService.NetworkRow> list(@AuthenticationPrincipal CurrentUser user) {
        return networks.list(user);
    }

    @GetMapping("/api/v1/network-feedback")
    @Operation(summary = "Feedback to NAV with owner, status and answer: a mentor her own, NAV staff their "
            + "office's (at most 1000, newest first); flagged: unanswered 30 days or more after it was given")
    List<NetworkService.FeedbackItem> feedback(@AuthenticationPrincipal CurrentUser user) {
        return networks.visibleFeedback(user);
    }

    @PostMapping("/api/v1/networks/{id}/feedback")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Give feedback to NAV: a member in her own name, or the office leader on behalf of one of "
            + "the network's gatherings (gatheringId required then)")
    ResponseEntity<NetworkService.FeedbackItem> give(@AuthenticationPrincipal CurrentUser user,
            @PathVariable long id, @Valid @RequestBody FeedbackDetails request) {
        long item = networks.giveFeedback(user, id, request);
        NetworkService.FeedbackItem created = networks.feedbackView(user, item).item();
        return ResponseEntity.created(URI.create("/api/v1/network-feedback/" + item))
                .eTag(ETags.of(created.version())).body(created);
    }

    @PutMapping("/api/v1/network-feedback/{id}/answer")
    @Operation(summary = "Answer a feedback item (the office leader, or the item's owner): NOTED, CHANGED_PRACTICE "
            + "or WILL_NOT_CHANGE with a response, and a reason when it will not change; requires If-Match")
    ResponseEntity<NetworkService.FeedbackItem> answer(@AuthenticationPrincipal CurrentUser user,
            @PathVariable long id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody AnswerDetails request) {
        NetworkService.FeedbackItem answered = networks.answer(user, id, ETags.expectedVersion(ifMatch), request);
        return ResponseEntity.ok().eTag(ETags.of(answered.version())).body(answered);
    }
}
