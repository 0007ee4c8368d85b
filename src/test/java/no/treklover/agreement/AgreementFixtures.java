package no.treklover.agreement;

import static no.treklover.support.ApiClient.object;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import no.treklover.support.ApiClient;
import no.treklover.support.TestPeople;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Fresh candidates, processes with employer and mentor, their own candidate login, and full agreement content. */
public final class AgreementFixtures {

    private static final AtomicInteger USERS = new AtomicInteger();

    private final ApiClient http;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    public AgreementFixtures(ApiClient http, JdbcClient jdbc, PasswordEncoder passwords) {
        this.http = http;
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    public record Case(long candidateId, long processId, String candidateUser, String nationalId) {
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Oslo"));
    }

    long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    long employerOf(String username) {
        return jdbc.sql("select employer_id from app_user where username = :u").param("u", username)
                .query(Long.class).single();
    }

    /** "mentor2": a mentor of another company, as in the access matrix. */
    String otherMentor() {
        long other = jdbc.sql("select min(id) from employer where id <> :id").param("id", employerOf("arbeidsgiver"))
                .query(Long.class).single();
        jdbc.sql("insert into app_user (username, password_hash, display_name, role, employer_id) values "
                + "('mentor2', :hash, 'Mentor i annen bedrift', 'MENTOR', :other) on conflict (username) do nothing")
                .param("hash", passwords.encode("demo")).param("other", other).update();
        return "mentor2";
    }

    /** A candidate at veileder's office with a process whose employer is arbeidsgiver's and mentor is mentor. */
    public Case partnerCase() {
        Case plain = plainCase();
        jdbc.sql("update inclusion_process set employer_id = :e, mentor_user_id = :m where id = :id")
                .param("e", employerOf("arbeidsgiver")).param("m", userId("mentor")).param("id", plain.processId())
                .update();
        return plain;
    }

    /** A candidate at veileder's office with a process without employer and mentor, and a login of their own. */
    Case plainCase() {
        String nationalId = TestPeople.newNationalId();
        long candidate = http.post("veileder", "/api/v1/candidates",
                object("nationalId", nationalId, "firstName", "Avtale", "lastName", "Kandidat")).id();
        long process = http.post("veileder", "/api/v1/processes", object("candidateId", candidate)).id();
        String username = "avtalekandidat" + USERS.incrementAndGet() + "x" + candidate;
        jdbc.sql("insert into app_user (username, password_hash, display_name, role, candidate_id) "
                + "values (:u, :h, 'Avtale Kandidat', 'CANDIDATE', :c)")
                .param("u", username).param("h", passwords.encode("demo")).param("c", candidate).update();
        return new Case(candidate, process, username, nationalId);
    }

    long newAgreement(long processId) {
        return http.post("veileder", "/api/v1/processes/" + processId + "/agreements", object()).id();
    }

    /** An agreement with complete content, signed by the mentor; version 2. */
    public long signedAgreement(long processId) {
        long id = newAgreement(processId);
        http.put("veileder", "/api/v1/agreements/" + id, fullContent(today()), "\"0\"");
        http.post("mentor", "/api/v1/agreements/" + id + "/confidentiality", object());
        return id;
    }

    static Map<String, Object> fullContent(LocalDate start) {
        return object("mentorFirstName", "Mona", "mentorLastName", "Mentorsen", "mentorPhone", "91234567",
                "tasks", "Lære opp kandidaten i bakeriet", "hoursPerMonth", 20, "payType", "TIMELONN",
                "payAmount", 300, "startDate", start.toString(), "endDate", start.plusMonths(3).minusDays(1).toString(),
                "followUp", "Trekløversamtale hver fjerde uke", "adaptation", "Kortere dager den første uken",
                "holidayPayRate", 0.12, "otpRate", 0.02, "agaRate", 0.141, "accountNumber", "12345678903",
                "familyTie", false,
                "candidateContact", object("firstName", "Avtale", "lastName", "Kandidat", "phone", "92345678"),
                "employerContact", object("firstName", "Arne", "lastName", "Arbeidsgiver", "phone", "93456789"),
                "counsellorContact", object("firstName", "Vera", "lastName", "Veileder", "phone", "94567890"));
    }
}
