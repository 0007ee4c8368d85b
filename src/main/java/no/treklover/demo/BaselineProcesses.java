package no.treklover.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import no.treklover.access.Role;
import no.treklover.candidate.EffortGroup;
import no.treklover.process.Phase;

/** The baseline study's 21 cases (2019–2020) as processes, most of them on {@code veileder}'s caseload. */
final class BaselineProcesses {

    private static final Set<Integer> COUNSELLOR_2_ROWS = Set.of(1, 5, 9, 13, 17);
    private static final Set<Integer> OFFICE_C_ROWS = Set.of(3, 11, 19);
    private static final LocalDate FIRST_END = LocalDate.of(2020, 1, 15);
    private static final LocalDate FIRST_OPEN_FOLLOW_UP = LocalDate.of(2020, 2, 3);

    private BaselineProcesses() {
    }

    static void addTo(DemoData data, List<BaselineCase> cases, DemoCandidates candidates, Random random,
                      LocalDate today) {
        int counsellor = data.userIndex(DemoOrganisation.COUNSELLOR);
        int counsellor2 = data.userIndex(DemoOrganisation.COUNSELLOR_2);
        int officeC = firstCounsellorWithoutLogin(data, DemoOrganisation.OFFICE_C);
        for (int row = 0; row < cases.size(); row++) {
            int owner = COUNSELLOR_2_ROWS.contains(row) ? counsellor2
                    : OFFICE_C_ROWS.contains(row) ? officeC : counsellor;
            add(data, cases.get(row), owner, candidates, random, today);
        }
    }

    private static void add(DemoData data, BaselineCase c, int counsellor, DemoCandidates candidates, Random random,
                            LocalDate today) {
        BaselineCaseMapping.Result result = BaselineCaseMapping.result(c.attachedAtEnd());
        String officeId = data.users.get(counsellor).officeId();
        DemoTimeline.Plan plan = DemoTimeline.plan(result.phase(), targetDay(result.phase(), random), null,
                BaselineCaseMapping.timelineComment(c), random);

        DemoData.Candidate candidate = candidates.create(counsellor, officeId, result.phase(), LocalDate.of(2019, 6, 1),
                18, 50, plan.created().minusDays(random.nextInt(30)));
        candidate.effortGroup = random.nextInt(4) == 0 ? EffortGroup.VARIG_TILPASSET_INNSATS
                : EffortGroup.SPESIELT_TILPASSET_INNSATS;
        candidate.updatedAt = plan.lastChange();
        int candidateIndex = data.add(candidate);

        DemoData.Process p = new DemoData.Process();
        p.candidate = candidateIndex;
        p.counsellor = counsellor;
        p.officeId = officeId;
        p.phase = result.phase();
        p.phaseChangedAt = plan.lastChange();
        p.createdAt = plan.created();
        p.employer = employerFor(data, c.industry(), officeId, random);
        p.counsellorKnewEmployer = BaselineCaseMapping.counsellorKnewCompany(c.counsellorKnewCompany());
        p.attachmentAtStart = BaselineCaseMapping.attachment(c.attachmentBefore());
        p.initiative = DemoChoices.initiative(random);
        DemoData.Employer employer = data.employers.get(p.employer);
        if (BaselineCaseMapping.employerIsMentor(c)) {
            p.mentorName = employer.contactName();
            p.mentorPhone = employer.contactPhone();
            p.mentorEmail = employer.contactEmail();
            p.mentorRole = BaselineCaseMapping.EMPLOYER_MENTOR_ROLE;
        } else {
            String first = DemoPeople.pick(random, DemoPeople.FIRST_NAMES);
            String last = DemoPeople.pick(random, DemoPeople.LAST_NAMES);
            p.mentorName = first + " " + last;
            p.mentorPhone = DemoPeople.mobile(random);
            p.mentorEmail = DemoPeople.email(first, last, DemoPeople.domainOf(employer.name()));
            p.mentorRole = DemoPeople.pick(random, DemoPeople.MENTOR_ROLES);
        }
        p.goals = "Begrunnelse for mentortiltaket: " + c.justification() + ".";
        p.measureJustification = c.justification();
        p.attachedAtEnd = BaselineCaseMapping.attachedAtEnd(c.attachedAtEnd());
        p.startDate = plan.enteredOn(Phase.START_UP);
        if (!result.open()) {
            p.endDate = plan.enteredOn(Phase.CLOSURE);
            p.outcome = result.outcome();
            p.outcomeNote = BaselineCaseMapping.outcomeNote(c);
            p.followUpStatus = result.followUpStatus();
            p.postCheckDate = DemoTimeline.postCheckDate(plan, p.endDate);
        } else {
            p.nextAction = "Evaluere mentortiltaket og vurdere videre plan";
            p.nextActionDue = DemoTimeline.workingDayOnOrAfter(today.plusDays(DemoTimeline.between(random, -10, 20)));
        }
        int processIndex = data.add(p);
        data.addTimeline(processIndex, counsellor, plan);
        DemoMeasures.addFor(data, processIndex, p.startDate.minusDays(DemoTimeline.between(random, 60, 120)));
    }

    /** Closed cases ended in 2020; the two still in the mentor measure reached Oppfølging in 2020. */
    private static LocalDate targetDay(Phase phase, Random random) {
        return switch (phase) {
            case CLOSURE -> FIRST_END.plusDays(random.nextInt(320));
            case POST_CHECK -> FIRST_END.plusDays(random.nextInt(320)).plusYears(1);
            default -> FIRST_OPEN_FOLLOW_UP.plusDays(random.nextInt(200));
        };
    }

    static int employerFor(DemoData data, String industry, String officeId, Random random) {
        List<Integer> sameOffice =
                data.employerIndexes(e -> e.industry().equals(industry) && e.officeId().equals(officeId));
        List<Integer> anyOffice = data.employerIndexes(e -> e.industry().equals(industry));
        List<Integer> pool = !sameOffice.isEmpty() ? sameOffice
                : !anyOffice.isEmpty() ? anyOffice : data.employerIndexes(e -> e.officeId().equals(officeId));
        return DemoPeople.pick(random, pool);
    }

    static int firstCounsellorWithoutLogin(DemoData data, String officeId) {
        for (int i = 0; i < data.users.size(); i++) {
            DemoData.User u = data.users.get(i);
            if (u.role() == Role.COUNSELLOR && !u.canLogIn() && officeId.equals(u.officeId())) {
                return i;
            }
        }
        throw new IllegalStateException("No extra counsellor at office " + officeId);
    }
}
