package no.treklover.mentoring;

import java.util.List;
import java.util.Locale;
import no.treklover.access.CurrentUser;
import no.treklover.access.MentoringAction;
import no.treklover.access.Role;
import no.treklover.process.InclusionProcess;
import no.treklover.process.ProcessService;
import no.treklover.platform.text.PageLocale;
import no.treklover.platform.web.RequestMemo;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data for this feature's sections on other features' pages (the "mentoring" template slots): the counsellor's
 * process page, the candidate's own page and the partners' list. Each returns null when the user may see nothing
 * of it, so a slot never breaks its page; what it reads is audit-logged by the services.
 */
@Component("mentoringSections")
public class MentoringSections {

    public record ProcessSection(long processId, boolean hasMentor, long stepsDone,
            List<QuestionService.Question> openQuestions, List<ChallengeFlagService.Flag> flags, boolean mayRaise,
            boolean mayResolve, Challenge[] challenges) {
    }

    public record CandidateSection(long processId, WeeklyPlanService.WeeklyPlan plan, int masteryCount) {
    }

    public record PartnerSection(long processId, boolean workspace, boolean questions, boolean mustSign) {
    }

    private final MentoringCases cases;
    private final ChecklistService checklist;
    private final QuestionService questions;
    private final ChallengeFlagService flags;
    private final WeeklyPlanService plans;
    private final MasteryLogService mastery;
    private final ProcessService processes;
    private final ProcessCardQuery cardQuery;
    private final MessageSource messages;

    MentoringSections(MentoringCases cases, ChecklistService checklist, QuestionService questions,
            ChallengeFlagService flags, WeeklyPlanService plans, MasteryLogService mastery, ProcessService processes,
            ProcessCardQuery cardQuery, MessageSource messages) {
        this.cases = cases;
        this.checklist = checklist;
        this.questions = questions;
        this.flags = flags;
        this.plans = plans;
        this.mastery = mastery;
        this.processes = processes;
        this.cardQuery = cardQuery;
        this.messages = messages;
    }

    /** The counsellor's card on the process page: open and overdue questions, open flags, the guide's progress. */
    @Transactional
    public ProcessSection forProcess(long processId, CurrentUser user) {
        MentoringCases.Case c = cases.load(processId);
        if (!cases.permits(user, c, MentoringAction.READ_QUESTIONS)
                || !cases.permits(user, c, MentoringAction.READ_CHALLENGE_FLAGS)) {
            return null;
        }
        questions.requireRead(user, c);
        flags.requireRead(user, c);
        boolean hasMentor = c.process().getMentorUserId() != null;
        // the card shows the guide's progress only with a mentor
        if (hasMentor) {
            checklist.requireRead(user, c);
        }
        ProcessCardQuery.Contents card = cardQuery.read(processId, cases.today());
        return new ProcessSection(processId, hasMentor, hasMentor ? card.stepsDone() : 0, card.openQuestions(),
                card.openFlags(),
                cases.permits(user, c, MentoringAction.RAISE_CHALLENGE_FLAG),
                cases.permits(user, c, MentoringAction.RESOLVE_CHALLENGE_FLAG), Challenge.values());
    }

    /** The candidate's card on their own page: today's plan and a link to the weekly plan and the mastery log. */
    @Transactional
    public CandidateSection forCandidate(CurrentUser user) {
        return RequestMemo.once("mentoringSections.forCandidate:" + user.id(), () -> loadForCandidate(user));
    }

    private CandidateSection loadForCandidate(CurrentUser user) {
        if (user.role() != Role.CANDIDATE || user.candidateId() == null) {
            return null;
        }
        List<InclusionProcess> own = processes.ownProcesses(user);
        InclusionProcess process = own.stream().filter(InclusionProcess::isOpen).findFirst().orElse(null);
        if (process == null || process.getMentorUserId() == null) {
            return null;
        }
        return new CandidateSection(process.getId(), plans.read(user, process.getId()),
                mastery.list(user, process.getId()).size());
    }

    /** The links a mentor or an employer gets on the list of their candidates. */
    public PartnerSection forPartner(long processId, CurrentUser user) {
        MentoringCases.Case c = cases.load(processId);
        boolean workspace = cases.permits(user, c, MentoringAction.READ_CHECKLIST);
        boolean ask = cases.permits(user, c, MentoringAction.READ_QUESTIONS);
        boolean mustSign = cases.signsDeclaration(user) && !c.mentorSigned();
        if (!workspace && !ask && !mustSign) {
            return null;
        }
        return new PartnerSection(processId, workspace, ask, mustSign);
    }

    /** Today's weekday in Oslo, by the app's clock. */
    public java.time.DayOfWeek weekday() {
        return cases.today().getDayOfWeek();
    }

    /** "45 minutter", "3 timer", "2 dager": the time to the first answer, for people. */
    public String duration(Long minutes) {
        if (minutes == null) {
            return "";
        }
        Locale nb = PageLocale.current();
        if (minutes < 120) {
            return messages.getMessage("mentoring.duration.minutes", new Object[] {minutes}, nb);
        }
        if (minutes < 48 * 60) {
            return messages.getMessage("mentoring.duration.hours", new Object[] {minutes / 60}, nb);
        }
        return messages.getMessage("mentoring.duration.days", new Object[] {minutes / (24 * 60)}, nb);
    }
}
