package no.treklover.agreement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.audit.AuditAction;
import no.treklover.audit.AuditLog;
import no.treklover.platform.web.PageBounds;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The beslutter's queue: grant periods of the agreements at their office(s), by status, the oldest period first,
 * as one indexed query (grant_period (status, from_date) joined to the agreement's office).
 */
@Component
public class GrantPeriodQueue {

    public static final int DEFAULT_SIZE = 20;

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final AuditLog audit;

    GrantPeriodQueue(JdbcClient jdbc, AccessPolicy policy, AuditLog audit) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.audit = audit;
    }

    /** What the beslutter asks: status (default UBEHANDLET), office (default all theirs), page. */
    public record Filter(GrantPeriodStatus status, String office, Integer page, Integer size) {

        public Filter {
            status = status == null ? GrantPeriodStatus.UBEHANDLET : status;
            office = office == null || office.isBlank() ? null : office.strip();
            page = PageBounds.clampPage(page);
            size = PageBounds.clampSize(size, DEFAULT_SIZE);
        }

        public Filter withPage(int newPage) {
            return new Filter(status, office, newPage, size);
        }
    }

    /** One line of the queue. */
    public record Row(long periodId, long agreementId, long processId, String officeId, String candidateName,
            String employerName, int sequenceNumber, LocalDate from, LocalDate to, BigDecimal amount,
            GrantPeriodStatus status, Instant waitingSince, boolean agreementConcluded, long version) {
    }

    /** A beslutter's offices ({@link AccessPolicy#grantPeriodOffices}); the queue already takes several. */
    public List<String> officesOf(CurrentUser user) {
        return policy.grantPeriodOffices(user);
    }

    /** Only a beslutter, only for their own offices (403 otherwise); each candidate shown is audit-logged. */
    @Transactional
    public Page<Row> find(CurrentUser user, Filter filter) {
        List<String> asked = policy.requireGrantPeriodQueue(user, filter.office(), GrantPeriodService.RESOURCE);
        String where = """
                from grant_period gp
                join mentor_agreement a on a.id = gp.agreement_id
                where gp.status = :status and a.office_id in (:offices) and a.annulled_at is null
                """;
        long total = jdbc.sql("select count(*) " + where).param("status", filter.status().name())
                .param("offices", asked).query(Long.class).single();
        Set<Long> candidatesShown = new LinkedHashSet<>();
        List<Row> rows = jdbc.sql("""
                select gp.id, gp.agreement_id, a.process_id, a.office_id, a.candidate_id,
                       c.first_name || ' ' || c.last_name as candidate_name, e.name as employer_name,
                       gp.sequence_number, gp.from_date, gp.to_date, gp.amount, gp.status,
                       coalesce(gp.resubmitted_at, gp.created_at) as waiting_since,
                       a.concluded_at is not null as concluded, gp.version
                from grant_period gp
                join mentor_agreement a on a.id = gp.agreement_id
                join candidate c on c.id = a.candidate_id
                join employer e on e.id = a.employer_id
                where gp.status = :status and a.office_id in (:offices) and a.annulled_at is null
                order by gp.from_date, gp.id
                limit :limit offset :offset
                """)
                .param("status", filter.status().name()).param("offices", asked)
                .param("limit", filter.size()).param("offset", (long) filter.page() * filter.size())
                .query((rs, n) -> {
                    candidatesShown.add(rs.getLong("candidate_id"));
                    return new Row(rs.getLong("id"), rs.getLong("agreement_id"), rs.getLong("process_id"),
                            rs.getString("office_id"), rs.getString("candidate_name"), rs.getString("employer_name"),
                            rs.getInt("sequence_number"), rs.getObject("from_date", LocalDate.class),
                            rs.getObject("to_date", LocalDate.class), rs.getBigDecimal("amount"),
                            GrantPeriodStatus.valueOf(rs.getString("status")),
                            rs.getTimestamp("waiting_since").toInstant(), rs.getBoolean("concluded"),
                            rs.getLong("version"));
                })
                .list();
        // One entry per candidate shown, however many of their periods are on the page.
        candidatesShown.forEach(candidate ->
                audit.allowed(user, AuditAction.READ, GrantPeriodService.RESOURCE, candidate, "GRANT_PERIOD_QUEUE"));
        return new PageImpl<>(rows, PageRequest.of(filter.page(), filter.size()), total);
    }
}
