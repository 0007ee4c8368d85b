package no.treklover.api;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
import tools.jackson.databind.JsonNode;

/** The candidate decides what the workplace sees; mentor and employer see only that, and only for a while. */
@IntegrationTest
class ConsentAndPartnerAccessTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    long kajasProcess;
    long kajaId;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        kajaId = jdbc.sql("select candidate_id from app_user where username = 'kandidat'").query(Long.class).single();
        kajasProcess = jdbc.sql("select id from inclusion_process where candidate_id = :id and open")
                .param("id", kajaId).query(Long.class).single();
        withdrawEverything();
    }

    private void withdrawEverything() {
        List<Map<String, Object>> none = new ArrayList<>();
        for (String item : List.of("ADAPTATION_NEEDS", "STRENGTHS", "EXPERIENCE", "EDUCATION", "WISHES_AND_INTERESTS")) {
            for (String audience : List.of("MENTOR", "EMPLOYER", "COLLEAGUES")) {
                none.add(object("item", item, "audience", audience, "granted", false));
            }
        }
        assertThat(api.put("kandidat", "/api/v1/me/consents", object("choices", none), null).status()).isEqualTo(200);
    }

    private List<String> sharedItems(String user) {
        ApiClient.Response profile = api.get(user, "/api/v1/processes/" + kajasProcess + "/shared-profile");
        assertThat(profile.status()).isEqualTo(200);
        List<String> items = new ArrayList<>();
        profile.json().path("items").forEach(item -> items.add(item.path("item").asString()));
        return items;
    }

    @Test
    void withoutConsentNothingLeavesTheCounsellor() {
        assertThat(sharedItems("mentor")).isEmpty();
        assertThat(sharedItems("arbeidsgiver")).isEmpty();
        assertThat(sharedItems("veileder")).hasSize(5);
        assertThat(sharedItems("kandidat")).hasSize(5);

        JsonNode grid = api.get("kandidat", "/api/v1/me/consents").json();
        assertThat(grid.size()).isEqualTo(15);
        grid.forEach(cell -> assertThat(cell.path("granted").asBoolean()).isFalse());
    }

    @Test
    void theCandidateSharesItemByItemWithEachAudienceAndCanWithdraw() {
        ApiClient.Response granted = api.put("kandidat", "/api/v1/me/consents", object("choices", List.of(
                object("item", "ADAPTATION_NEEDS", "audience", "MENTOR", "granted", true),
                object("item", "STRENGTHS", "audience", "EMPLOYER", "granted", true))), null);
        assertThat(granted.status()).isEqualTo(200);

        assertThat(sharedItems("mentor")).containsExactly("ADAPTATION_NEEDS");
        assertThat(sharedItems("arbeidsgiver")).containsExactly("STRENGTHS");
        JsonNode mentorsView = api.get("mentor", "/api/v1/processes/" + kajasProcess + "/shared-profile").json();
        assertThat(mentorsView.path("items").get(0).path("sharedSince").isNull()).isFalse();
        assertThat(mentorsView.toString()).doesNotContain(jdbc.sql("select national_id from candidate where id = :id")
                .param("id", kajaId).query(String.class).single());

        api.put("kandidat", "/api/v1/me/consents", object("choices", List.of(
                object("item", "ADAPTATION_NEEDS", "audience", "MENTOR", "granted", false))), null);

        assertThat(sharedItems("mentor")).isEmpty();
        List<String> types = new ArrayList<>();
        api.get("veileder", "/api/v1/processes/" + kajasProcess + "/timeline").json()
                .forEach(event -> types.add(event.path("type").asString() + ":" + event.path("comment").asString()));
        assertThat(types).containsSubsequence("CONSENT_WITHDRAWN:ADAPTATION_NEEDS:MENTOR",
                "CONSENT_GRANTED:ADAPTATION_NEEDS:MENTOR");
        String export = api.get("kandidat", "/api/v1/me/export").body();
        assertThat(export).contains("\"consents\"").contains("ADAPTATION_NEEDS").contains("withdrawnAt");
        JsonNode counsellorsView = api.get("veileder", "/api/v1/candidates/" + kajaId + "/consents").json();
        assertThat(counsellorsView.toString()).contains("\"item\":\"STRENGTHS\",\"audience\":\"EMPLOYER\",\"granted\":true");
    }

    @Test
    void onlyTheCandidateDecides() {
        var choice = object("choices", List.of(object("item", "STRENGTHS", "audience", "MENTOR", "granted", true)));

        assertThat(api.put("veileder", "/api/v1/me/consents", choice, null).status()).isEqualTo(403);
        assertThat(api.put("mentor", "/api/v1/me/consents", choice, null).status()).isEqualTo(403);
        ApiClient.Response invalid = api.put("kandidat", "/api/v1/me/consents",
                object("choices", List.of(object("item", "SHOE_SIZE", "audience", "MENTOR", "granted", true))), null);
        assertThat(invalid.status()).isEqualTo(400);
    }

    @Test
    void partnersSeeNothingElseOfTheCase() {
        assertThat(api.get("mentor", "/api/v1/processes/" + kajasProcess).status()).isEqualTo(403);
        assertThat(api.get("mentor", "/api/v1/candidates/" + kajaId).status()).isEqualTo(403);
        assertThat(api.get("arbeidsgiver", "/api/v1/processes/" + kajasProcess + "/timeline").status()).isEqualTo(403);
        long notTheirs = newProcess();
        assertThat(api.get("mentor", "/api/v1/processes/" + notTheirs + "/shared-profile").status()).isEqualTo(403);
        assertThat(api.get("veileder2", "/api/v1/processes/" + kajasProcess + "/shared-profile").status()).isEqualTo(403);
    }

    @Test
    void partnersLoseAccessTwelveWeeksAfterTheEnd() {
        long recentlyEnded = closedProcessWithMentorEndedOn(LocalDate.now().minusWeeks(11));
        long longAgo = closedProcessWithMentorEndedOn(LocalDate.now().minusWeeks(13));

        assertThat(api.get("mentor", "/api/v1/processes/" + recentlyEnded + "/shared-profile").status()).isEqualTo(200);
        assertThat(api.get("mentor", "/api/v1/processes/" + longAgo + "/shared-profile").status()).isEqualTo(403);
        assertThat(api.get("arbeidsgiver", "/api/v1/processes/" + longAgo + "/shared-profile").status()).isEqualTo(403);
        List<Long> listed = new ArrayList<>();
        api.get("mentor", "/api/v1/me/partner-processes").json()
                .forEach(row -> listed.add(row.path("processId").asLong()));
        assertThat(listed).contains(recentlyEnded, kajasProcess).doesNotContain(longAgo);
        assertThat(api.get("veileder", "/api/v1/processes/" + longAgo + "/shared-profile").status()).isEqualTo(200);
    }

    @Test
    void theMentorSeesNothingSharedBeforeSigningTheConfidentialityDeclaration() {
        long process = newProcess();
        jdbc.sql("""
                        update inclusion_process
                        set mentor_user_id = (select id from app_user where username = 'mentor'),
                            employer_id = (select employer_id from app_user where username = 'arbeidsgiver')
                        where id = :id""").param("id", process).update();
        jdbc.sql("""
                        insert into consent (candidate_id, item, audience, granted_at, granted_by)
                        select p.candidate_id, 'STRENGTHS', 'MENTOR', now(), (select id from app_user where username = 'veileder')
                        from inclusion_process p where p.id = :id""").param("id", process).update();
        String path = "/api/v1/processes/" + process + "/shared-profile";

        JsonNode before = api.get("mentor", path).json();
        assertThat(before.path("declarationRequired").asBoolean()).isTrue();
        assertThat(before.path("items").size()).isZero();
        assertThat(api.get("arbeidsgiver", path).json().path("items").size()).isZero();

        long agreement = api.post("veileder", "/api/v1/processes/" + process + "/agreements", object()).id();
        assertThat(api.post("mentor", "/api/v1/agreements/" + agreement + "/confidentiality", object()).status())
                .isEqualTo(200);
        JsonNode after = api.get("mentor", path).json();
        assertThat(after.path("declarationRequired").asBoolean()).isFalse();
        assertThat(after.path("items").get(0).path("item").asString()).isEqualTo("STRENGTHS");
    }

    private long newProcess() {
        long candidate = api.post("veileder", "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", "Partner", "lastName", "Test")).id();
        return api.post("veileder", "/api/v1/processes", object("candidateId", candidate)).id();
    }

    private long closedProcessWithMentorEndedOn(LocalDate end) {
        long id = newProcess();
        jdbc.sql("""
                        update inclusion_process
                        set phase = 'CLOSURE', open = false, outcome = 'ORDINARY_JOB', end_date = :end,
                            mentor_user_id = (select id from app_user where username = 'mentor'),
                            employer_id = (select employer_id from app_user where username = 'arbeidsgiver')
                        where id = :id""")
                .param("end", end).param("id", id).update();
        return id;
    }
}
