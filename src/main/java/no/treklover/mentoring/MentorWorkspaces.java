package no.treklover.mentoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    public record WorkspaceRow(long processId, String candidateName, String phase, boolean open, boolean signed,
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
    public List<WorkspaceRow> mine(CurrentUser user) {
        policy.requireMentorWorkspaces(user);
        List<PartnerProcesses.PartnerProcessRow> shown = partnerProcesses.visibleTo(user);
        partnerProcesses.logShown(user, shown);
        return rows(user, shown);
    }

    /** The agreement and the open counts of all rows in three queries, not three per row. */
    private List<WorkspaceRow> rows(CurrentUser user, List<PartnerProcesses.PartnerProcessRow> shown) {
        if (shown.isEmpty()) {
            return List.of();
        }
        List<Long> ids = shown.stream().map(PartnerProcesses.PartnerProcessRow::processId).toList();
        Map<Long, Long> agreements = perProcess(jdbc.sql("""
                        select distinct on (process_id) process_id, id from mentor_agreement
                         where process_id in (:ids) and mentor_user_id = :m
                         order by process_id, (mentor_signed_confidentiality_at is null) desc, created_at desc,
                                  id desc""").param("ids", ids).param("m", user.id()));
        Map<Long, Long> questions = perProcess(jdbc.sql("""
                        select process_id, count(*) from mentoring_question
                         where process_id in (:ids) and first_answered_at is null
                         group by process_id""").param("ids", ids));
        Map<Long, Long> flags = perProcess(jdbc.sql("""
                        select process_id, count(*) from challenge_flag
                         where process_id in (:ids) and resolved_at is null
                         group by process_id""").param("ids", ids));
        return shown.stream().map(p -> {
            MentoringCases.Case c = cases.load(p.processId());
            boolean signed = c.mentorSigned()
                    && policy.permitsMentoring(user, MentoringAction.READ_CHECKLIST, c.scope(), c.mentorSigned());
            return new WorkspaceRow(p.processId(), p.candidateName(), p.phase().name(), p.open(), signed,
                    agreements.get(p.processId()), signed ? questions.getOrDefault(p.processId(), 0L) : 0,
                    signed ? flags.getOrDefault(p.processId(), 0L) : 0);
        }).toList();
    }

    /** The mentor's row for one process, or 403 if it is not theirs (for the workspace page before signing). */
    WorkspaceRow mineFor(CurrentUser user, long processId) {
        policy.requireMentorWorkspaces(user);
        List<PartnerProcesses.PartnerProcessRow> one = partnerProcesses.visibleTo(user).stream()
                .filter(r -> r.processId() == processId).toList();
        if (one.isEmpty()) {
            throw new ForbiddenException(user.username() + " is not the mentor of " + processId);
        }
        partnerProcesses.logShown(user, one);
        return rows(user, one).get(0);
    }

    /** A query's second column by its first (a process id), for the given processes. */
    private static Map<Long, Long> perProcess(JdbcClient.StatementSpec query) {
        Map<Long, Long> values = new HashMap<>();
        query.query((rs, n) -> values.put(rs.getLong(1), rs.getLong(2))).list();
        return values;
    }
}
