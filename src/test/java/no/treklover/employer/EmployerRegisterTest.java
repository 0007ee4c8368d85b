package no.treklover.employer;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import no.treklover.identifiers.OrganisationNumber;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The shared employer register through its API, against PostgreSQL: the search (words of the name in any case and
 * without accents, organisation numbers), every filter, the sorts, paging with a capped count, NAV's fields with
 * optimistic locking, and who may see and change what. Each test makes its own employers, named with a word of its
 * own, so the demo data and other tests never change what it finds.
 */
@IntegrationTest
class EmployerRegisterTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    ApiClient api;
    String token;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        token = RegisterSearch.token("zq", "x");
    }

    @Test
    void findsWordStartsOfTheNameInAnyCaseAndWithoutAccents() {
        long upper = employer("ØSTBY " + token + " BAKERI AS");
        long lower = employer("Østby " + token + " Regnskap AS");
        long other = employer("Vestby " + token + " Transport AS");

        assertThat(ids(search("search=" + token + "+ostby"))).containsExactlyInAnyOrder(upper, lower);
        assertThat(ids(search("search=" + token + "+ØSTBY"))).containsExactlyInAnyOrder(upper, lower);
        assertThat(ids(search("search=%C3%B8stby+" + token.toUpperCase()))).containsExactlyInAnyOrder(upper, lower);
        assertThat(ids(search("search=" + token + "+bak"))).containsExactly(upper);
        assertThat(ids(search("search=" + token))).containsExactlyInAnyOrder(upper, lower, other);
        assertThat(ids(search("search=" + token + "+stby"))).as("only the start of a word counts").isEmpty();
    }

    @Test
    void findsByOrganisationNumberItsFirstDigitsAndASubUnitsNumber() {
        String orgNumber = newOrgNumber();
        long id = employer("Orgnummer " + token + " AS", orgNumber, Map.of());
        String subUnit = newOrgNumber();
        jdbc.sql("insert into employer_sub_unit (org_number, parent_org_number, employer_id, name) values (:o, :p, :e, :n)")
                .param("o", subUnit).param("p", orgNumber).param("e", id).param("n", "Avdeling " + token).update();

        assertThat(ids(search("search=" + orgNumber))).containsExactly(id);
        assertThat(ids(search("search=" + OrganisationNumber.display(orgNumber).replace(" ", "+")))).containsExactly(id);
        assertThat(ids(search("search=" + subUnit))).containsExactly(id);
        assertThat(ids(search("search=" + orgNumber.substring(0, 7) + "&size=200"))).contains(id);
    }

    @Test
    void eachFilterNarrowsToWhatItSays() {
        long retail = employer("Filter " + token + " Butikk AS", newOrgNumber(), Map.of("nace_code", "47.110",
                "business_municipality_number", "0301", "employee_count", 12, "ia_agreement", true));
        long building = employer("Filter " + token + " Bygg AS", newOrgNumber(), Map.of("nace_code", "41.200",
                "business_municipality_number", "4601", "employee_count", 300, "mentors_available", 2));
        long small = employer("Filter " + token + " Liten AS", newOrgNumber(), Map.of("nace_code", "56.101",
                "business_municipality_number", "4631", "employees_under_five", true, "mentors_available", 0));
        long deleted = employer("Filter " + token + " Slettet AS", newOrgNumber(), Map.of("nace_code", "47.110",
                "register_deleted_on", java.sql.Date.valueOf("2024-01-01")));
        String base = "search=" + token + "&";

        assertThat(ids(search(base + "industry=G"))).containsExactly(retail);
        assertThat(ids(search(base + "industry=F"))).containsExactly(building);
        assertThat(ids(search(base + "municipality=0301"))).containsExactly(retail);
        assertThat(ids(search(base + "county=46"))).containsExactlyInAnyOrder(building, small);
        assertThat(ids(search(base + "sizeBand=UNDER_5"))).containsExactly(small);
        assertThat(ids(search(base + "sizeBand=FROM_5_TO_19"))).containsExactly(retail);
        assertThat(ids(search(base + "sizeBand=FROM_250"))).containsExactly(building);
        assertThat(ids(search(base + "iaAgreement=true"))).containsExactly(retail);
        assertThat(ids(search(base + "mentorsAvailable=true"))).containsExactly(building);
        assertThat(ids(search(base + "includeDeleted=true"))).contains(deleted);
        assertThat(ids(search(base))).doesNotContain(deleted);

        setNavContact(small, "PRIMARY", "markedskontakt");
        setNavContact(building, "BACKUP", "markedskontakt");
        assertThat(ids(search(base + "mine=true"))).containsExactlyInAnyOrder(small, building);
        assertThat(ids(api.get("veileder", "/api/v1/employers?" + base + "mine=true"))).isEmpty();
    }

    @Test
    void sortsByNameSizeAndMunicipalityAndPagesWithTheSameOrder() {
        long b = employer("B " + token + " AS", newOrgNumber(), Map.of("employee_count", 10,
                "business_municipality", "ÅS"));
        long a = employer("a " + token + " AS", newOrgNumber(), Map.of("employee_count", 50,
                "business_municipality", "BERGEN"));
        long c = employer("C " + token + " AS", newOrgNumber(), Map.of("employee_count", 5,
                "business_municipality", "ASKER"));

        assertThat(ids(search("search=" + token))).containsExactly(a, b, c);
        assertThat(ids(search("search=" + token + "&sort=SIZE"))).containsExactly(a, b, c);
        assertThat(ids(search("search=" + token + "&sort=MUNICIPALITY"))).containsExactly(c, a, b);

        ApiClient.Response first = search("search=" + token + "&size=2&page=0");
        ApiClient.Response second = search("search=" + token + "&size=2&page=1");
        assertThat(ids(first)).containsExactly(a, b);
        assertThat(ids(second)).containsExactly(c);
        assertThat(first.json().path("totalItems").asLong()).isEqualTo(3);
        assertThat(first.json().path("totalPages").asInt()).isEqualTo(2);
        assertThat(second.json().path("totalItems").asLong()).isEqualTo(3);
        assertThat(ids(search("search=" + token + "&size=2&page=5"))).isEmpty();
    }

    @Test
    void countsAtMostTenThousandAndSaysThereAreMore() {
        jdbc.sql("""
                insert into employer (org_number, name)
                select lpad((700000000 + i + (:base % 1000) * 20000)::text, 9, '0'), 'Mange ' || :token || ' ' || i
                from generate_series(1, 10050) i""")
                .param("base", Math.abs(token.hashCode())).param("token", token).update();
        try {
            ApiClient.Response many = search("search=" + token + "&size=20");
            assertThat(many.json().path("totalItems").asLong()).isEqualTo(10_000);
            assertThat(many.json().path("totalIsLowerBound").asBoolean()).isTrue();
            assertThat(many.json().path("items")).hasSize(20);
        } finally {
            jdbc.sql("delete from employer where name like :pattern").param("pattern", "Mange " + token + " %").update();
        }
    }

    @Test
    void navStaffChangeNavsFieldsWithIfMatchAndAStaleVersionIsRefused() {
        long id = employer("Profil " + token + " AS");
        ApiClient.Response read = api.get("markedskontakt", "/api/v1/employers/" + id);
        String etag = read.header("ETag");
        long counsellor = userId("veileder");
        long marketContact = userId("markedskontakt");

        ApiClient.Response saved = api.put("markedskontakt", "/api/v1/employers/" + id, object(
                "iaAgreement", true, "inclusionExperience", "Har hatt to i arbeidstrening", "mentorsAvailable", 2,
                "candidateCapacity", 1, "suitableTasks", "Lager", "primaryContactId", marketContact,
                "backupContactId", counsellor, "contacts", List.of(
                        object("name", "Dina Daglig", "title", "Daglig leder", "phone", "912 34 567",
                                "email", "dina@firma.no"),
                        object("name", "Per Personal", "title", null, "phone", null, "email", null))), etag);

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.header("ETag")).isNotEqualTo(etag);
        JsonNode body = saved.json();
        assertThat(body.path("iaAgreement").asBoolean()).isTrue();
        assertThat(body.path("mentorsAvailable").asInt()).isEqualTo(2);
        assertThat(body.path("primaryContact").path("userId").asLong()).isEqualTo(marketContact);
        assertThat(body.path("primaryContact").path("phone").asString()).isNotBlank();
        assertThat(body.path("backupContact").path("userId").asLong()).isEqualTo(counsellor);
        assertThat(body.path("contactPersons")).hasSize(2);
        assertThat(body.path("contactPersons").get(0).path("name").asString()).isEqualTo("Dina Daglig");

        ApiClient.Response stale = api.put("veileder", "/api/v1/employers/" + id,
                object("iaAgreement", false, "contacts", List.of()), etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(api.put("veileder", "/api/v1/employers/" + id, object("iaAgreement", false), null).status())
                .isEqualTo(428);
        assertThat(api.get("veileder", "/api/v1/employers/" + id).json().path("iaAgreement").asBoolean())
                .as("the stale change was not written").isTrue();

        // keep one person by id, swap the NAV contacts: the swap is one change
        long dina = body.path("contactPersons").get(0).path("id").asLong();
        ApiClient.Response swapped = api.put("veileder", "/api/v1/employers/" + id, object("iaAgreement", true,
                "primaryContactId", counsellor, "backupContactId", marketContact,
                "contacts", List.of(object("id", dina, "name", "Dina Daglig-Hansen"))), saved.header("ETag"));
        assertThat(swapped.status()).isEqualTo(200);
        assertThat(swapped.json().path("contactPersons")).hasSize(1);
        assertThat(swapped.json().path("contactPersons").get(0).path("id").asLong()).isEqualTo(dina);
        assertThat(swapped.json().path("primaryContact").path("userId").asLong()).isEqualTo(counsellor);
    }

    @Test
    void refusesNavContactsWhoAreNotNavStaffAndInputThatDoesNotFit() {
        long id = employer("Ugyldig " + token + " AS");
        String etag = api.get("veileder", "/api/v1/employers/" + id).header("ETag");
        long candidate = userId("kandidat");
        long counsellor = userId("veileder");

        assertThat(api.put("veileder", "/api/v1/employers/" + id, object("primaryContactId", candidate), etag)
                .errorFields()).containsExactly("primaryContactId");
        assertThat(api.put("veileder", "/api/v1/employers/" + id,
                object("primaryContactId", counsellor, "backupContactId", counsellor), etag).errorFields())
                .containsExactly("backupContactId");
        ApiClient.Response bad = api.put("veileder", "/api/v1/employers/" + id, object("mentorsAvailable", 5000,
                "suitableTasks", "x".repeat(2001), "contacts", List.of(object("name", " ", "phone", "abc"))), etag);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("mentorsAvailable", "suitableTasks",
                "contacts[0].name", "contacts[0].phone");
        assertThat(api.get("veileder", "/api/v1/employers/999999999").status()).isEqualTo(404);
    }

    @Test
    void whoSeesAndChangesWhat() {
        long id = employer("Tilgang " + token + " AS");
        String adviser = adviser();
        for (String user : List.of("veileder", "markedskontakt", adviser)) {
            String etag = api.get(user, "/api/v1/employers/" + id).header("ETag");
            assertThat(api.put(user, "/api/v1/employers/" + id, object("candidateCapacity", 2), etag).status())
                    .as(user + " edits NAV's fields").isEqualTo(200);
        }
        for (String user : List.of("beslutter", "kontorleder")) {
            assertThat(api.get(user, "/api/v1/employers/" + id).status()).as(user + " reads").isEqualTo(200);
            String etag = api.get(user, "/api/v1/employers/" + id).header("ETag");
            assertThat(api.put(user, "/api/v1/employers/" + id, object("candidateCapacity", 3), etag).status())
                    .as(user + " does not edit").isEqualTo(403);
        }
        for (String user : List.of("arbeidsgiver", "mentor", "kandidat", "personvernombud")) {
            assertThat(api.get(user, "/api/v1/employers?search=a").status()).as(user).isEqualTo(403);
            assertThat(api.get(user, "/api/v1/employers/" + id).status()).as(user).isEqualTo(403);
        }
    }

    @Test
    void theEmployerSeesItsOwnPageWithItsNavContactsAndNeverNavsNotes() {
        long own = jdbc.sql("select employer_id from app_user where username = 'arbeidsgiver'").query(Long.class).single();
        assertThat(api.post("markedskontakt", "/api/v1/employers/" + own + "/visit-notes",
                object("visitedOn", "2026-11-02", "note", "Intern vurdering " + token)).status()).isEqualTo(201);
        assertThat(api.get("markedskontakt", "/api/v1/employers/" + own).body()).contains("Intern vurdering " + token);

        ApiClient.Response page = api.get("arbeidsgiver", "/api/v1/employers/own");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().path("id").asLong()).isEqualTo(own);
        assertThat(page.json().path("primaryContact").path("name").asString()).isEqualTo("Markus Markedskontakt");
        assertThat(page.json().path("primaryContact").path("phone").asString()).isEqualTo("412 00 004");
        assertThat(page.json().path("primaryContact").path("email").asString()).isNotBlank();
        assertThat(page.json().path("backupContact").path("name").asString()).isEqualTo("Vera Veileder");
        assertThat(page.json().path("visitNotes").isNull()).isTrue();
        assertThat(page.json().path("inclusionExperience").isNull()).isTrue();
        assertThat(page.body()).doesNotContain(token);
        assertThat(api.get("arbeidsgiver", "/api/v1/employers/" + own).status()).isEqualTo(403);
        assertThat(api.get("veileder", "/api/v1/employers/own").status()).isEqualTo(403);
    }

    @Test
    void aVisitNoteNeedsADateInRangeAndText() {
        long id = employer("Notat " + token + " AS");
        assertThat(api.post("veileder", "/api/v1/employers/" + id + "/visit-notes",
                object("visitedOn", "1990-01-01", "note", " ")).errorFields())
                .containsExactlyInAnyOrder("visitedOn", "note");
        assertThat(api.post("beslutter", "/api/v1/employers/" + id + "/visit-notes",
                object("visitedOn", "2026-11-02", "note", "Notat")).status()).isEqualTo(403);
    }

    // ------------------------------------------------------------------ helpers

    private ApiClient.Response search(String query) {
        return RegisterSearch.search(api, query);
    }

    private static List<Long> ids(ApiClient.Response response) {
        return RegisterSearch.ids(response);
    }

    private long employer(String name) {
        return employer(name, newOrgNumber(), Map.of());
    }

    private long employer(String name, String orgNumber, Map<String, Object> columns) {
        return RegisterSearch.employer(jdbc, name, orgNumber, columns);
    }

    private void setNavContact(long employer, String kind, String username) {
        jdbc.sql("insert into employer_nav_contact (employer_id, kind, user_id) values (:e, :k, :u)")
                .param("e", employer).param("k", kind).param("u", userId(username)).update();
    }

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    /** A Arbeidslivssenter adviser (no demo user has the role yet in this part of the work). */
    private String adviser() {
        jdbc.sql("""
                insert into app_user (username, password_hash, display_name, role, office_id, email, phone)
                values ('test-ia-radgiver', :hash, 'Ida IA-rådgiver', 'WORKLIFE_CENTRE_ADVISER', '0315',
                        'ida@nav.no', '412 00 099')
                on conflict (username) do nothing""").param("hash", passwords.encode("demo")).update();
        return "test-ia-radgiver";
    }

    private static String newOrgNumber() {
        while (true) {
            String first8 = String.valueOf(ThreadLocalRandom.current().nextInt(20_000_000, 29_999_999));
            var number = OrganisationNumber.withControlDigit(first8);
            if (number.isPresent()) {
                return number.get();
            }
        }
    }
}
