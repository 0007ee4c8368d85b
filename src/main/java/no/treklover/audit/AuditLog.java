package no.treklover.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import no.treklover.access.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who read or changed which candidate's personal data, and whether it was allowed. Allowed access is
 * written in the caller's transaction (it stands or falls with the work); a denial is written in its
 * own transaction so that it survives the rollback the denial causes. Entries are written unsealed;
 * {@link AuditChainSealer} appends them to the tamper-evident hash chain once they are committed.
 */
@Service
public class AuditLog {

    /** The resource name under which reads of the audit log itself are logged. */
    public static final String RESOURCE = "audit-log";

    /** Candidates per multi-row insert: far below PostgreSQL's limit of bind parameters per statement. */
    static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final TransactionTemplate separateTransaction;

    AuditLog(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void allowed(CurrentUser user, AuditAction action, String resource, Long candidateId, String purpose) {
        insert(user, action, resource, candidateId, purpose, true);
    }

    /**
     * One allowed entry per candidate (a list that shows several candidates: each candidate's own log must show it),
     * written with one multi-row insert per {@value #CHUNK} candidates in the caller's transaction, in the order
     * given (duplicates once). Sealed into the hash chain like every other entry, by {@link AuditChainSealer}.
     */
    public void allowedForEach(CurrentUser user, AuditAction action, String resource, Collection<Long> candidateIds,
            String purpose) {
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(candidateIds));
        distinct.removeIf(java.util.Objects::isNull);
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            List<Long> chunk = distinct.subList(from, Math.min(distinct.size(), from + CHUNK));
            jdbc.sql("""
                            insert into audit_entry (actor_id, actor_username, actor_role, action, resource,
                                                     candidate_id, purpose, allowed)
                            select :actorId, :username, :role, :action, :resource, c.id, :purpose, true
                            from unnest(array[:candidateIds]::bigint[]) with ordinality as c(id, n)
                            order by c.n
                            """)
                    .param("actorId", user.id())
                    .param("username", user.username())
                    .param("role", user.role().name())
                    .param("action", action.name())
                    .param("resource", resource)
                    .param("candidateIds", chunk)
                    .param("purpose", purpose)
                    .update();
        }
    }

    public void denied(CurrentUser user, AuditAction action, String resource, Long candidateId, String purpose) {
        separateTransaction.executeWithoutResult(status -> insert(user, action, resource, candidateId, purpose, false));
    }

    private void insert(CurrentUser user, AuditAction action, String resource, Long candidateId, String purpose,
            boolean allowed) {
        jdbc.sql("""
                        insert into audit_entry (actor_id, actor_username, actor_role, action, resource, candidate_id,
                                                 purpose, allowed)
                        values (:actorId, :username, :role, :action, :resource, :candidateId, :purpose, :allowed)
                        """)
                .param("actorId", user.id())
                .param("username", user.username())
                .param("role", user.role().name())
                .param("action", action.name())
                .param("resource", resource)
                .param("candidateId", candidateId)
                .param("purpose", purpose)
                .param("allowed", allowed)
                .update();
    }
}
