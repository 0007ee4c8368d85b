package no.treklover.mentoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import no.treklover.access.CurrentUser;
import no.treklover.mentoring.StepChecklist.StepState;
import no.treklover.platform.web.ETags;
import org.springframework.context.MessageSource;
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
@RequestMapping("/api/v1")
@Tag(name = "Mentorarbeid", description = "The mentor's workspace: the guide's six steps, weekly plan, mastery log, "
        + "questions to the counsellor (Spør veilederen), challenge flags")
class MentoringApiController {

    private final MentorWorkspaces workspaces;
    private final ChecklistService checklist;
    private final WeeklyPlanService plans;
    private final MasteryLogService mastery;
    private final QuestionService questions;
    private final ChallengeFlagService flags;
    private final MessageSource messages;

    MentoringApiController(MentorWorkspaces workspaces, ChecklistService checklist, WeeklyPlanService plans,
            MasteryLogService mastery, QuestionService questions, ChallengeFlagService flags,
            MessageSource messages) {
        this.workspaces = workspaces;
        this.checklist = checklist;
        this.plans = plans;
        this.mastery = mastery;
        this.questions = questions;
        this.flags = flags;
        this.messages = messages;
    }

    // ------------------------------------------------------------------ bodies

    record StepResponse(int number, GuideStep step, String title, List<String> advice, boolean done,
            LocalDate doneOn, String note, long version) {
    }

    record ChecklistResponse(List<StepResponse> steps, Integer nextStep, long doneCount, List<String> boundaries) {
    }

    record StepRequest(Boolean done, LocalDate doneOn, String note) {
    }

    record PlanItemBody(DayOfWeek weekday, LocalTime startsAt, LocalTime endsAt, String activity, Boolean isBreak) {
    }

    record WeeklyPlanBody(Boolean includeWeekend, List<PlanItemBody> items) {
    }

    record WeeklyPlanResponse(boolean includeWeekend, List<PlanItemBody> items, long version,
            java.time.Instant updatedAt, String updatedBy) {
    }

    record MasteryRequest(LocalDate date, String wentWell, String wasHard) {
    }

    record TextRequest(String text) {
    }

    record FlagRequest(Challenge challenge, String note) {
    }

    record ResolutionRequest(String note) {
    }

    record QuestionResponse(long id, long processId, String text, String askedBy, String askedByRole,
            java.time.Instant askedAt, java.time.Instant firstAnsweredAt, Long minutesToFirstAnswer,
            LocalDate answerDue, boolean overdue, List<QuestionService.Answer> answers) {

        static QuestionResponse of(QuestionService.Question q) {
            return new QuestionResponse(q.id(), q.processId(), q.body(), q.askedByName(), q.askedByRole(),
                    q.askedAt(), q.firstAnsweredAt(), q.minutesToFirstAnswer(), q.answerDue(), q.overdue(),
                    q.answers());
        }
    }

    // ------------------------------------------------------------------ the mentor's candidates

    @GetMapping("/me/mentoring")
    @Operation(summary = "The mentor's candidates, each with whether the confidentiality declaration is signed")
    List<MentorWorkspaces.WorkspaceRow> mine(@AuthenticationPrincipal CurrentUser user) {
        return workspaces.mine(user);
    }

    // ------------------------------------------------------------------ checklist

    @GetMapping("/processes/{id}/mentoring/steps")
    @Operation(summary = "The mentor guide's six steps with advice, the mentor's notes, done with date, the next "
            + "step and the mentor's boundaries (mentor after signing, counsellor)")
    ChecklistResponse steps(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        ChecklistService.Checklist list = checklist.read(user, id);
        return new ChecklistResponse(list.steps().stream().map(this::step).toList(),
                list.next() == null ? null : list.next().number(), list.doneCount(), boundaries());
    }

    @PutMapping("/processes/{id}/mentoring/steps/{step}")
    @Operation(summary = "Tick a step done or not, with its note (mentor); requires If-Match (\"0\" for a step "
            + "never saved)")
    ResponseEntity<StepResponse> updateStep(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable int step, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody StepRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        StepRequest body = request != null ? request : new StepRequest(false, null, null);
        StepState state = checklist.update(user, id, step, expected,
                new StepChecklist.Change(Boolean.TRUE.equals(body.done()), body.doneOn(), body.note()));
        return ResponseEntity.ok().eTag(ETags.of(state.version())).body(step(state));
    }

    // ------------------------------------------------------------------ weekly plan

    @GetMapping("/processes/{id}/weekly-plan")
    @Operation(summary = "The weekly plan (mentor after signing, candidate, counsellor); version 0 when none yet")
    ResponseEntity<WeeklyPlanResponse> plan(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return plan(plans.read(user, id));
    }

    @PutMapping("/processes/{id}/weekly-plan")
    @Operation(summary = "Replace the weekly plan (mentor and candidate together); requires If-Match (\"0\" for "
            + "the first); an outdated one is refused with 412 and nothing is overwritten")
    ResponseEntity<WeeklyPlanResponse> savePlan(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody WeeklyPlanBody body) {
        long expected = ETags.expectedVersion(ifMatch);
        WeeklyPlanBody b = body != null ? body : new WeeklyPlanBody(false, List.of());
        List<PlanItem> items = b.items() == null ? List.of() : b.items().stream()
                .map(i -> i == null ? null : new PlanItem(i.weekday(), i.startsAt(), i.endsAt(), i.activity(),
                        Boolean.TRUE.equals(i.isBreak())))
                .toList();
        return plan(plans.save(user, id, expected, Boolean.TRUE.equals(b.includeWeekend()), items));
    }

    // ------------------------------------------------------------------ mastery log

    @GetMapping("/processes/{id}/mastery-log")
    @Operation(summary = "The mastery log, newest first (mentor after signing, candidate, counsellor)")
    List<MasteryLogService.Entry> masteryLog(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return mastery.list(user, id);
    }

    @PostMapping("/processes/{id}/mastery-log")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add what went well and/or what was hard (mentor, candidate); date defaults to today")
    ResponseEntity<MasteryLogService.Entry> addMastery(@AuthenticationPrincipal CurrentUser user,
            @PathVariable long id, @RequestBody MasteryRequest body) {
        MasteryRequest b = body != null ? body : new MasteryRequest(null, null, null);
        MasteryLogService.Entry entry = mastery.add(user, id, b.date(), b.wentWell(), b.wasHard());
        return ResponseEntity.created(URI.create("/api/v1/processes/" + id + "/mastery-log")).body(entry);
    }

    // ------------------------------------------------------------------ questions

    @GetMapping("/processes/{id}/questions")
    @Operation(summary = "Spør veilederen: the process's questions with answers, time to first answer and overdue "
            + "(unanswered for more than 2 working days); mentor after signing, employer, counsellor")
    List<QuestionResponse> questions(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return questions.list(user, id).stream().map(QuestionResponse::of).toList();
    }

    @PostMapping("/processes/{id}/questions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask the process's counsellor (mentor, employer): {\"text\"}; the counsellor is notified")
    ResponseEntity<QuestionResponse> ask(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody TextRequest body) {
        QuestionService.Question q = questions.ask(user, id, body == null ? null : body.text());
        return ResponseEntity.created(URI.create("/api/v1/questions/" + q.id())).body(QuestionResponse.of(q));
    }

    @GetMapping("/questions/{id}")
    @Operation(summary = "One question with its answers")
    QuestionResponse question(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return QuestionResponse.of(questions.get(user, id));
    }

    @PostMapping("/questions/{id}/answers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The counsellor answers: {\"text\"}; the asker is notified")
    ResponseEntity<QuestionResponse> answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody TextRequest body) {
        QuestionService.Question q = questions.answer(user, id, body == null ? null : body.text());
        return ResponseEntity.created(URI.create("/api/v1/questions/" + id)).body(QuestionResponse.of(q));
    }

    // ------------------------------------------------------------------ challenge flags

    @GetMapping("/processes/{id}/challenge-flags")
    @Operation(summary = "Challenge flags, open first (mentor after signing, counsellor)")
    List<ChallengeFlagService.Flag> flags(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return flags.list(user, id);
    }

    @PostMapping("/processes/{id}/challenge-flags")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Flag a common challenge (mentor, counsellor): {\"challenge\", \"note\"}; the counsellor is "
            + "notified")
    ResponseEntity<ChallengeFlagService.Flag> raise(@AuthenticationPrincipal CurrentUser user,
            @PathVariable long id, @RequestBody FlagRequest body) {
        FlagRequest b = body != null ? body : new FlagRequest(null, null);
        ChallengeFlagService.Flag flag = flags.raise(user, id, b.challenge(), b.note());
        return ResponseEntity.created(URI.create("/api/v1/processes/" + id + "/challenge-flags")).body(flag);
    }

    @PostMapping("/challenge-flags/{id}/resolution")
    @Operation(summary = "The counsellor marks a flag resolved: {\"note\"}; 409 if it already is")
    ChallengeFlagService.Flag resolve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody ResolutionRequest body) {
        return flags.resolve(user, id, body == null ? null : body.note());
    }

    // ------------------------------------------------------------------ helpers

    private ResponseEntity<WeeklyPlanResponse> plan(WeeklyPlanService.WeeklyPlan plan) {
        return ResponseEntity.ok().eTag(ETags.of(plan.version())).body(new WeeklyPlanResponse(plan.includeWeekend(),
                plan.items().stream().map(i -> new PlanItemBody(i.weekday(), i.startsAt(), i.endsAt(), i.activity(),
                        i.isBreak())).toList(),
                plan.version(), plan.updatedAt(), plan.updatedByName()));
    }

    private StepResponse step(StepState s) {
        int n = s.step().number();
        return new StepResponse(n, s.step(), text("mentoring.step." + n + ".title"),
                s.step().adviceNumbers().stream().map(a -> text("mentoring.step." + n + ".advice." + a)).toList(),
                s.done(), s.doneOn(), s.note(), s.version());
    }

    private List<String> boundaries() {
        return java.util.stream.IntStream.rangeClosed(1, 4).mapToObj(i -> text("mentoring.boundaries." + i)).toList();
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, java.util.Locale.forLanguageTag("nb-NO"));
    }
}
