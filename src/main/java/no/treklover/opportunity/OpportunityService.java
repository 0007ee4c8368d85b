package no.treklover.opportunity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.treklover.access.AccessPolicy;
import no.treklover.access.AccessPolicy.OpportunityAccess;
import no.treklover.access.CurrentUser;
import no.treklover.employer.Employer;
import no.treklover.employer.EmployerService;
import no.treklover.platform.LikePattern;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.RuleViolationException.Violation;
import no.treklover.platform.errors.StaleVersionException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employers' opportunities (issue 13): written by the market side for any employer, read by counsellors, and written
 * by the employer itself for its own only. Who may do what is {@link AccessPolicy#opportunityAccess}. No candidate
 * data, so nothing is audit-logged here.
 */
@Service
public class OpportunityService {

    private final OpportunityRepository opportunities;
    private final EmployerService employers;
    private final AccessPolicy policy;
    private final JdbcClient jdbc;
    private final Clock clock;

    OpportunityService(OpportunityRepository opportunities, EmployerService employers, AccessPolicy policy,
            JdbcClient jdbc, Clock clock) {
        this.opportunities = opportunities;
        this.employers = employers;
        this.policy = policy;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One row of the list, with the employer's and the workplace's names. */
    public record Row(long id, String title, long employerId, String employerName, String subUnitName,
            OpportunityType type, OpportunityStatus status, String municipality, String county, Integer hoursPerWeek,
            int slots, java.time.LocalDate startsOn, java.time.LocalDate endsOn, Instant updatedAt, long version) {
    }

    /** One opportunity as its page shows it, with what this user may do. */
    public record View(Opportunity opportunity, String employerName, String orgNumber, String subUnitName,
            boolean mayEdit) {
    }

    public record SubUnit(long id, String name) {
    }

    // ------------------------------------------------------------------ writing

    @Transactional
    public Opportunity create(CurrentUser user, OpportunityDetails details) {
        OpportunityDetails d = ownEmployerOr(user, details);
        // Without an employer only a writer for any employer gets as far as the field error; id 0 is nobody's own.
        policy.requireOpportunity(user, d.employerId() == null ? 0 : d.employerId(), true);
        check(d);
        return opportunities.save(new Opportunity(d, user.id(), clock.instant()));
    }

    @Transactional
    public Opportunity update(CurrentUser user, long id, long expectedVersion, OpportunityDetails details) {
        Opportunity o = load(id);
        policy.requireOpportunity(user, o.getEmployerId(), true);
        if (o.getVersion() != expectedVersion) {
            throw new StaleVersionException();
        }
        OpportunityDetails d = withEmployer(details, o.getEmployerId());
        check(d);
        o.apply(d, clock.instant());
        opportunities.flush();
        return o;
    }

    @Transactional
    public Opportunity changeStatus(CurrentUser user, long id, long expectedVersion, OpportunityStatus target) {
        Opportunity o = load(id);
        policy.requireOpportunity(user, o.getEmployerId(), true);
        if (o.getVersion() != expectedVersion) {
            throw new StaleVersionException();
        }
        if (!o.getStatus().mayBecome(target)) {
            throw new RuleViolationException("status", "opportunities.rule.status");
        }
        o.changeStatus(target, clock.instant());
        opportunities.flush();
        return o;
    }

    /** The employer's own page writes for its own organisation whatever the form says. */
    private OpportunityDetails ownEmployerOr(CurrentUser user, OpportunityDetails d) {
        return policy.opportunityAccess(user) == OpportunityAccess.OWN_EMPLOYER && user.employerId() != null
                ? withEmployer(d, user.employerId()) : d;
    }

    private static OpportunityDetails withEmployer(OpportunityDetails d, long employerId) {
        return new OpportunityDetails(employerId, d.subUnitId(), d.title(), d.tasks(), d.requirementsMust(),
                d.requirementsNice(), d.trainingOffered(), d.mentorAvailable(), d.hoursPerWeek(), d.slots(), d.type(),
                d.hireChance(), d.startsOn(), d.endsOn(), d.municipality(), d.county(), d.constraints());
    }

    /** The rules beyond the record's own: a known employer and workplace, a known county, a period in order. */
    private void check(OpportunityDetails d) {
        List<Violation> violations = new ArrayList<>();
        Employer employer = d.employerId() == null ? null : employers.find(d.employerId()).orElse(null);
        if (employer == null) {
            violations.add(new Violation("employerId", "opportunities.rule.employer"));
        } else if (d.subUnitId() != null && subUnitName(employer.getId(), d.subUnitId()) == null) {
            violations.add(new Violation("subUnitId", "opportunities.rule.subUnit"));
        }
        if (!Counties.known(d.county())) {
            violations.add(new Violation("county", "opportunities.rule.county"));
        }
        if (d.startsOn() != null && d.endsOn() != null && d.endsOn().isBefore(d.startsOn())) {
            violations.add(new Violation("endsOn", "opportunities.rule.period"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    // ------------------------------------------------------------------ reading

    @Transactional(readOnly = true)
    public View view(CurrentUser user, long id) {
        Opportunity o = load(id);
        policy.requireOpportunity(user, o.getEmployerId(), false);
        Map<String, Object> names = jdbc.sql("""
                        select e.name, e.org_number, s.name as sub_unit from employer e
                        left join employer_sub_unit s on s.id = :subUnit where e.id = :employer""")
                .param("subUnit", o.getSubUnitId()).param("employer", o.getEmployerId()).query().singleRow();
        return new View(o, (String) names.get("name"), (String) names.get("org_number"),
                (String) names.get("sub_unit"), policy.permitsOpportunity(user, o.getEmployerId(), true));
    }

    /** For the edit form and the API: the opportunity itself, if the user may read it. */
    @Transactional(readOnly = true)
    public Opportunity get(CurrentUser user, long id) {
        Opportunity o = load(id);
        policy.requireOpportunity(user, o.getEmployerId(), false);
        return o;
    }

    /** The list, newest change first, in one statement; an employer sees only its own. */
    @Transactional(readOnly = true)
    public Page<Row> list(CurrentUser user, OpportunityFilter filter, int page, int size) {
        OpportunityAccess access = policy.requireOpportunities(user);
        Long employerId = access == OpportunityAccess.OWN_EMPLOYER ? user.employerId() : null;
        return query(filter, employerId, page, size);
    }

    /** The cards on the employer's profile and own page: its opportunities, or null for whoever may not read them. */
    @Transactional(readOnly = true)
    public Page<Row> forEmployer(CurrentUser user, long employerId) {
        if (user == null || !policy.permitsOpportunity(user, employerId, false)) {
            return null;
        }
        return query(OpportunityFilter.NONE, employerId, 0, 10);
    }

    public boolean mayWrite(CurrentUser user, long employerId) {
        return user != null && policy.permitsOpportunity(user, employerId, true);
    }

    public boolean mayWriteAny(CurrentUser user) {
        return user != null && policy.opportunityAccess(user) == OpportunityAccess.EDIT;
    }

    @Transactional(readOnly = true)
    public String employerName(Long employerId) {
        return employerId == null ? null : employers.find(employerId).map(Employer::getName).orElse(null);
    }

    @Transactional(readOnly = true)
    public List<SubUnit> subUnits(Long employerId) {
        if (employerId == null) {
            return List.of();
        }
        return jdbc.sql("select id, name from employer_sub_unit where employer_id = :id "
                        + "and register_deleted_on is null order by name limit 200")
                .param("id", employerId).query((rs, n) -> new SubUnit(rs.getLong(1), rs.getString(2))).list();
    }

    @Transactional(readOnly = true)
    public List<Employer> searchEmployers(CurrentUser user, String search) {
        if (search == null || search.isBlank()) {
            return List.of();
        }
        return employers.search(user, search, PageRequest.of(0, 10)).getContent();
    }

    /** An open opportunity as matching reads it, with its employer's and workplace's names. */
    public record Matchable(long id, long employerId, Long subUnitId, String employerName, String subUnitName,
            String title, String tasks, List<String> mustHave, List<String> niceToHave, Integer hoursPerWeek,
            OpportunityType type, String municipality, String county, java.util.Set<WorkConstraint> constraints,
            long version) {
    }

    /**
     * The open opportunities of a county, newest change first, at most {@code cap}: matching's bounded pre-filter,
     * one range of the (status, county, updated_at) index. For NAV staff who read opportunities.
     */
    @Transactional(readOnly = true)
    public List<Matchable> openInCounty(CurrentUser user, String county, int cap) {
        requireMatching(user);
        return jdbc.sql(MATCHABLE.formatted("""
                        (select * from opportunity where status = 'OPEN' and county = :county
                         order by updated_at desc limit :cap)"""))
                .param("county", county).param("cap", cap).query(OpportunityService::matchable).list();
    }

    /** One opportunity as matching reads it (a ranking's explanation), whatever its status, for the same staff. */
    @Transactional(readOnly = true)
    public Matchable matchable(CurrentUser user, long id) {
        requireMatching(user);
        return jdbc.sql(MATCHABLE.formatted("(select * from opportunity where id = :id)")).param("id", id)
                .query(OpportunityService::matchable).optional()
                .orElseThrow(() -> new no.treklover.platform.errors.NotFoundException("opportunity", id));
    }

    private void requireMatching(CurrentUser user) {
        OpportunityAccess access = policy.requireOpportunities(user);
        if (access == OpportunityAccess.OWN_EMPLOYER) {
            throw new no.treklover.platform.errors.ForbiddenException(user.username() + " does not match");
        }
    }

    private static final String MATCHABLE = """
            select o.id, o.employer_id, o.sub_unit_id, e.name as employer_name, s.name as sub_unit_name,
                   o.title, o.tasks, o.requirements_must, o.requirements_nice, o.hours_per_week, o.type,
                   o.municipality, o.county, o.work_constraints, o.version
            from %s o
            join employer e on e.id = o.employer_id
            left join employer_sub_unit s on s.id = o.sub_unit_id""";

    private static Matchable matchable(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Matchable(rs.getLong("id"), rs.getLong("employer_id"), (Long) rs.getObject("sub_unit_id"),
                rs.getString("employer_name"), rs.getString("sub_unit_name"), rs.getString("title"),
                rs.getString("tasks"), Opportunity.lines(rs.getString("requirements_must")),
                Opportunity.lines(rs.getString("requirements_nice")), (Integer) rs.getObject("hours_per_week"),
                OpportunityType.valueOf(rs.getString("type")), rs.getString("municipality"), rs.getString("county"),
                WorkConstraint.parse(rs.getString("work_constraints")), rs.getLong("version"));
    }

    private Page<Row> query(OpportunityFilter filter, Long employerId, int page, int size) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (employerId != null) {
            where.append(" and o.employer_id = :employerId");
            params.put("employerId", employerId);
        }
        if (filter.status() != null) {
            where.append(" and o.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.type() != null) {
            where.append(" and o.type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.municipality() != null && !filter.municipality().isBlank()) {
            where.append(" and lower(o.municipality) = :municipality");
            params.put("municipality", filter.municipality().strip().toLowerCase());
        }
        if (filter.employer() != null && !filter.employer().isBlank()) {
            where.append(" and (lower(e.name) like :employer or e.org_number = :orgNumber)");
            params.put("employer", LikePattern.contains(filter.employer()));
            params.put("orgNumber", filter.employer().strip());
        }
        params.put("limit", size);
        params.put("offset", (long) page * size);
        String sql = """
                select o.id, o.title, o.employer_id, e.name as employer_name, s.name as sub_unit_name, o.type, o.status,
                       o.municipality, o.county, o.hours_per_week, o.slots, o.starts_on, o.ends_on, o.updated_at,
                       o.version, count(*) over () as total
                from opportunity o join employer e on e.id = o.employer_id
                left join employer_sub_unit s on s.id = o.sub_unit_id""" + where
                + " order by o.updated_at desc, o.id desc limit :limit offset :offset";
        long[] total = {0};
        List<Row> rows = jdbc.sql(sql).params(params).query((rs, n) -> {
            total[0] = rs.getLong("total");
            return row(rs);
        }).list();
        if (rows.isEmpty() && page > 0) {
            total[0] = jdbc.sql("select count(*) from opportunity o join employer e on e.id = o.employer_id" + where)
                    .params(params).query(Long.class).single();
        }
        return new PageImpl<>(rows, PageRequest.of(page, size), total[0]);
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("title"), rs.getLong("employer_id"),
                rs.getString("employer_name"), rs.getString("sub_unit_name"),
                OpportunityType.valueOf(rs.getString("type")), OpportunityStatus.valueOf(rs.getString("status")),
                rs.getString("municipality"), rs.getString("county"), (Integer) rs.getObject("hours_per_week"),
                rs.getInt("slots"), rs.getObject("starts_on", java.time.LocalDate.class),
                rs.getObject("ends_on", java.time.LocalDate.class), rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    }

    private String subUnitName(long employerId, long subUnitId) {
        return jdbc.sql("select name from employer_sub_unit where id = :id and employer_id = :employer")
                .param("id", subUnitId).param("employer", employerId).query(String.class).optional().orElse(null);
    }

    private Opportunity load(long id) {
        return opportunities.findById(id).orElseThrow(() -> new NotFoundException("opportunity", id));
    }
}
