package no.treklover.privacy;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.treklover.platform.pdf.TaggedPdf;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** GDPR art. 15: everything about a candidate as JSON and PDF, for the counsellor of the office and the candidate. */
@IntegrationTest
class DataExportApiTest {

    private static final String WISHES = "Bake brød 🍞 og kaker مرحبا";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    Downloads downloads;
    String nationalId;
    long candidateId;
    long processId;

    @BeforeEach
    void aCandidateWithAProcessAMentorAMeasureAndAPhaseChange() {
        api = new ApiClient(port);
        downloads = new Downloads(port);
        nationalId = TestPeople.newNationalId();
        candidateId = api.post("veileder", "/api/v1/candidates", object("nationalId", nationalId,
                "firstName", "Åse", "lastName", "Ørnulfsdóttir", "phone", "912 34 567", "wishes", WISHES,
                "adaptationNeeds", "Trenger rolige omgivelser")).id();
        ApiClient.Response process = api.post("veileder", "/api/v1/processes",
                object("candidateId", candidateId, "goals", "Lære varemottak"));
        processId = process.id();
        long employerId = jdbc.sql("select min(id) from employer").query(Long.class).single();
        Map<String, Object> details = object("employerId", employerId, "counsellorKnewEmployer", true,
                "attachmentAtStart", "WORK_TRAINING", "initiative", "EMPLOYER", "mentorName", "Mona Mentor",
                "mentorPhone", "913 45 678", "mentorRole", "Bakermester", "goals", "Lære varemottak");
        process = api.put("veileder", "/api/v1/processes/" + processId, details, process.header("ETag"));
        process = api.post("veileder", "/api/v1/processes/" + processId + "/measures",
                object("type", "MENTOR", "startDate", "2026-12-01", "endDate", null), process.header("ETag"));
        api.post("veileder", "/api/v1/processes/" + processId + "/transitions",
                object("toPhase", "EMPLOYER_CONTACT", "comment", "Åse vil prøve bakeriet"), process.header("ETag"));
    }

    @Test
    void theCounsellorExportsEverythingAboutTheCandidateAsJson() {
        ApiClient.Response export = api.get("veileder", "/api/v1/candidates/" + candidateId + "/export");

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/json");
        assertThat(export.header("Content-Disposition")).startsWith("attachment;")
                .contains("treklover-innsyn-" + candidateId + "-").contains(".json").doesNotContain(nationalId);
        assertThat(export.header("Cache-Control")).contains("no-store");
        JsonNode json = export.json();
        assertThat(json.path("candidateId").asLong()).isEqualTo(candidateId);
        JsonNode candidate = json.path("candidate");
        assertThat(candidate.path("nationalId").asString()).isEqualTo(nationalId);
        assertThat(candidate.path("firstName").asString()).isEqualTo("Åse");
        assertThat(candidate.path("wishes").asString()).isEqualTo(WISHES);
        assertThat(candidate.path("adaptationNeeds").asString()).isEqualTo("Trenger rolige omgivelser");
        assertThat(candidate.path("officeName").asString()).isNotBlank();
        assertThat(candidate.path("counsellorName").asString()).isEqualTo("Vera Veileder");

        JsonNode process = json.path("processes").get(0);
        assertThat(process.path("id").asLong()).isEqualTo(processId);
        assertThat(process.path("phase").asString()).isEqualTo("EMPLOYER_CONTACT");
        assertThat(process.path("employerName").asString()).isNotBlank();
        assertThat(process.path("employerOrgNumber").asString()).matches("\\d{9}");
        assertThat(process.path("mentorName").asString()).isEqualTo("Mona Mentor");
        assertThat(process.path("initiative").asString()).isEqualTo("EMPLOYER");
        assertThat(json.path("measures").get(0).path("type").asString()).isEqualTo("MENTOR");
        assertThat(json.path("measures").get(0).path("startDate").asString()).isEqualTo("2026-12-01");

        List<String> timeline = new ArrayList<>();
        json.path("timeline").forEach(event -> timeline.add(event.path("type").asString() + " "
                + event.path("actorName").asString() + " " + event.path("actorRole").asString()));
        assertThat(timeline).startsWith("CREATED Vera Veileder COUNSELLOR")
                .contains("PHASE_FORWARD Vera Veileder COUNSELLOR");
        assertThat(json.path("timeline").toString()).contains("Åse vil prøve bakeriet");
        assertThat(json.path("accounts").isArray()).isTrue();

        List<String> accessLog = new ArrayList<>();
        json.path("accessLog").forEach(entry -> accessLog.add(entry.path("actorName").asString() + "|"
                + entry.path("actorRole").asString() + "|" + entry.path("resource").asString() + "|"
                + entry.path("purpose").asString() + "|" + entry.path("allowed").asBoolean()));
        assertThat(accessLog).contains("Vera Veileder|COUNSELLOR|data-export|DATA_EXPORT|true");
    }

    @Test
    void thePdfHoldsTheSameContentWithNorwegianLabelsAndDoesNotFailOnEmojiOrArabic() {
        HttpResponse<byte[]> pdf = downloads.get("veileder", "/api/v1/candidates/" + candidateId + "/export.pdf",
                "application/pdf");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment;").contains(".pdf").doesNotContain(nationalId);
        String text = Downloads.pdfText(pdf.body());
        assertThat(text).contains("Innsyn i personopplysninger", "Åse", "Ørnulfsdóttir", nationalId,
                "Kartlegging", "Arbeidsgiverkontakt", "Mona Mentor", "Vera Veileder", "Tidslinje",
                "Hvem har sett eller endret opplysningene", "Innsyn (art. 15)", "Innsynskopi", "side 1 av");
        assertThat(text).contains("Bake brød ? og kaker ?????");
        assertThat(text).containsPattern("Fødselsdato\\s+\\d{2}\\.\\d{2}\\.\\d{4}");
    }

    @Test
    void anotherOfficeIsForbiddenAndTheRefusalLoggedAndAnUnknownCandidateIsNotFound() {
        ApiClient.Response forbidden = api.get("veileder2", "/api/v1/candidates/" + candidateId + "/export");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.contentType()).startsWith("application/problem+json");
        assertThat(downloads.get("veileder2", "/api/v1/candidates/" + candidateId + "/export.pdf", "*/*")
                .statusCode()).isEqualTo(403);
        Integer refusals = jdbc.sql("""
                        select count(*) from audit_entry
                        where candidate_id = :id and actor_username = 'veileder2' and resource = 'data-export'
                          and not allowed""")
                .param("id", candidateId).query(Integer.class).single();
        assertThat(refusals).isEqualTo(2);

        assertThat(api.get("veileder", "/api/v1/candidates/99999999/export").status()).isEqualTo(404);
        assertThat(downloads.get("veileder", "/api/v1/candidates/99999999/export.pdf", "*/*").statusCode())
                .isEqualTo(404);
        assertThat(api.get(null, "/api/v1/candidates/" + candidateId + "/export").status()).isEqualTo(401);
    }

    @Test
    void aCandidateExportsTheirOwnDataAndNobodyElses() {
        long ownId = jdbc.sql("select candidate_id from app_user where username = 'kandidat'")
                .query(Long.class).single();

        ApiClient.Response own = api.get("kandidat", "/api/v1/me/export");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().path("candidateId").asLong()).isEqualTo(ownId);
        assertThat(own.json().path("candidate").path("firstName").asString()).isEqualTo("Kaja");
        assertThat(own.json().path("processes").size()).isPositive();
        assertThat(own.json().path("accounts").get(0).path("username").asString()).isEqualTo("kandidat");
        assertThat(own.json().path("accounts").toString()).doesNotContain("password");

        HttpResponse<byte[]> ownPdf = downloads.get("kandidat", "/api/v1/me/export.pdf", "application/pdf");
        assertThat(ownPdf.statusCode()).isEqualTo(200);
        assertThat(Downloads.pdfText(ownPdf.body())).contains("Kaja");

        assertThat(api.get("kandidat", "/api/v1/candidates/" + candidateId + "/export").status()).isEqualTo(403);
        assertThat(api.get("kandidat", "/api/v1/candidates/" + ownId + "/export").status()).isEqualTo(200);
    }

    @Test
    void theCandidatesOwnPdfIsTaggedForAScreenReader() {
        HttpResponse<byte[]> ownPdf = downloads.get("kandidat", "/api/v1/me/export.pdf", "application/pdf");
        assertThat(ownPdf.statusCode()).isEqualTo(200);

        TaggedPdf pdf = TaggedPdf.read(ownPdf.body()).assertAccessible("Innsyn i personopplysninger");
        assertThat(pdf.all("H1")).hasSize(1);
        assertThat(pdf.all("H2")).extracting(TaggedPdf.Tagged::text).contains("Kandidaten", "Tidslinje",
                "Hvem har sett eller endret opplysningene");
        assertThat(pdf.all("P")).isNotEmpty();
        assertThat(pdf.all("Table")).isNotEmpty();
        assertThat(pdf.all("TH")).isNotEmpty().allSatisfy(th -> assertThat(th.scope()).isIn("Row", "Column"));
        assertThat(pdf.all("TD")).extracting(TaggedPdf.Tagged::text).contains("Kaja");
        assertThat(api.get("veileder", "/api/v1/me/export").status()).isEqualTo(403);
        assertThat(api.get("mentor", "/api/v1/candidates/" + candidateId + "/export").status()).isEqualTo(403);
    }
}
