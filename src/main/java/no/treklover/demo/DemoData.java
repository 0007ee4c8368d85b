package no.treklover.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import no.treklover.access.Role;
import no.treklover.candidate.EffortGroup;
import no.treklover.process.Attachment;
import no.treklover.process.AttachmentAtEnd;
import no.treklover.process.FollowUpStatus;
import no.treklover.process.Initiative;
import no.treklover.process.MeasureType;
import no.treklover.process.Outcome;
import no.treklover.process.Phase;
import no.treklover.process.ProcessEventType;

/**
 * The whole demo data set in memory, before it has database ids. Rows refer to each other by their index in
 * these lists; {@link DemoDataWriter} turns the indexes into ids.
 */
final class DemoData {

    /** A NAV unit: a local office, or (kind WORKLIFE_CENTRE) a county's Arbeidslivssenter. */
    record Office(String id, String name, String county, String kind) {
        Office(String id, String name, String county) {
            this(id, name, county, "OFFICE");
        }
    }

    record Employer(String orgNumber, String name, String industry, String municipality, String officeId,
                    String contactName, String contactPhone, String contactEmail) {
    }

    /** {@code employer} and {@code candidate} are indexes or null; users without a password cannot log in. */
    record User(String username, boolean canLogIn, String displayName, Role role, String officeId,
                Integer employer, Integer candidate, String email, String phone) {
    }

    static final class Candidate {
        String nationalId;
        LocalDate birthDate;
        String firstName;
        String lastName;
        String phone;
        String email;
        String officeId;
        int counsellor;
        EffortGroup effortGroup;
        String wishes;
        String interests;
        String strengths;
        String experience;
        String education;
        String adaptationNeeds;
        OffsetDateTime createdAt;
        OffsetDateTime updatedAt;

        String fullName() {
            return firstName + " " + lastName;
        }
    }

    static final class Process {
        int candidate;
        int counsellor;
        String officeId;
        Phase phase;
        OffsetDateTime phaseChangedAt;
        Integer employer;
        Boolean counsellorKnewEmployer;
        Attachment attachmentAtStart;
        Initiative initiative;
        String mentorName;
        String mentorPhone;
        String mentorEmail;
        String mentorRole;
        Integer mentorUser;
        String goals;
        LocalDate startDate;
        LocalDate endDate;
        Outcome outcome;
        String outcomeNote;
        FollowUpStatus followUpStatus;
        String nextAction;
        LocalDate nextActionDue;
        String measureJustification;
        LocalDate postCheckDate;
        AttachmentAtEnd attachedAtEnd;
        Integer employersContacted;
        OffsetDateTime createdAt;

        boolean open() {
            return phase.isOpen();
        }
    }

    record Measure(int process, MeasureType type, LocalDate startDate, LocalDate endDate) {
    }

    record Event(int process, OffsetDateTime occurredAt, int actor, ProcessEventType type, Phase fromPhase,
                 Phase toPhase, String comment) {
    }

    final List<Office> offices = new ArrayList<>();
    final List<Employer> employers = new ArrayList<>();
    final List<User> users = new ArrayList<>();
    final List<Candidate> candidates = new ArrayList<>();
    final List<Process> processes = new ArrayList<>();
    final List<Measure> measures = new ArrayList<>();
    final List<Event> events = new ArrayList<>();

    int add(Employer employer) {
        employers.add(employer);
        return employers.size() - 1;
    }

    int add(User user) {
        users.add(user);
        return users.size() - 1;
    }

    int add(Candidate candidate) {
        candidates.add(candidate);
        return candidates.size() - 1;
    }

    int add(Process process) {
        processes.add(process);
        return processes.size() - 1;
    }

    /** The process's history, with the counsellor as actor of every step. */
    void addTimeline(int process, int actor, DemoTimeline.Plan plan) {
        for (DemoTimeline.Step step : plan.steps()) {
            events.add(new Event(process, step.at(), actor, step.type(), step.fromPhase(), step.toPhase(),
                    step.comment()));
        }
    }

    int userIndex(String username) {
        for (int i = 0; i < users.size(); i++) {
            if (users.get(i).username().equals(username)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No demo user " + username);
    }

    List<Integer> employerIndexes(Predicate<Employer> test) {
        return IntStream.range(0, employers.size()).filter(i -> test.test(employers.get(i))).boxed().toList();
    }
}
