package no.treklover.employer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The name search through the word index (V37, {@code employer_name_word}): each query shape it has (one word walked
 * in page order, a prefix merged across several words, filters, the other sorts, deep pages, the capped count) gives
 * exactly what {@code search_text like '% term%'} over the employer table gives, in the same order, as do searches of
 * two or more terms (which keep the trigram index); and the triggers keep the words true when an employer is added,
 * renamed, deleted in the register or removed.
 */
@IntegrationTest
class EmployerNameSearchTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String token;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        token = RegisterSearch.token("zw", "y");
    }

    @Test
    void aDeepPageOfOneWordIsThePageOfTheWholeOrder() {
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // names out of order with one another, two of them equal (then the id decides)
            made.add(employer("Side " + token + " " + (char) ('a' + (i * 7) % 26) + " AS", Map.of()));
        }
        List<Long> all = expected(token, "lower(e.name), e.id");
        assertThat(all).hasSize(40).containsExactlyInAnyOrderElementsOf(made);

        for (int page = 0; page < 5; page++) {
            ApiClient.Response response = search("search=" + token + "&size=9&page=" + page);
            assertThat(ids(response)).as("page %d", page)
                    .containsExactlyElementsOf(all.subList(page * 9, Math.min(40, page * 9 + 9)));
            assertThat(response.json().path("totalItems").asLong()).isEqualTo(40);
        }
        assertThat(ids(search("search=" + token + "&size=9&page=7"))).isEmpty();
        assertThat(search("search=" + token + "&size=9&page=7").json().path("totalItems").asLong()).isEqualTo(40);
    }

    @Test
    void aPrefixMergesTheWordsItStartsAndListsAnEmployerWithTwoSuchWordsOnce() {
        long both = employer("Berg " + token + "ost " + token + "ask AS", Map.of("employee_count", 30));
        long ost = employer("Alfa " + token + "ost AS", Map.of("employee_count", 10));
        long ask = employer("Cirkel " + token + "ask DA", Map.of());
        long bro = employer("Aas " + token + "bro", Map.of("employee_count", 99));
        long exact = employer("Dal " + token, Map.of("employee_count", 10));

        assertThat(ids(search("search=" + token))).containsExactly(bro, ost, both, ask, exact)
                .containsExactlyElementsOf(expected(token, "lower(e.name), e.id"));
        assertThat(search("search=" + token).json().path("totalItems").asLong()).isEqualTo(5);
        assertThat(ids(search("search=" + token + "&size=2&page=1"))).containsExactly(both, ask);
        assertThat(ids(search("search=" + token + "&sort=SIZE"))).containsExactly(bro, both, ost, exact, ask)
                .containsExactlyElementsOf(expected(token, "e.employee_count desc nulls last, e.id"));
        assertThat(search("search=" + token + "&sort=SIZE").json().path("totalItems").asLong()).isEqualTo(5);
        assertThat(ids(search("search=" + token + "o"))).containsExactly(ost, both);
        assertThat(ids(search("search=" + token + "ost"))).containsExactly(ost, both);
        assertThat(ids(search("search=" + token + "osta"))).isEmpty();
    }

    @Test
    void furtherTermsAndFiltersNarrowTheWordLikeTheyDidTheName() {
        long bakery = employer("Østby " + token + " Bakeri AS", Map.of("business_municipality_number", "4601",
                "business_municipality", "BERGEN", "ia_agreement", true, "employee_count", 12, "nace_code", "10.710"));
        long bakeryOslo = employer("Vestby " + token + " Bakeri og Kafé AS", Map.of("business_municipality_number",
                "0301", "business_municipality", "OSLO", "ia_agreement", true, "employee_count", 40));
        long accounts = employer("Østby " + token + " Regnskap AS", Map.of("business_municipality_number", "4601",
                "business_municipality", "BERGEN", "employee_count", 3));

        assertThat(ids(search("search=" + token + "+bak"))).containsExactly(bakeryOslo, bakery);
        assertThat(ids(search("search=bak+" + token))).containsExactly(bakeryOslo, bakery);
        assertThat(ids(search("search=" + token + "+kaf%C3%A9+bakeri"))).containsExactly(bakeryOslo);
        assertThat(ids(search("search=%C3%98STBY+" + token))).containsExactly(bakery, accounts);
        assertThat(ids(search("search=" + token + "+ostby+regn"))).containsExactly(accounts);
        assertThat(ids(search("search=" + token + "+stby"))).as("only the start of a word counts").isEmpty();

        assertThat(ids(search("search=" + token + "&county=46"))).containsExactly(bakery, accounts);
        assertThat(ids(search("search=" + token + "&county=46&iaAgreement=true"))).containsExactly(bakery);
        assertThat(ids(search("search=" + token + "+bak&industry=C"))).containsExactly(bakery);
        assertThat(ids(search("search=" + token + "&sizeBand=FROM_20_TO_49"))).containsExactly(bakeryOslo);
        assertThat(ids(search("search=" + token + "&sort=SIZE&iaAgreement=true")))
                .containsExactly(bakeryOslo, bakery);
        assertThat(ids(search("search=" + token + "&sort=MUNICIPALITY")))
                .containsExactly(bakery, accounts, bakeryOslo)
                .containsExactlyElementsOf(expected(token, "e.business_municipality, lower(e.name), e.id"));
        assertThat(search("search=" + token + "&county=46").json().path("totalItems").asLong()).isEqualTo(2);
    }

    @Test
    void theWordsFollowARenameARegisterDeletionAndARemoval() {
        long renamed = employer("Gammelt " + token + " Navn g" + token + " AS", Map.of("employee_count", 5));
        long deleted = employer("Slettet " + token + " AS", Map.of());
        long missing = employer("Borte " + token + " AS", Map.of());
        long removed = employer("Fjernet " + token + " AS", Map.of());
        assertThat(ids(search("search=" + token))).containsExactly(missing, removed, renamed, deleted);

        jdbc.sql("update employer set name = :name where id = :id").param("name", "Nytt " + token + " Firma n" + token)
                .param("id", renamed).update();
        jdbc.sql("update employer set register_deleted_on = current_date where id = :id").param("id", deleted)
                .update();
        jdbc.sql("update employer set missing_from_register_since = now() where id = :id").param("id", missing)
                .update();
        jdbc.sql("delete from employer where id = :id").param("id", removed).update();
        // a change of NAV's fields alone keeps the words as they are
        jdbc.sql("update employer set ia_agreement = true where id = :id").param("id", renamed).update();

        assertThat(ids(search("search=g" + token))).isEmpty();
        assertThat(ids(search("search=n" + token))).containsExactly(renamed);
        assertThat(ids(search("search=" + token + "+gammelt"))).isEmpty();
        assertThat(ids(search("search=" + token + "+navn"))).isEmpty();
        assertThat(ids(search("search=" + token + "+nytt+firma"))).containsExactly(renamed);
        assertThat(ids(search("search=" + token))).containsExactly(renamed);
        assertThat(ids(search("search=" + token + "&includeDeleted=true"))).containsExactly(missing, renamed, deleted);
        assertThat(ids(search("search=" + token + "&includeDeleted=true&sort=SIZE")))
                .containsExactly(renamed, deleted, missing);
        assertThat(jdbc.sql("select count(*) from employer_name_word where employer_id = :id").param("id", removed)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select string_agg(word, ' ' order by word) from employer_name_word where employer_id = :id")
                .param("id", renamed).query(String.class).single()).isEqualTo("firma nytt n" + token + " " + token);

        // the search reads the words, not the name: an employer without its word rows is not found by a word
        jdbc.sql("delete from employer_name_word where employer_id = :id").param("id", renamed).update();
        assertThat(ids(search("search=" + token))).isEmpty();
        assertThat(ids(search("search=" + token + "&includeDeleted=true&sort=SIZE"))).containsExactly(deleted, missing);

        // a size changed by the register moves the employer in the size order of its words
        jdbc.sql("update employer set employee_count = 500, register_deleted_on = null where id = :id")
                .param("id", deleted).update();
        assertThat(ids(search("search=" + token + "&sort=SIZE"))).containsExactly(deleted);
    }

    @Test
    void aBroadWordIsCountedUpToTheCapOnThePageAndInTheApi() {
        jdbc.sql("""
                insert into employer (org_number, name)
                select lpad((600000000 + i + (:base % 1000) * 20000)::text, 9, '0'), 'Bred ' || :token || ' ' || i
                from generate_series(1, 10050) i""")
                .param("base", Math.abs(token.hashCode())).param("token", token).update();
        try {
            ApiClient.Response many = search("search=" + token + "&size=20&page=3");
            assertThat(many.json().path("totalItems").asLong()).isEqualTo(EmployerSearchResult.COUNT_LIMIT);
            assertThat(many.json().path("totalIsLowerBound").asBoolean()).isTrue();
            assertThat(ids(many)).containsExactlyElementsOf(expected(token, "lower(e.name), e.id").subList(60, 80));

            ApiClient.Response page = api.send("markedskontakt", "GET", "/employers?search=" + token, null, null,
                    Map.of("Accept", "text/html"));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("Over 10\u00a0000 arbeidsgivere");

            ApiClient.Response few = search("search=" + token + "+10049");
            assertThat(few.json().path("totalItems").asLong()).isEqualTo(1);
            assertThat(few.json().path("totalIsLowerBound").asBoolean()).isFalse();
        } finally {
            jdbc.sql("delete from employer where name like :pattern").param("pattern", "Bred " + token + " %").update();
        }
        assertThat(jdbc.sql("select count(*) from employer_name_word where word = :token").param("token", token)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aTermWithALetterTheWordsDoNotHaveIsSearchedAsBefore() {
        long polish = employer("Łódź " + token + " AS", Map.of());
        // "Ł" is not among the letters the search text translates: it becomes a space, as in the term
        assertThat(ids(search("search=" + token + "+%C5%81%C3%B3d%C5%BA"))).containsExactly(polish);
        assertThat(ids(search("search=" + token + "+od"))).containsExactly(polish);
    }

    /** What the search found before the word index, straight from the employer table. */
    private List<Long> expected(String term, String order) {
        return jdbc.sql("select e.id from employer e where e.search_text like '%' || employer_search_text(:term) || '%'"
                        + " and e.register_deleted_on is null and e.missing_from_register_since is null order by "
                        + order)
                .param("term", term).query(Long.class).list();
    }

    private ApiClient.Response search(String query) {
        return RegisterSearch.search(api, query);
    }

    private static List<Long> ids(ApiClient.Response response) {
        return RegisterSearch.ids(response);
    }

    private long employer(String name, Map<String, Object> columns) {
        return RegisterSearch.employer(jdbc, name, TestPeople.newOrgNumber(), columns);
    }
}
