package no.treklover.employer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
        List<String> terms = filter.nameTerms();
        if (terms.size() == 1 && ONE_WORD.matcher(terms.get(0)).matches()) {
            return byWord(user, filter, terms.get(0));
        }
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
        List<EmployerSearchResult.EmployerRow> rows = rows(sql, where.params(), filter, matched);
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
        return result(rows, filter, total);
    }

    /**
     * A search for one word (or the start of one) through the word index (V37): the words of the term's range are a
     * range of {@code employer_name_word}'s btree, and the other filters join the employer row. Sorted by name, each
     * word of the range is walked in page order and stops after the page ({@code limit offset + size} per word, then
     * merged), and the count stops at {@link EmployerSearchResult#COUNT_LIMIT}; sorted by size or municipality, every
     * match is read from the index alone (the sort keys are in it) and sorted, as before but without the employer
     * heap. Two or more terms keep the trigram index: there the intersection of their trigrams is what narrows, and
     * probing each match of one word for the others' words cost more (measured: "bergen bak" 0.9 s, 33 000 probes).
     */
    private EmployerSearchResult byWord(CurrentUser user, EmployerFilter filter, String term) {
        Conditions others = Conditions.of(user, filter, false);
        Map<String, Object> params = new LinkedHashMap<>(others.params());
        params.put("term0", term);
        String match = filter.includeDeleted() ? "" : " and w.listed";
        String join = others.sql().isEmpty() ? "" : " join employer e on e.id = w.employer_id";
        String filters = others.sql().isEmpty() ? "" : " and " + others.sql().substring("where ".length());
        String range = "w.word >= " + from(0) + " and w.word < " + until(0) + match + filters;
        String sql;
        String count;
        if (filter.sort() == EmployerFilter.Sort.NAME) {
            String words = """
                    with recursive words(word) as (
                        (select w.word from employer_name_word w where w.word >= %1$s and w.word < %2$s
                         order by w.word limit 1)
                        union all
                        select (select w.word from employer_name_word w where w.word > words.word and w.word < %2$s
                                order by w.word limit 1)
                        from words where words.word is not null
                    )""".formatted(from(0), until(0));
            // one word in the range (a whole word searched for): its rows are its employers, counted up to the cap;
            // several: an employer two of whose words start with the term is one match, so the employers of the
            // range's first rows are counted (five rows per employer, more than any name has words starting alike)
            count = "select case when (select count(*) from words where word is not null) = 1"
                    + " then (select count(*) from (select 1 from employer_name_word w" + join + " where " + range
                    + " limit :countLimit) c)"
                    + " else (select count(distinct c.employer_id) from (select w.employer_id from employer_name_word w"
                    + join + " where " + range + " limit :countLimit * 5) c) end";
            params.put("countLimit", EmployerSearchResult.COUNT_LIMIT + 1);
            sql = words + """
                    , page as (
                        select distinct m.employer_id as id, m.sort_name from words x cross join lateral (
                            select w.employer_id, w.sort_name from employer_name_word w%s
                            where w.word = x.word%s%s
                            order by w.sort_name, w.employer_id limit :offset + :limit) m
                        where x.word is not null
                        order by sort_name, id limit :limit offset :offset)
                    """.formatted(join, match, filters) + ROW + """
                    , (%s) as total
                    from page join employer e on e.id = page.id
                    """.formatted(count);
            count = words + " " + count;
        } else {
            // the rows of one employer's words carry the same sort keys: distinct lists it once
            String matches = "select distinct w.employer_id as id, w.sort_name, w.employee_count,"
                    + " w.business_municipality from employer_name_word w" + join + " where " + range;
            sql = """
                    with matches as materialized (%s
                    ), page as (
                        select m.id from matches m order by %s limit :limit offset :offset)
                    """.formatted(matches, orderBy(filter.sort(), "m")) + ROW + """
                    , (select count(*) from matches) as total
                    from page join employer e on e.id = page.id
                    """;
            count = "select count(*) from (" + matches + ") m";
        }
        long[] matched = {-1};
        List<EmployerSearchResult.EmployerRow> rows = rows(sql, params, filter, matched);
        long total = matched[0] >= 0 || filter.page() == 0 ? Math.max(matched[0], 0) // counted by the page's statement
                : jdbc.sql(count).params(params).query(Long.class).single(); // a page past the last one
        return result(rows, filter, total);
    }

    /** Where the words that start with term {@code i} begin in the word index, and where they end ({@code ~} sorts after
     * every letter and digit of a word in "C"). */
    private static String from(int i) {
        return "(btrim(employer_search_text(:term" + i + ")) collate \"C\")";
    }

    private static String until(int i) {
        return "((btrim(employer_search_text(:term" + i + ")) || '~') collate \"C\")";
    }

    /**
     * A term of letters and digits that employer_search_text (V21) turns into one word: ASCII and the letters it
     * translates. Any other letter becomes a space there (a term that would match across two words), so such a term
     * is searched as before, through the trigram index.
     */
    private static final Pattern ONE_WORD = Pattern.compile(
            "[A-Za-z0-9ÆØÅÄÖÜÉÈÊÁÀÓÒÔÍÌÚÙÇÑæøåäöüéèêáàóòôíìúùçñß]+");

    private static EmployerSearchResult result(List<EmployerSearchResult.EmployerRow> rows, EmployerFilter filter,
            long total) {
        boolean lowerBound = total > EmployerSearchResult.COUNT_LIMIT;
        return new EmployerSearchResult(rows, filter.page(), filter.size(),
                Math.min(total, EmployerSearchResult.COUNT_LIMIT), lowerBound);
    }

    /** The page's rows; {@code matched[0]}: the count when the statement gave one in its column {@code total}. */
    private List<EmployerSearchResult.EmployerRow> rows(String sql, Map<String, Object> params, EmployerFilter filter,
            long[] matched) {
        return jdbc.sql(sql + """
                left join employer_nav_contact c on c.employer_id = e.id and c.kind = 'PRIMARY'
                left join app_user u on u.id = c.user_id
                order by """ + " " + orderBy(filter.sort(), "e"))
                .params(params)
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
            return of(user, filter, true);
        }

        /** {@code all} false: only the filters on the employer row, without the name terms and the deletion. */
        static Conditions of(CurrentUser user, EmployerFilter filter, boolean all) {
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
            List<String> terms = all ? filter.nameTerms() : List.of();
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
            if (all && !filter.includeDeleted()) {
                clauses.add("e.register_deleted_on is null and e.missing_from_register_since is null");
            }
            boolean narrows = digits != null || !terms.isEmpty() || filter.industry() != null
                    || filter.municipality() != null || filter.county() != null || filter.sizeBand() != null;
            return new Conditions(clauses.isEmpty() ? "" : "where " + String.join(" and ", clauses) + "\n", params,
                    narrows);
        }
    }
}
