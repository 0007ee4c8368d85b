package no.treklover.api;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class CandidateApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void registersACandidateAtTheCounsellorsOfficeWithBirthDateFromTheNationalId() {
        String nationalId = TestPeople.newNationalId();

        ApiClient.Response created = api.post("veileder", "/api/v1/candidates",
                object("nationalId", nationalId, "firstName", "Ola", "lastName", "Nordmann",
                        "wishes", "Jobbe med dyr", "adaptationNeeds", "Trenger rolige omgivelser"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/candidates/" + created.id());
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.json().path("nationalId").asString()).isEqualTo(nationalId);
        assertThat(created.json().path("officeId").asString()).isEqualTo("0315");
        assertThat(created.json().path("birthDate").asString()).isNotBlank();
        assertThat(created.json().path("adaptationNeeds").asString()).isEqualTo("Trenger rolige omgivelser");

        ApiClient.Response read = api.get("veileder", "/api/v1/candidates/" + created.id());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("firstName").asString()).isEqualTo("Ola");
    }

    @Test
    void refusesTheSamePersonTwice() {
        String nationalId = TestPeople.newNationalId();
        var body = object("nationalId", nationalId, "firstName", "Kari", "lastName", "Nordmann");
        assertThat(api.post("veileder", "/api/v1/candidates", body).status()).isEqualTo(201);

        ApiClient.Response again = api.post("veileder2", "/api/v1/candidates", body);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().path("detail").asString()).contains("allerede registrert");
    }

    @Test
    void namesEveryInvalidFieldByItsJsonProperty() {
        ApiClient.Response invalid = api.post("veileder", "/api/v1/candidates",
                object("nationalId", "12345678901", "firstName", "", "email", "ikke-epost", "phone", "abc"));

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        assertThat(invalid.errorFields()).contains("nationalId", "firstName", "lastName", "email", "phone");
        assertThat(invalid.body()).contains("Fødselsnummeret eller D-nummeret er ikke gyldig");
    }

    @Test
    void aMissingNationalIdIsAFieldError() {
        ApiClient.Response invalid = api.post("veileder", "/api/v1/candidates",
                object("firstName", "Per", "lastName", "Hansen"));

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.errorFields()).containsExactly("nationalId");
    }

    @Test
    void unknownIdIs404AndAnotherOfficesCandidateIs403() {
        ApiClient.Response created = api.post("veileder", "/api/v1/candidates",
                object("nationalId", TestPeople.newNationalId(), "firstName", "Siri", "lastName", "Berg"));

        assertThat(api.get("veileder", "/api/v1/candidates/999999999").status()).isEqualTo(404);
        ApiClient.Response otherOffice = api.get("veileder2", "/api/v1/candidates/" + created.id());
        assertThat(otherOffice.status()).isEqualTo(403);
        assertThat(otherOffice.contentType()).startsWith("application/problem+json");
        assertThat(api.get("markedskontakt", "/api/v1/candidates/" + created.id()).status()).isEqualTo(403);
    }

    @Test
    void hidesAdaptationNeedsFromEveryoneButTheCounsellorAndTheCandidate() {
        long kajaId = jdbc.sql("select candidate_id from app_user where username = 'kandidat'")
                .query(Long.class).single();

        ApiClient.Response asCandidate = api.get("kandidat", "/api/v1/candidates/" + kajaId);
        ApiClient.Response asCounsellor = api.get("veileder", "/api/v1/candidates/" + kajaId);

        assertThat(asCandidate.status()).isEqualTo(200);
        assertThat(asCounsellor.json().path("adaptationNeedsVisible").asBoolean()).isTrue();
        assertThat(api.get("mentor", "/api/v1/candidates/" + kajaId).status()).isEqualTo(403);
        assertThat(api.get("arbeidsgiver", "/api/v1/candidates/" + kajaId).status()).isEqualTo(403);
    }

    @Test
    void updatesNeedTheVersionTheClientRead() {
        ApiClient.Response created = api.post("veileder", "/api/v1/candidates",
                object("nationalId", TestPeople.newNationalId(), "firstName", "Nils", "lastName", "Dahl"));
        String path = "/api/v1/candidates/" + created.id();
        var change = object("firstName", "Nils Petter", "lastName", "Dahl");

        assertThat(api.put("veileder", path, change, null).status()).isEqualTo(428);
        ApiClient.Response updated = api.put("veileder", path, change, "\"0\"");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"1\"");
        ApiClient.Response stale = api.put("veileder", path, object("firstName", "Nils", "lastName", "D"), "\"0\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(api.get("veileder", path).json().path("firstName").asString()).isEqualTo("Nils Petter");
    }

    @Test
    void theNationalIdCannotBeChanged() {
        ApiClient.Response created = api.post("veileder", "/api/v1/candidates",
                object("nationalId", TestPeople.newNationalId(), "firstName", "Eva", "lastName", "Lie"));

        ApiClient.Response changed = api.put("veileder", "/api/v1/candidates/" + created.id(),
                object("nationalId", TestPeople.newNationalId(), "firstName", "Eva", "lastName", "Lie"), "\"0\"");

        assertThat(changed.status()).isEqualTo(400);
        assertThat(changed.errorFields()).containsExactly("nationalId");
    }

    @Test
    void readsAndWritesAreAuditLoggedWithDenials() {
        ApiClient.Response created = api.post("veileder", "/api/v1/candidates",
                object("nationalId", TestPeople.newNationalId(), "firstName", "Audun", "lastName", "Logg"));
        api.get("veileder", "/api/v1/candidates/" + created.id());
        api.get("veileder2", "/api/v1/candidates/" + created.id());

        var entries = jdbc.sql("""
                        select actor_username, action, allowed from audit_entry
                        where candidate_id = :id order by id""")
                .param("id", created.id())
                .query((rs, n) -> rs.getString(1) + ":" + rs.getString(2) + ":" + rs.getBoolean(3))
                .list();
        assertThat(entries).contains("veileder:WRITE:true", "veileder:READ:true", "veileder2:READ:false");
    }

    @Test
    void withoutCredentialsTheApiAnswers401AsProblemJson() {
        ApiClient.Response anonymous = api.get(null, "/api/v1/candidates/1");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
    }
}
