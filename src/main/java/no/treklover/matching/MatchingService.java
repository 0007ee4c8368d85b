package no.treklover.matching;

import java.util.Comparator;
import java.util.List;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.audit.AuditAction;
import no.treklover.audit.AuditLog;
import no.treklover.needs.NeedService;
import no.treklover.opportunity.Opportunity;
import no.treklover.opportunity.OpportunityService;
import no.treklover.opportunity.OpportunityStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matching both ways (issue 13): from a need, the open opportunities ranked; from an opportunity, the open needs of
 * the boards the user sees ranked; each with {@link MatchScoring}'s score and explanation per factor. It proposes
 * nothing by itself: a proposal is the user's click, made by {@link NeedService#propose}.
 *
 * <p>The candidates are fetched bounded: at most {@link #CANDIDATES} rows from one index range (open opportunities of
 * the need's county, newest first; open needs of the user's office or county, oldest first), scored in Java, the best
 * {@link #SHOWN} shown. Opportunities of other counties are left out: they would score 0 for place.
 */
@Service
public class MatchingService {

    /** How many candidates one ranking scores at most. */
    static final int CANDIDATES = 500;
    /** How many results one ranking shows. */
    static final int SHOWN = 20;
    static final String RESOURCE = "need-matches";
    static final String CASELOAD_RESOURCE = "opportunity-candidates";

    private final NeedService needs;
    private final OpportunityService opportunities;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final MatchReadings readings;

    MatchingService(NeedService needs, OpportunityService opportunities, AccessPolicy policy, AuditLog audit,
            JdbcClient jdbc, MatchReadings readings) {
        this.jdbc = jdbc;
        this.readings = readings;
        this.needs = needs;
        this.opportunities = opportunities;
        this.policy = policy;
        this.audit = audit;
    }

    /**
     * One ranked result: what it is ({@code id}, {@code title}, {@code where}), the score, the parts.
     * {@code employerId}/{@code subUnitId}: the workplace a proposal would name (opportunity results);
     * {@code version}/{@code mayPropose}: for the need's proposal form.
     */
    public record Match(long id, String title, String where, int total, List<MatchScoring.Part> parts,
            Long employerId, Long subUnitId, long version, boolean mayPropose) {
    }

    public record NeedMatches(NeedService.Matchable need, List<Match> matches, int considered) {
    }

    public record OpportunityMatches(OpportunityService.View opportunity, List<Match> matches, int considered) {
    }

    /**
     * The open opportunities for a need, best first. The need is read, decided and logged by
     * {@link NeedService#forRanking} as its own page would be, without what only that page shows.
     */
    @Transactional
    public NeedMatches forNeed(CurrentUser user, long needId) {
        NeedService.Matchable need = needs.forRanking(user, needId);
        MatchScoring.NeedReading side = reading(need);
        boolean mayPropose = need.mayPropose();
        List<OpportunityService.Matchable> found = opportunities.openInCounty(user, need.county(), CANDIDATES);
        List<Match> ranked = found.stream().map(o -> match(side, o, need.version(), mayPropose))
                .sorted(BEST_FIRST).limit(SHOWN).toList();
        return new NeedMatches(need, ranked, found.size());
    }

    /** One result of a ranking with its explanation: the need, the opportunity, and the match between them. */
    public record Explanation(long needId, String needTitle, long opportunityId, String opportunityTitle,
            Match match) {
    }

    /**
     * One opportunity's match for a need, explained (a ranking's row opened): the need read and logged as its ranking
     * does, the opportunity read by the same staff who rank, whatever its status or county.
     */
    @Transactional
    public Explanation explainForNeed(CurrentUser user, long needId, long opportunityId) {
        NeedService.Matchable n = needs.forRanking(user, needId);
        OpportunityService.Matchable o = opportunities.matchable(user, opportunityId);
        return new Explanation(n.id(), n.title(), o.id(), o.title(), match(reading(n), o, n.version(),
                n.mayPropose()));
    }

    private MatchScoring.NeedReading reading(NeedService.Matchable n) {
        return readings.need(n.id(), n.version(), needSide(n));
    }

    private Match match(MatchScoring.NeedReading need, OpportunityService.Matchable o, long needVersion,
            boolean mayPropose) {
        MatchScoring.Score score = MatchScoring.score(need,
                readings.opportunity(o.id(), o.version(), opportunitySide(o)));
        String where = o.employerName() + (o.subUnitName() == null ? "" : ", " + o.subUnitName()) + ", "
                + o.municipality();
        return new Match(o.id(), o.title(), where, score.total(), score.parts(), o.employerId(), o.subUnitId(),
                needVersion, mayPropose);
    }

    /**
     * The open needs of the user's board for an open opportunity, best first; each need shown is logged against its
     * candidate in one multi-row insert, as the board does.
     */
    @Transactional
    public OpportunityMatches forOpportunity(CurrentUser user, long opportunityId) {
        OpportunityService.View view = opportunities.view(user, opportunityId);
        Opportunity o = view.opportunity();
        MatchScoring.OpportunityReading side = reading(o);
        if (o.getStatus() != OpportunityStatus.OPEN) {
            policy.requireNeedsBoard(user);
            return new OpportunityMatches(view, List.of(), 0);
        }
        List<NeedService.Matchable> found = needs.openForMatching(user, CANDIDATES);
        record Scored(NeedService.Matchable need, Match match) {
        }
        List<Scored> ranked = found.stream().map(n -> new Scored(n, match(n, side, o, n.decides())))
                .sorted(Comparator.comparing(Scored::match, BEST_FIRST)).limit(SHOWN).toList();
        audit.allowedForEach(user, AuditAction.READ, RESOURCE,
                ranked.stream().map(s -> s.need().candidateId()).toList(), "NEEDS_BOARD");
        return new OpportunityMatches(view, ranked.stream().map(Scored::match).toList(), found.size());
    }

    /**
     * One need's match for an opportunity, explained (a ranking's row opened): the need only if this user's board
     * shows it, its read logged against its candidate as the ranking logs each need it shows.
     */
    @Transactional
    public Explanation explainForOpportunity(CurrentUser user, long opportunityId, long needId) {
        OpportunityService.View view = opportunities.view(user, opportunityId);
        Opportunity o = view.opportunity();
        NeedService.Matchable n = needs.matchable(user, needId, RESOURCE);
        Match match = match(n, reading(o), o, n.decides() && o.getStatus() == OpportunityStatus.OPEN);
        return new Explanation(n.id(), n.title(), o.getId(), o.getTitle(), match);
    }

    private MatchScoring.OpportunityReading reading(Opportunity o) {
        return readings.opportunity(o.getId(), o.getVersion(), side(o));
    }

    private Match match(NeedService.Matchable n, MatchScoring.OpportunityReading side, Opportunity o,
            boolean mayPropose) {
        MatchScoring.Score score = MatchScoring.score(reading(n), side);
        return new Match(n.id(), n.title(), n.municipality(), score.total(), score.parts(), o.getEmployerId(),
                o.getSubUnitId(), n.version(), mayPropose);
    }

    /** A candidate of the counsellor's own caseload for the weekly list: name and process, score and why. */
    public record CaseloadMatch(long candidateId, long processId, String name, int total,
            List<MatchScoring.Part> parts) {
    }

    public record CaseloadMatches(OpportunityService.View opportunity, List<CaseloadMatch> matches, int considered) {
    }

    /** A candidate fits the weekly list from this score. */
    static final int FITS_FROM = 50;

    /**
     * The counsellor's weekly list for an opportunity: the candidates of her own open processes at her office that fit
     * (score {@link #FITS_FROM} or more), best first, with the same explanation, to bring to the market meeting. It reads
     * what she may read anyway (her cases: wishes and interests, strengths, experience, education); each candidate
     * shown is logged in one multi-row insert, as the caseload is. Where a candidate lives is not recorded, so place
     * is judged by her office's county.
     */
    @Transactional
    public CaseloadMatches forOwnCaseload(CurrentUser user, long opportunityId) {
        policy.requireOwnCandidatesList(user);
        OpportunityService.View view = opportunities.view(user, opportunityId);
        Opportunity o = view.opportunity();
        MatchScoring.OpportunityReading side = MatchScoring.read(side(o));
        List<OwnCandidate> found = jdbc.sql("""
                        select c.id as candidate_id, p.id as process_id, c.first_name || ' ' || c.last_name as name,
                               c.wishes, c.interests, c.strengths, c.experience, c.education, f.county
                        from inclusion_process p join candidate c on c.id = p.candidate_id
                        join office f on f.id = p.office_id
                        where p.open and p.counsellor_id = :user and p.office_id = :office
                          and c.anonymised_at is null
                        order by p.id desc limit :cap""")
                .param("user", user.id()).param("office", user.officeId()).param("cap", CANDIDATES)
                .query((rs, n) -> new OwnCandidate(rs.getLong("candidate_id"), rs.getLong("process_id"),
                        rs.getString("name"), new MatchScoring.NeedSide(MatchScoring.join(rs.getString("wishes")),
                        rs.getString("interests"), MatchScoring.join(rs.getString("strengths"),
                                rs.getString("education")), rs.getString("experience"), null, null,
                        rs.getString("county"))))
                .list();
        List<CaseloadMatch> ranked = found.stream().map(c -> {
            MatchScoring.Score score = MatchScoring.score(MatchScoring.read(c.side()), side);
            return new CaseloadMatch(c.candidateId(), c.processId(), c.name(), score.total(), score.parts());
        }).filter(m -> m.total() >= FITS_FROM)
                .sorted(Comparator.comparingInt(CaseloadMatch::total).reversed()
                        .thenComparing(Comparator.comparingLong(CaseloadMatch::processId).reversed()))
                .limit(SHOWN).toList();
        audit.allowedForEach(user, AuditAction.READ, CASELOAD_RESOURCE,
                ranked.stream().map(CaseloadMatch::candidateId).toList(), "READ_CASE");
        return new CaseloadMatches(view, ranked, found.size());
    }

    private record OwnCandidate(long candidateId, long processId, String name, MatchScoring.NeedSide side) {
    }

    /** An opportunity as the scoring reads it. */
    private static MatchScoring.OpportunitySide side(Opportunity o) {
        return new MatchScoring.OpportunitySide(o.getTitle(), o.getTasks(), Opportunity.lines(o.getRequirementsMust()),
                Opportunity.lines(o.getRequirementsNice()), o.getHoursPerWeek(), o.getType(), o.getMunicipality(),
                o.getCounty(), o.getConstraints());
    }

    static MatchScoring.NeedSide needSide(NeedService.Matchable n) {
        return new MatchScoring.NeedSide(n.title(), n.interests(), n.skills(), n.experience(), n.hoursPerWeek(),
                n.municipality(), n.county());
    }

    static MatchScoring.OpportunitySide opportunitySide(OpportunityService.Matchable o) {
        return new MatchScoring.OpportunitySide(o.title(), o.tasks(), o.mustHave(), o.niceToHave(),
                o.hoursPerWeek(), o.type(), o.municipality(), o.county(), o.constraints());
    }

    /** Best score first; ties by id, so a ranking reads the same twice. */
    static final Comparator<Match> BEST_FIRST = Comparator.comparingInt(Match::total).reversed()
            .thenComparingLong(Match::id);
}
