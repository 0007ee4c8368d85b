package no.treklover.privacy;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Retention reaches the versions of concluded agreements: nobody stays named in a snapshot, the numbers stay. */
@IntegrationTest
class AgreementVersionAnonymisationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CandidateAnonymiser anonymiser;

    @Test
    void anonymisationLeavesNoOneNamedInTheVersions() {
        ApiClient http = new ApiClient(port);
        long candidate = http.post("veileder", "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", "Versjon", "lastName", "Slettesen")).id();
        long process = http.post("veileder", "/api/v1/processes", object("candidateId", candidate)).id();
        jdbc.sql("update inclusion_process set employer_id = (select employer_id from app_user where username = "
                + "'arbeidsgiver'), mentor_user_id = (select id from app_user where username = 'mentor') where id = :id")
                .param("id", process).update();
        long id = http.post("veileder", "/api/v1/processes/" + process + "/agreements", object()).id();
        LocalDate start = LocalDate.now(ZoneId.of("Europe/Oslo"));
        String path = "/api/v1/agreements/" + id;
        http.put("veileder", path, object("mentorFirstName", "Mona", "mentorLastName", "Mentorsen",
                "mentorPhone", "91234567", "tasks", "Lære opp", "hoursPerMonth", 20, "payType", "TIMELONN",
                "payAmount", 300, "startDate", start.toString(), "endDate", start.plusMonths(2).toString(),
                "followUp", "Hver fjerde uke", "adaptation", "Ingen", "holidayPayRate", 0.12, "otpRate", 0.02,
                "agaRate", 0.141, "accountNumber", "12345678903", "familyTie", false,
                "candidateContact", object("firstName", "Versjon", "lastName", "Slettesen", "phone", "92345678"),
                "employerContact", object("firstName", "Arne", "lastName", "Arbeidsgiver", "phone", "93456789"),
                "counsellorContact", object("firstName", "Vera", "lastName", "Veileder", "phone", "94567890")), "\"0\"");
        http.post("mentor", path + "/confidentiality", object());
        http.post("arbeidsgiver", path + "/approvals", object("as", "EMPLOYER"), "\"2\"");
        http.post("veileder", path + "/approvals", object("as", "COUNSELLOR", "onBehalfReason", "NO_BANKID"), "\"3\"");
        http.post("beslutter", path + "/approvals", object("as", "DECISION_MAKER"), "\"4\"");
        assertThat(http.post("veileder", path + "/changes", object("type", "FORKORTE", "endDate",
                start.plusMonths(1).toString(), "reason", "ANNET", "reasonText", "Flytter til Versjonby"), "\"5\"")
                .status()).isEqualTo(201);

        anonymiser.anonymise(List.of(candidate), Instant.now());

        List<String> snapshots = jdbc.sql("select snapshot::text || coalesce(reason_text, '') from agreement_version "
                + "where agreement_id = :id").param("id", id).query(String.class).list();
        assertThat(snapshots).hasSize(2).allSatisfy(s -> assertThat(s)
                .doesNotContain("Mona", "Mentorsen", "91234567", "Slettesen", "92345678", "12345678903", "Versjonby",
                        "byName", "Lære opp")
                .contains("\"hoursPerMonth\": 20", "\"endDate\""));
        assertThat(http.get("veileder", path + "/versions/2").status()).isEqualTo(200);
    }
}
