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

    /**
     * A period (gp) of an agreement (a) that a beslutter can decide today, as {@link GrantPeriodRules#refuseDecision}
     * says: after conclusion from the first day of its month ({@code :nextMonth} is the first day of next month);
     * before, only the agreement's first active period. Shared by the queue and the notifications.
     */
    static final String DECIDABLE_NOW = """
            ((a.concluded_at is not null and gp.from_date < :nextMonth)
             or (a.concluded_at is null and a.counsellor_approved_at is not null
                 and not exists (select 1 from grant_period o where o.agreement_id = gp.agreement_id
                                   and o.status <> 'ANNULLERT' and o.from_date < gp.from_date)))""";

    /** Which undecided periods a view shows: those decidable now, those later, or both (other statuses). */
    public enum When { NOW, LATER, ANY }

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final AuditLog audit;

    GrantPeriodQueue(JdbcClient jdbc, AccessPolicy policy, AuditLog audit) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.audit = audit;
    }

    /** What the beslutter asks: status (default UBEHANDLET), office (default all theirs), page. */
    public record Filter(GrantPeriodStatus status, String office, Integer page, Integer size, When when) {

        public Filter {
            status = status == null ? GrantPeriodStatus.UBEHANDLET : status;
            office = office == null || office.isBlank() ? null : office.strip();
            page = PageBounds.clampPage(page);
            size = PageBounds.clampSize(size, DEFAULT_SIZE);
            when = status != GrantPeriodStatus.UBEHANDLET || when == null ? When.ANY : when;
        }

        public Filter(GrantPeriodStatus status, String office, Integer page, Integer size) {
            this(status, office, page, size, When.ANY);
        }

        public Filter withPage(int newPage) {
            return new Filter(status, office, newPage, size, when);
        }

        public Filter when(When part, Integer newPage) {
            return new Filter(status, office, newPage, size, part);
        }
    }

    /** One line of the queue. */
    public record QueueRow(long periodId, long agreementId, long processId, String officeId, String candidateName,
            String employerName, int sequenceNumber, LocalDate from, LocalDate to, BigDecimal amount,
            GrantPeriodStatus status, Instant waitingSince, boolean agreementConcluded, long version) {

        /** From when a later period can be decided: the first day of its month, once the agreement is concluded. */
        public LocalDate decidableFrom() {
            return GrantPeriodRules.decidableFrom(from);
        }
    }

    /** A beslutter's offices ({@link AccessPolicy#grantPeriodOffices}); the queue already takes several. */
    public List<String> officesOf(CurrentUser user) {
        return policy.grantPeriodOffices(user);
    }

    /** Only a beslutter, only for their own offices (403 otherwise); each candidate shown is audit-logged. */
    @Transactional
    public Page<QueueRow> find(CurrentUser user, Filter filter, LocalDate today) {
        List<String> asked = policy.requireGrantPeriodQueue(user, filter.office(), GrantPeriodService.RESOURCE);
        String when = switch (filter.when()) {
            case NOW -> " and " + DECIDABLE_NOW;
            case LATER -> " and not " + DECIDABLE_NOW;
            case ANY -> "";
        };
        LocalDate nextMonth = today.withDayOfMonth(1).plusMonths(1);
        String where = """
                from grant_period gp
                join mentor_agreement a on a.id = gp.agreement_id
                where gp.status = :status and a.office_id in (:offices) and a.annulled_at is null
                """ + when;
        var count = jdbc.sql("select count(*) " + where).param("status", filter.status().name())
                .param("offices", asked);
        long total = (when.isEmpty() ? count : count.param("nextMonth", nextMonth)).query(Long.class).single();
        Set<Long> candidatesShown = new LinkedHashSet<>();
        var select = jdbc.sql("""
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
                """ + when + """
                order by gp.from_date, gp.id
                limit :limit offset :offset
                """);
        if (!when.isEmpty()) {
            select = select.param("nextMonth", nextMonth);
        }
        List<QueueRow> rows = select
                .param("status", filter.status().name()).param("offices", asked)
                .param("limit", filter.size()).param("offset", (long) filter.page() * filter.size())
                .query((rs, n) -> {
                    candidatesShown.add(rs.getLong("candidate_id"));
                    return new QueueRow(rs.getLong("id"), rs.getLong("agreement_id"), rs.getLong("process_id"),
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
