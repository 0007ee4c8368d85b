package no.treklover.survey;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import no.treklover.access.CurrentUser;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.web.ETags;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The office leader's surveys over the API: the list, one survey with its questions (version as ETag), adding a
 * question to a draft (If-Match), the results and the comparison of two rounds — hidden groups as null, as on the
 * pages. Answering stays on the pages, where the personal link or the login is the credential.
 */
@RestController
@RequestMapping("/api/v1/surveys")
class SurveyApiController {

    private final SurveyService surveys;

    SurveyApiController(SurveyService surveys) {
        this.surveys = surveys;
    }

    @GetMapping
    @Operation(summary = "The surveys of the office leader's office, newest first, with how many were asked and "
            + "answered")
    List<SurveySummary> list(@AuthenticationPrincipal CurrentUser user) {
        return surveys.officeSurveys(user);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One survey with its questions in order, its version as ETag")
    ResponseEntity<Survey> get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        Survey survey = surveys.managed(user, id);
        return ResponseEntity.ok().eTag(ETags.of(survey.version())).body(survey);
    }

    @PostMapping("/{id}/questions")
    @Operation(summary = "Add a question at the end of a draft and answer the survey with its new version as ETag; "
            + "requires If-Match (409 once the survey is sent)")
    ResponseEntity<Survey> addQuestion(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody QuestionRequest request) {
        long version = ETags.expectedVersion(ifMatch);
        if (request.hasLineBreakInOption()) {
            throw new RuleViolationException("options", "survey.error.options.lineBreak");
        }
        surveys.addQuestion(user, id, version, request.toDraft());
        Survey survey = surveys.managed(user, id);
        return ResponseEntity.ok().eTag(ETags.of(survey.version())).body(survey);
    }

    @GetMapping("/{id}/results")
    @Operation(summary = "Results per question, in total or for one office; a question fewer than 5 of the group "
            + "answered (or, in a county's survey, an office hidden so that no small office can be worked out from "
            + "the county's total) has null counts, shares and respondents, and no texts")
    SurveyService.Results results(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String office) {
        return surveys.results(user, id, office);
    }

    @GetMapping("/{id}/comparison")
    @Operation(summary = "This round beside an earlier round of the same survey, with the change in percentage "
            + "points; null where either round's group had fewer than 5 respondents")
    SurveyService.Comparison comparison(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam long earlier, @RequestParam(required = false) String office) {
        return surveys.compare(user, id, earlier, office);
    }
}
