package no.treklover.employer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.treklover.access.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The register list as SQL with only the clauses of the filters given (as the caseload's, so PostgreSQL's generic plan
 * uses the index each needs): words of the name through the trigram index on the stored {@code search_text} (V32),
 * organisation numbers through their prefix index. A search that narrows the register (words, numbers, industry,
 * place, size) finds its matches first through their indexes and then sorts them, in one statement that also counts
 * them: walking a sort index and filtering as it goes reads most of the register when the matches sit together in
 * the sort order, as names that start with the word searched for do ("tromsø": 110 000 rows read for 25, 2.6 s; a
 * county and an industry: 609 000). Without such filters (all, "mine", IA agreement, mentors) the page walks the sort
 * index (a partial one for the two flags), and a count capped at {@link EmployerSearchResult#COUNT_LIMIT} follows
 * only when the page does not tell it.
 */
@Component
class EmployerSearchQuery {

    private final JdbcClient jdbc;

    EmployerSearchQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String ROW = """
            select e.id, e.org_number, e.name, e.nace_code, e.nace_text, e.employee_count, e.employees_under_five,
                   coalesce(e.business_municipality, e.municipality) as municipality, e.ia_agreement,
                   e.mentors_available,
                   (e.register_deleted_on is not null or e.missing_from_register_since is not null) as deleted,
                   u.display_name as primary_contact""";

    EmployerSearchResult find(CurrentUser user, EmployerFilter filter) {
        Conditions where = Conditions.of(user, filter);
        boolean matchFirst = where.narrows();
        String sql = matchFirst ? """
                with matches as materialized (
                    select e.id, lower(e.name) as sort_name, e.employee_count, e.business_municipality
                    from employer e
                """ + where.sql() + """
                ), page as (
                    select m.id from matches m order by """ + " " + orderBy(filter.sort(), "m") + """
                     limit :limit offset :offset)
                """ + ROW + """
                , (select count(*) from matches) as total
                from page join employer e on e.id = page.id
                """ : ROW + ", null as total from (select e.* from employer e\n" + where.sql() + " order by "
                + orderBy(filter.sort(), "e") + " limit :limit offset :offset) e\n";
        long[] matched = {-1};
        List<EmployerSearchResult.EmployerRow> rows = jdbc.sql(sql + """
                left join employer_nav_contact c on c.employer_id = e.id and c.kind = 'PRIMARY'
                left join app_user u on u.id = c.user_id
                order by """ + " " + orderBy(filter.sort(), "e"))
                .params(where.params())
                .param("limit", filter.size())
                .param("offset", (long) filter.page() * filter.size())
                .query((rs, n) -> {
                    Object total = rs.getObject("total");
                    if (total != null) {
                        matched[0] = ((Number) total).longValue();
                    }
                    return new EmployerSearchResult.EmployerRow(rs.getLong("id"), rs.getString("org_number"),
                            rs.getString("name"), rs.getString("nace_code"), rs.getString("nace_text"),
                            (Integer) rs.getObject("employee_count"), rs.getBoolean("employees_under_five"),
                            rs.getString("municipality"), rs.getBoolean("ia_agreement"),
                            (Integer) rs.getObject("mentors_available"), rs.getBoolean("deleted"),
                            rs.getString("primary_contact"));
                })
                .list();
        long total;
        if (matched[0] >= 0) {
            total = matched[0]; // counted by the page's own statement
        } else if (filter.page() == 0 && rows.size() < filter.size()) {
            total = rows.size(); // the whole result is on this page: no count needed
        } else {
            total = jdbc.sql("select count(*) from (select 1 from employer e " + where.sql() + " limit :countLimit) c")
                    .params(where.params())
                    .param("countLimit", EmployerSearchResult.COUNT_LIMIT + 1)
                    .query(Long.class).single();
        }
        boolean lowerBound = total > EmployerSearchResult.COUNT_LIMIT;
        return new EmployerSearchResult(rows, filter.page(), filter.size(),
                Math.min(total, EmployerSearchResult.COUNT_LIMIT), lowerBound);
    }

    /** The sort over {@code employer} ({@code e}) or over the matches' sort columns ({@code m}). */
    private static String orderBy(EmployerFilter.Sort sort, String alias) {
        String name = alias.equals("m") ? "m.sort_name" : "lower(e.name)";
        return switch (sort) {
            case NAME -> name + ", " + alias + ".id";
            case SIZE -> alias + ".employee_count desc nulls last, " + alias + ".id";
            case MUNICIPALITY -> alias + ".business_municipality, " + name + ", " + alias + ".id";
        };
    }

    /** The where clause of the filters given, as fixed text; what the user typed is only ever a bound parameter. */
    record Conditions(String sql, Map<String, Object> params, boolean narrows) {

        static Conditions of(CurrentUser user, EmployerFilter filter) {
            List<String> clauses = new ArrayList<>();
            Map<String, Object> params = new LinkedHashMap<>();
            String digits = filter.orgNumberDigits();
            if (digits != null && digits.length() == 9) {
                clauses.add("(e.org_number = :orgNumber or e.id in "
                        + "(select s.employer_id from employer_sub_unit s where s.org_number = :orgNumber))");
                params.put("orgNumber", digits);
            } else if (digits != null) {
                clauses.add("e.org_number like :orgPrefix");
                params.put("orgPrefix", digits + "%");
            }
            List<String> terms = filter.nameTerms();
            for (int i = 0; i < terms.size(); i++) {
                // " bakeri solsiden as" like "% sol%": a word of the name starts with the term
                clauses.add("e.search_text like '%' || employer_search_text(:term" + i + ") || '%'");
                params.put("term" + i, terms.get(i));
            }
            if (filter.industry() != null) {
                clauses.add("e.nace_code >= :naceFrom and e.nace_code < :naceUntil");
                params.put("naceFrom", filter.industry().from());
                params.put("naceUntil", filter.industry().until());
            }
            if (filter.municipality() != null) {
                clauses.add("e.business_municipality_number = :municipality");
                params.put("municipality", filter.municipality());
            }
            if (filter.county() != null) {
                clauses.add("e.business_municipality_number >= :countyFrom and e.business_municipality_number < :countyUntil");
                params.put("countyFrom", filter.county());
                params.put("countyUntil", String.format("%02d", Integer.parseInt(filter.county()) + 1));
            }
            if (filter.sizeBand() != null) {
                clauses.add(filter.sizeBand().sql);
            }
            if (filter.iaAgreement()) {
                clauses.add("e.ia_agreement");
            }
            if (filter.mentorsAvailable()) {
                clauses.add("e.mentors_available > 0");
            }
            if (filter.mine()) {
                clauses.add("e.id in (select n.employer_id from employer_nav_contact n where n.user_id = :me)");
                params.put("me", user.id());
            }
            if (!filter.includeDeleted()) {
                clauses.add("e.register_deleted_on is null and e.missing_from_register_since is null");
            }
            boolean narrows = digits != null || !terms.isEmpty() || filter.industry() != null
                    || filter.municipality() != null || filter.county() != null || filter.sizeBand() != null;
            return new Conditions(clauses.isEmpty() ? "" : "where " + String.join(" and ", clauses) + "\n", params,
                    narrows);
        }
    }
}
