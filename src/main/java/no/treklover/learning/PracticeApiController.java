package no.treklover.learning;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/learning")
@Tag(name = "Praksis", description = "The office's agreed changes in practice and its question bank for kartlegging "
        + "and follow-up")
class PracticeApiController {

    private final AgreedChangeService changes;
    private final QuestionBankService questions;

    PracticeApiController(AgreedChangeService changes, QuestionBankService questions) {
        this.changes = changes;
        this.questions = questions;
    }

    record StatusRequest(@NotNull(message = "{learning.validation.status}") BankQuestion.Status status) {
    }

    record AgendaRequest(@NotNull(message = "{learning.validation.question}") Long questionId) {
    }

    @GetMapping("/changes")
    @Operation(summary = "The office's open agreed changes and those done in the last 90 days")
    List<AgreedChange> changes(@AuthenticationPrincipal CurrentUser user) {
        return changes.list(user);
    }

    @PostMapping("/changes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an agreed change (the office leader), from a meeting with meetingId")
    ResponseEntity<AgreedChange> record(@AuthenticationPrincipal CurrentUser user,
            @Valid @RequestBody AgreedChangeDetails request) {
        AgreedChange change = changes.record(user, request);
        return ETags.created("/api/v1/learning/changes/" + change.id(), change.version(), change);
    }

    @GetMapping("/changes/{id}")
    @Operation(summary = "One agreed change")
    ResponseEntity<AgreedChange> change(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        AgreedChange change = changes.get(user, id);
        return ETags.ok(change.version(), change);
    }

    @PutMapping("/changes/{id}/follow-up")
    @Operation(summary = "Follow up an agreed change (its office leader or owner); requires If-Match")
    ResponseEntity<AgreedChange> followUp(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody FollowUpDetails request) {
        AgreedChange change = changes.followUp(user, id, ETags.expectedVersion(ifMatch), request);
        return ETags.ok(change.version(), change);
    }

    @GetMapping("/questions")
    @Operation(summary = "The office's question bank")
    List<BankQuestion> questions(@AuthenticationPrincipal CurrentUser user) {
        return questions.list(user);
    }

    @PostMapping("/questions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a question (active from the office leader, proposed from a counsellor)")
    ResponseEntity<BankQuestion> propose(@AuthenticationPrincipal CurrentUser user,
            @Valid @RequestBody QuestionDetails request) {
        BankQuestion question = questions.propose(user, request);
        return ETags.created("/api/v1/learning/questions/" + question.id(), question.version(), question);
    }

    @PutMapping("/questions/{id}/status")
    @Operation(summary = "Take a question in, retire it or bring it back (the office leader); requires If-Match")
    ResponseEntity<BankQuestion> status(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody StatusRequest request) {
        BankQuestion question = questions.setStatus(user, id, ETags.expectedVersion(ifMatch), request.status());
        return ETags.ok(question.version(), question);
    }

    @PostMapping("/meetings/{id}/agenda")
    @Operation(summary = "Put an active question of the bank on a meeting's agenda (the office leader)")
    ResponseEntity<OfficeMeeting> addToAgenda(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @RequestBody AgendaRequest request) {
        OfficeMeeting meeting = questions.addToAgenda(user, id, request.questionId());
        return ETags.ok(meeting.version(), meeting);
    }
}
