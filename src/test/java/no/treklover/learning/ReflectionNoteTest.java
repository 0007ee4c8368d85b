package no.treklover.learning;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Reflection notes end to end through the API: private to the author, shared with a peer group of the office, never
 * read by anyone else with access to the case, every read and write in the audit log against the candidate, and the
 * candidate's export with the notes' dates but not their texts.
 */
@IntegrationTest
class ReflectionNoteTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        String hash = passwords.encode("demo");
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, office_id) values
                        ('refleksjon-kollega', :hash, 'Rita Kollega', 'COUNSELLOR', '0315'),
                        ('refleksjon-utenfor', :hash, 'Ulf Utenfor', 'COUNSELLOR', '0315')
                        on conflict (username) do nothing""")
                .param("hash", hash).update();
    }

    private long newProcess() {
        long candidate = api.post("veileder", "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", "Refleks", "lastName", "Testesen")).id();
        return api.post("veileder", "/api/v1/processes", object("candidateId", candidate)).id();
    }

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    private long candidateOf(long process) {
        return jdbc.sql("select candidate_id from inclusion_process where id = :p").param("p", process)
                .query(Long.class).single();
    }

    @Test
    void privateNotesAreTheAuthorsAndSharedNotesTheGroupsOnly() {
        long process = newProcess();
        long group = api.post("veileder", "/api/v1/learning/peer-groups", object("name",
                "Tirsdagsgruppa " + process, "memberIds", List.of(userId("refleksjon-kollega")))).id();

        ApiClient.Response own = api.post("veileder", "/api/v1/processes/" + process + "/reflections",
                object("whatWasDone", "Ringte arbeidsgiver før kandidaten var klar", "whatToChange",
                        "Avklare med kandidaten først"));
        assertThat(own.status()).isEqualTo(201);
        assertThat(own.json().path("peerGroupId").isNull()).isTrue();
        ApiClient.Response shared = api.post("veileder", "/api/v1/processes/" + process + "/reflections",
                object("why", "Rutinen sier første kontakt innen to uker", "peerGroupId", group));
        assertThat(shared.status()).isEqualTo(201);
        assertThat(shared.json().path("peerGroupName").asString()).isEqualTo("Tirsdagsgruppa " + process);

        // the author reads both, the group member the shared one, a counsellor of the office outside the group none
        assertThat(api.get("veileder", "/api/v1/processes/" + process + "/reflections").json().size()).isEqualTo(2);
        var colleague = api.get("refleksjon-kollega", "/api/v1/processes/" + process + "/reflections").json();
        assertThat(colleague.size()).isEqualTo(1);
        assertThat(colleague.get(0).path("id").asLong()).isEqualTo(shared.id());
        assertThat(api.get("refleksjon-utenfor", "/api/v1/processes/" + process + "/reflections").json().size())
                .isZero();
        assertThat(api.get("refleksjon-kollega", "/api/v1/reflections/" + shared.id()).status()).isEqualTo(200);
        assertThat(api.get("refleksjon-kollega", "/api/v1/reflections/" + own.id()).status()).isEqualTo(403);
        assertThat(api.get("refleksjon-utenfor", "/api/v1/reflections/" + shared.id()).status()).isEqualTo(403);

        // only the author changes or deletes, with If-Match
        assertThat(api.put("refleksjon-kollega", "/api/v1/reflections/" + shared.id(),
                object("why", "Endret av en annen"), "\"0\"").status()).isEqualTo(403);
        assertThat(api.put("veileder", "/api/v1/reflections/" + shared.id(), object("why", "Ny tekst"), "\"0\"")
                .header("ETag")).isEqualTo("\"1\"");
        assertThat(api.put("veileder", "/api/v1/reflections/" + shared.id(), object("why", "Utdatert"), "\"0\"")
                .status()).isEqualTo(412);

        // nobody outside the office's counsellors, whatever else they may see of the case
        for (String other : List.of("kontorleder", "beslutter", "markedskontakt", "veileder2", "personvernombud")) {
            assertThat(api.get(other, "/api/v1/processes/" + process + "/reflections").status())
                    .as(other).isEqualTo(403);
            assertThat(api.get(other, "/api/v1/reflections/" + shared.id()).status()).as(other).isEqualTo(403);
        }

        // every read and write against the candidate, allowed and denied alike
        long candidate = candidateOf(process);
        List<String> logged = jdbc.sql("""
                        select a.actor_username || ' ' || a.action || ' '
                               || case when a.allowed then 'ALLOWED' else 'DENIED' end from audit_entry a
                        where a.candidate_id = :c and a.resource = 'reflection-note'""")
                .param("c", candidate).query(String.class).list();
        assertThat(logged).contains("veileder WRITE ALLOWED", "veileder READ ALLOWED",
                "refleksjon-kollega READ ALLOWED", "refleksjon-kollega READ DENIED", "kontorleder READ DENIED",
                "refleksjon-kollega WRITE DENIED");

        assertThat(api.delete("veileder", "/api/v1/reflections/" + own.id(), "\"0\"").status()).isEqualTo(204);
        assertThat(api.get("veileder", "/api/v1/processes/" + process + "/reflections").json().size()).isEqualTo(1);
    }

    @Test
    void badInputGetsFieldLevelMessages() {
        long process = newProcess();
        ApiClient.Response empty = api.post("veileder", "/api/v1/processes/" + process + "/reflections",
                object("whatWasDone", "   "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.errorFields()).contains("whatWasDone");
        ApiClient.Response tooLong = api.post("veileder", "/api/v1/processes/" + process + "/reflections",
                object("why", "x".repeat(4001)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.errorFields()).contains("why");
        // a group she is not a member of
        long othersGroup = api.post("refleksjon-kollega", "/api/v1/learning/peer-groups",
                object("name", "Bare Rita " + process)).id();
        ApiClient.Response notMember = api.post("veileder", "/api/v1/processes/" + process + "/reflections",
                object("why", "Tekst", "peerGroupId", othersGroup));
        assertThat(notMember.status()).isEqualTo(400);
        assertThat(notMember.errorFields()).contains("peerGroupId");
        // a member from another office
        ApiClient.Response outsider = api.post("veileder", "/api/v1/learning/peer-groups",
                object("name", "Med Bergen " + process, "memberIds", List.of(userId("veileder2"))));
        assertThat(outsider.status()).isEqualTo(400);
        assertThat(outsider.errorFields()).contains("memberIds");
        assertThat(api.get("veileder", "/api/v1/reflections/999999999").status()).isEqualTo(404);
    }

    @Test
    void theExportShowsThatNotesExistButWithholdsTheirTextsWithTheLegalBasis() {
        long process = newProcess();
        api.post("veileder", "/api/v1/processes/" + process + "/reflections",
                object("whatWasDone", "Hemmelig refleksjonstekst"));
        long candidate = candidateOf(process);
        ApiClient.Response export = api.get("veileder", "/api/v1/candidates/" + candidate + "/export");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body()).doesNotContain("Hemmelig refleksjonstekst");
        var notes = export.json().path("reflections");
        assertThat(notes.size()).isEqualTo(1);
        assertThat(notes.toString()).contains("POPPLYL_16_1_E").contains("reflectionWrittenAt");
    }
}
