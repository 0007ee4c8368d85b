package no.treklover.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import no.treklover.access.Role;
import no.treklover.candidate.EffortGroup;
import no.treklover.process.Attachment;
import no.treklover.process.Initiative;
import no.treklover.process.Outcome;
import no.treklover.process.Phase;

/**
 * Made-up processes in every phase, so that caseloads, filters, paging and statistics have something to show:
 * {@code veileder} gets a realistic caseload, {@code veileder2} about half that, the rest is spread out.
 */
final class SyntheticProcesses {

    static final double COUNSELLOR_SHARE = 0.38;
    static final double COUNSELLOR_2_SHARE = 0.185;
    /** Every this many processes, a candidate has an older closed process before the current one. */
    private static final int REPEAT_EVERY = 37;

    private static final Consumer<DemoData.Process> NO_CHANGE = p -> { };

    private final DemoData data;
    private final DemoCandidates candidates;
    private final Random random;
    private final LocalDate today;

    SyntheticProcesses(DemoData data, DemoCandidates candidates, Random random, LocalDate today) {
        this.data = data;
        this.candidates = candidates;
        this.random = random;
        this.today = today;
    }

    /** The processes the {@code mentor} user is mentor in, one of them {@code kandidat}'s own. */
    void addMentorProcesses() {
        int counsellor = data.userIndex(DemoOrganisation.COUNSELLOR);
        int mentor = data.userIndex(DemoOrganisation.MENTOR);

        int own = add(counsellor, Phase.FOLLOW_UP, DemoTimeline.workingDayAgo(today, 9), null, p -> {
            makeMentorProcess(p, mentor);
            p.attachmentAtStart = Attachment.NONE;
            p.counsellorKnewEmployer = true;
            p.initiative = Initiative.COUNSELLOR;
            p.goals = "Bli trygg på baking og salg i butikken. Øke arbeidstiden fra 50 % til 80 % innen tre "
                    + "måneder. Fast ansettelse etter endt tiltak.";
            p.nextAction = "Trekløversamtale på bakeriet";
            p.nextActionDue = DemoTimeline.workingDayOnOrAfter(today.plusDays(6));
        });
        DemoData.Process p = data.processes.get(own);
        DemoData.Candidate c = data.candidates.get(p.candidate);
        c.firstName = "Kaja";
        c.lastName = "Kandidat";
        c.email = DemoPeople.email(c.firstName, c.lastName, null);
        c.effortGroup = EffortGroup.SPESIELT_TILPASSET_INNSATS;
        c.wishes = "Jobbe i bakeri eller med matproduksjon";
        c.interests = "Matlaging og baking. Fotball.";
        c.strengths = "Nøyaktig. Godt humør. Punktlig og pliktoppfyllende.";
        c.experience = "Sommerjobb i dagligvarebutikk. Kjøkkenassistent på kafé.";
        c.education = "Vg1 restaurant- og matfag";
        c.adaptationNeeds = "Trenger faste rutiner og en forutsigbar arbeidsdag";
        data.add(new DemoData.User(DemoOrganisation.CANDIDATE, true, c.fullName(), Role.CANDIDATE, null, null,
                p.candidate, c.email, c.phone));

        add(counsellor, Phase.MENTOR_IDENTIFIED, DemoTimeline.workingDayAgo(today, 4), null,
                q -> makeMentorProcess(q, mentor));
        add(counsellor, Phase.CLOSURE, DemoTimeline.workingDayAgo(today, 45), null, q -> {
            makeMentorProcess(q, mentor);
            q.outcome = Outcome.ORDINARY_JOB;
            q.outcomeNote = null;
            q.attachedAtEnd = DemoChoices.attachedAtEnd(q.outcome);
        });
    }

    void addExtra(int count) {
        List<Integer> owners = owners(count);
        for (int i = 0; i < count; i++) {
            int counsellor = owners.get(i);
            if (i % REPEAT_EVERY == 5 && i + 1 < count) {
                Phase older = random.nextBoolean() ? Phase.CLOSURE : Phase.POST_CHECK;
                int olderDaysAgo = older == Phase.CLOSURE ? DemoTimeline.between(random, 200, 400)
                        : DemoTimeline.between(random, 1, 120);
                LocalDate olderDay = DemoTimeline.workingDayAgo(today, olderDaysAgo);
                int first = add(counsellor, older, olderDay, null, NO_CHANGE);
                Phase current = Phase.values()[random.nextInt(Phase.MENTOR_IDENTIFIED.ordinal() + 1)];
                add(counsellor, current, DemoTimeline.workingDayAgo(today, DemoTimeline.between(random, 1, 60)),
                        data.processes.get(first).candidate, NO_CHANGE);
                i++;
            } else {
                LocalDate day = DemoTimeline.workingDayAgo(today, DemoTimeline.between(random, 1, 120));
                add(counsellor, DemoChoices.phase(random), day, null, NO_CHANGE);
            }
        }
    }

    /** Who owns each of {@code count} processes, in a shuffled but repeatable order. */
    private List<Integer> owners(int count) {
        int counsellor = data.userIndex(DemoOrganisation.COUNSELLOR);
        int counsellor2 = data.userIndex(DemoOrganisation.COUNSELLOR_2);
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < data.users.size(); i++) {
            if (data.users.get(i).role() == Role.COUNSELLOR && !data.users.get(i).canLogIn()) {
                others.add(i);
            }
        }
        int first = (int) Math.round(count * COUNSELLOR_SHARE);
        int second = (int) Math.round(count * COUNSELLOR_2_SHARE);
        List<Integer> owners = new ArrayList<>(count);
        owners.addAll(Collections.nCopies(first, counsellor));
        owners.addAll(Collections.nCopies(second, counsellor2));
        for (int i = 0; owners.size() < count; i++) {
            owners.add(others.get(i % others.size()));
        }
        Collections.shuffle(owners, random);
        return owners;
    }

    /**
     * Adds a process (and a new candidate unless one is given) and returns the process's index; {@code adjust}
     * may change the generated fields before the measures are derived from them.
     */
    private int add(int counsellor, Phase phase, LocalDate phaseDay, Integer existingCandidate,
                    Consumer<DemoData.Process> adjust) {
        String officeId = data.users.get(counsellor).officeId();
        DemoTimeline.BackStep backStep = null;
        if (!phase.isBefore(Phase.MENTOR_IDENTIFIED) && random.nextInt(100) < 7) {
            Phase steppedBackFrom = phase.isBefore(Phase.START_UP) || random.nextBoolean()
                    ? Phase.MENTOR_IDENTIFIED : Phase.START_UP;
            backStep = new DemoTimeline.BackStep(steppedBackFrom,
                    DemoPeople.pick(random, DemoPeople.PHASE_BACK_COMMENTS));
        }
        DemoTimeline.Plan plan = DemoTimeline.plan(phase, phaseDay, backStep, null, random);

        int candidateIndex;
        if (existingCandidate == null) {
            DemoData.Candidate c = candidates.create(counsellor, officeId, phase, today, 18, 62,
                    plan.created().minusDays(random.nextInt(30)));
            c.updatedAt = plan.lastChange();
            candidateIndex = data.add(c);
        } else {
            candidateIndex = existingCandidate;
            DemoData.Candidate c = data.candidates.get(candidateIndex);
            if (plan.lastChange().isAfter(c.updatedAt)) {
                c.updatedAt = plan.lastChange();
            }
        }

        DemoData.Process p = new DemoData.Process();
        p.candidate = candidateIndex;
        p.counsellor = counsellor;
        p.officeId = officeId;
        p.phase = phase;
        p.phaseChangedAt = plan.lastChange();
        p.createdAt = plan.created();
        fillByPhase(p, plan, officeId);
        adjust.accept(p);
        int processIndex = data.add(p);
        data.addTimeline(processIndex, counsellor, plan);
        LocalDate employerChosen = plan.enteredOn(Phase.EMPLOYER_CONTACT);
        DemoMeasures.addFor(data, processIndex,
                employerChosen == null ? null : employerChosen.plusDays(DemoTimeline.between(random, 3, 10)));
        if (p.startDate != null && !p.startDate.isAfter(today) && !phase.isBefore(Phase.FOLLOW_UP)
                && random.nextInt(10) == 0) {
            DemoMeasures.addInclusionSubsidy(data, processIndex);
        }
        return processIndex;
    }

    /** The fields a process has by the time it reaches its phase (BRIEF §3). */
    private void fillByPhase(DemoData.Process p, DemoTimeline.Plan plan, String officeId) {
        Phase phase = p.phase;
        boolean workplaceChosen = !phase.isBefore(Phase.MENTOR_IDENTIFIED)
                || (phase == Phase.EMPLOYER_CONTACT && random.nextBoolean());
        if (workplaceChosen) {
            p.employer = DemoPeople.pick(random, data.employerIndexes(e -> e.officeId().equals(officeId)));
            p.counsellorKnewEmployer = random.nextInt(10) < 6;
            p.attachmentAtStart = DemoChoices.attachment(random);
            p.employersContacted = DemoChoices.employersContacted(data.processes.size(), p.counsellorKnewEmployer);
        }
        if (!phase.isBefore(Phase.MENTOR_IDENTIFIED)) {
            String first = DemoPeople.pick(random, DemoPeople.FIRST_NAMES);
            String last = DemoPeople.pick(random, DemoPeople.LAST_NAMES);
            p.mentorName = first + " " + last;
            p.mentorPhone = DemoPeople.mobile(random);
            p.mentorEmail = random.nextInt(10) < 7
                    ? DemoPeople.email(first, last, DemoPeople.domainOf(data.employers.get(p.employer).name())) : null;
            p.mentorRole = DemoPeople.pick(random, DemoPeople.MENTOR_ROLES);
            p.initiative = DemoChoices.initiative(random);
        }
        if (phase == Phase.START_UP) {
            // The start-up meeting may still be ahead.
            p.startDate = DemoTimeline.workingDayOnOrAfter(
                    plan.enteredOn(Phase.START_UP).plusDays(DemoTimeline.between(random, 0, 14)));
            p.goals = random.nextBoolean() ? DemoPeople.someOf(random, DemoPeople.GOALS) : null;
        } else if (!phase.isBefore(Phase.FOLLOW_UP)) {
            p.startDate = plan.enteredOn(Phase.START_UP);
            p.goals = DemoPeople.someOf(random, DemoPeople.GOALS);
        }
        if (!phase.isOpen()) {
            p.outcome = DemoChoices.outcome(random);
            p.outcomeNote = DemoChoices.outcomeNote(random, p.outcome);
            p.attachedAtEnd = DemoChoices.attachedAtEnd(p.outcome);
            p.endDate = plan.enteredOn(Phase.CLOSURE);
        }
        if (phase == Phase.POST_CHECK) {
            p.followUpStatus = DemoChoices.followUpStatus(random, p.outcome);
            p.postCheckDate = DemoTimeline.postCheckDate(plan, p.endDate);
        }
        if (phase.isOpen() && random.nextInt(4) != 0) {
            p.nextAction = DemoPeople.nextAction(random, phase);
            // About a third are overdue.
            p.nextActionDue = DemoTimeline.workingDayOnOrAfter(today.plusDays(DemoTimeline.between(random, -15, 30)));
        }
    }

    private void makeMentorProcess(DemoData.Process p, int mentorUser) {
        DemoData.User mentor = data.users.get(mentorUser);
        p.employer = DemoOrganisation.mentorEmployer(data);
        p.mentorUser = mentorUser;
        p.mentorName = mentor.displayName();
        p.mentorPhone = mentor.phone();
        p.mentorEmail = mentor.email();
        p.mentorRole = "Baker og fagleder";
    }
}
