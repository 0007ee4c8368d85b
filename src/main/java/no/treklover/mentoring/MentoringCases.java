package no.treklover.mentoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CaseScope;
import no.treklover.access.CurrentUser;
import no.treklover.access.MentoringAction;
import no.treklover.access.QuestionAsker;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.process.InclusionProcess;
import no.treklover.process.InclusionProcessRepository;
import org.springframework.stereotype.Component;

/** Loads a process with what decides access to its workspace, and asks {@link AccessPolicy} (which audit-logs). */
@Component
class MentoringCases {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    record Case(InclusionProcess process, CaseScope scope, boolean mentorSigned) {

        long id() {
            return process.getId();
        }
    }

    private final InclusionProcessRepository processes;
    private final AccessPolicy policy;
    private final Clock clock;

    MentoringCases(InclusionProcessRepository processes, AccessPolicy policy, Clock clock) {
        this.processes = processes;
        this.policy = policy;
        this.clock = clock;
    }

    Case load(long processId) {
        InclusionProcess process = processes.findById(processId)
                .orElseThrow(() -> new NotFoundException("process", processId));
        return new Case(process, process.scope(), process.isMentorDeclarationSigned());
    }

    /** Whether this user must sign the confidentiality declaration before the workspace opens (the mentor). */
    boolean signsDeclaration(CurrentUser user) {
        return policy.signsConfidentialityDeclaration(user);
    }

    /** 404 for an unknown process, 403 (logged) unless the policy permits the action, else the case (logged). */
    Case require(CurrentUser user, long processId, MentoringAction action, String resource) {
        return require(user, load(processId), action, resource);
    }

    /** The same for a case already loaded in this request (a page that shows several of its parts). */
    Case require(CurrentUser user, Case c, MentoringAction action, String resource) {
        policy.requireMentoring(user, action, c.scope(), c.mentorSigned(), resource);
        return c;
    }

    /** Whether this user, who reads the case's questions, may read one asked by {@code asker} (the policy decides). */
    boolean readsQuestion(CurrentUser user, Case c, QuestionAsker asker) {
        return policy.readsQuestion(user, c.scope(), c.mentorSigned(), asker);
    }

    /** 403 (logged) unless this user may read a question asked by {@code asker}; the read is logged. */
    void requireQuestion(CurrentUser user, Case c, QuestionAsker asker, String resource) {
        policy.requireQuestion(user, c.scope(), c.mentorSigned(), asker, resource);
    }

    boolean permits(CurrentUser user, Case c, MentoringAction action) {
        return policy.permitsMentoring(user, action, c.scope(), c.mentorSigned());
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(OSLO));
    }

    Clock clock() {
        return clock;
    }
}
