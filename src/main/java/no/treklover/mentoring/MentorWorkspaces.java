package no.treklover.mentoring;

import java.util.List;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.access.MentoringAction;
import no.treklover.platform.errors.ForbiddenException;
import no.treklover.process.PartnerProcesses;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The mentor's list of candidates, each with whether the confidentiality declaration is signed. */
@Service
public class MentorWorkspaces {

    /**
     * One candidate of the mentor. {@code agreementId}: the agreement where the mentor signs the declaration
     * (null when there is none yet); {@code openQuestions} and {@code openFlags} only once signed.
     */
    public record Row(long processId, String candidateName, String phase, boolean open, boolean signed,
            Long agreementId, long openQuestions, long openFlags) {
    }

    private final PartnerProcesses partnerProcesses;
    private final MentoringCases cases;
    private final AccessPolicy policy;
    private final JdbcClient jdbc;

    MentorWorkspaces(PartnerProcesses partnerProcesses, MentoringCases cases, AccessPolicy policy, JdbcClient jdbc) {
        this.partnerProcesses = partnerProcesses;
        this.cases = cases;
        this.policy = policy;
        this.jdbc = jdbc;
    }

    @Transactional
    public List<Row> mine(CurrentUser user) {
        policy.requireMentorWorkspaces(user);
        List<PartnerProcesses.Row> shown = partnerProcesses.visibleTo(user);
        partnerProcesses.logShown(user, shown);
        return rows(user, shown);
    }

    private List<Row> rows(CurrentUser user, List<PartnerProcesses.Row> shown) {
        return shown.stream().map(p -> {
            MentoringCases.Case c = cases.load(p.processId());
            boolean signed = c.mentorSigned()
                    && policy.permitsMentoring(user, MentoringAction.READ_CHECKLIST, c.scope(), c.mentorSigned());
            Long agreement = jdbc.sql("""
                            select id from mentor_agreement where process_id = :p and mentor_user_id = :m
                             order by (mentor_signed_confidentiality_at is null) desc, created_at desc, id desc
                             limit 1""")
                    .param("p", p.processId()).param("m", user.id()).query(Long.class).optional().orElse(null);
            long questions = signed ? count("""
                    select count(*) from mentoring_question where process_id = :p and first_answered_at is null""",
                    p.processId()) : 0;
            long flags = signed ? count("""
                    select count(*) from challenge_flag where process_id = :p and resolved_at is null""",
                    p.processId()) : 0;
            return new Row(p.processId(), p.candidateName(), p.phase().name(), p.open(), signed, agreement,
                    questions, flags);
        }).toList();
    }

    /** The mentor's row for one process, or 403 if it is not theirs (for the workspace page before signing). */
    Row mineFor(CurrentUser user, long processId) {
        policy.requireMentorWorkspaces(user);
        List<PartnerProcesses.Row> one = partnerProcesses.visibleTo(user).stream()
                .filter(r -> r.processId() == processId).toList();
        if (one.isEmpty()) {
            throw new ForbiddenException(user.username() + " is not the mentor of " + processId);
        }
        partnerProcesses.logShown(user, one);
        return rows(user, one).get(0);
    }

    private long count(String sql, long processId) {
        return jdbc.sql(sql).param("p", processId).query(Long.class).single();
    }
}
