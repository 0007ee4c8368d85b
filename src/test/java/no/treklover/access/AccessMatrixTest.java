package no.treklover.access;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import no.treklover.identifiers.OrganisationNumber;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint and page against every role, plus a counsellor of another office, a mentor of another
 * process and an employer of another organisation, and an anonymous caller. A new endpoint fails
 * {@link #everyEndpointIsInTheMatrix()} until it gets a row here, so nobody adds one without deciding who
 * may use it.
 */
@IntegrationTest
class AccessMatrixTest {

    /** The columns of the matrix, in order. */
    private static final List<String> ACTORS = List.of("veileder", "veileder2", "beslutter", "markedskontakt",
            "kontorleder", "mentor", "mentor2", "arbeidsgiver", "arbeidsgiver2", "kandidat", "personvernombud",
            "tiltaksarrangor", "anonym");
    private static final Set<String> NOT_IN_MATRIX = Set.of("/error");
    private static final AtomicInteger ORG_SEQUENCE = new AtomicInteger(0);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    ApiClient http;
    long kaja;
    String kajasNationalId;
    long kajasProcess;
    long employer;

    record Call(String method, String path, String body, String contentType) {

        static Call get(String path) {
            return new Call("GET", path, null, null);
        }

        static Call json(String method, String path, Object body) {
            return new Call(method, path, ApiClient.json(body), "application/json");
        }

        static Call form(String path, String body) {
            return new Call("POST", path, body, "application/x-www-form-urlencoded");
        }
    }

    /** One endpoint, a fresh request for each actor, and the status each actor must get. */
    record Row(String endpoint, Supplier<Call> call, String expected) {
    }

    @BeforeEach
    void fixtures() {
        http = new ApiClient(port);
        kaja = jdbc.sql("select candidate_id from app_user where username = 'kandidat'").query(Long.class).single();
        kajasNationalId = jdbc.sql("select national_id from candidate where id = :id").param("id", kaja)
                .query(String.class).single();
        kajasProcess = jdbc.sql("select id from inclusion_process where candidate_id = :id and open")
                .param("id", kaja).query(Long.class).single();
        employer = jdbc.sql("select employer_id from app_user where username = 'arbeidsgiver'")
                .query(Long.class).single();
        String hash = passwords.encode("demo");
        long otherEmployer = jdbc.sql("select min(id) from employer where id <> :id").param("id", employer)
                .query(Long.class).single();
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, employer_id) values
                        ('mentor2', :hash, 'Mentor i annen bedrift', 'MENTOR', :other),
                        ('arbeidsgiver2', :hash, 'Arbeidsgiver i annen bedrift', 'EMPLOYER', :other),
                        ('tiltaksarrangor', :hash, 'Tiltaksarrangør', 'MEASURE_PROVIDER', null)
                        on conflict (username) do nothing""")
                .param("hash", hash).param("other", otherEmployer).update();
    }

    List<Row> matrix() {
        List<Row> all = new ArrayList<>(coreRows());
        all.addAll(agreementPageRows());
        all.addAll(grantPeriodRows());
        all.addAll(agreementVersionRows());
        all.addAll(meetingRows());
        all.addAll(contactRows());
        all.addAll(mentoringRows());
        return all;
    }

    List<Row> coreRows() {
        return List.of(
                // ------------------------------------------------------------------ API
                // columns: veileder veileder2 beslutter markedskontakt kontorleder mentor mentor2 arbeidsgiver
                //          arbeidsgiver2 kandidat personvernombud tiltaksarrangor anonym
                row("GET /api/v1/me", () -> Call.get("/api/v1/me"), "200 200 200 200 200 200 200 200 200 200 200 200 401"),
                row("POST /api/v1/candidates", () -> Call.json("POST", "/api/v1/candidates", newCandidateBody()),
                        "201 201 403 403 403 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/candidates", () -> Call.get("/api/v1/candidates?search=a"),
                        "200 200 403 403 403 403 403 403 403 403 403 403 401"),
                row("POST /api/v1/candidates/lookup", () -> Call.json("POST", "/api/v1/candidates/lookup",
                        object("nationalId", kajasNationalId)),
                        "200 404 403 403 403 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/candidates/{id}", () -> Call.get("/api/v1/candidates/" + kaja),
                        "200 403 403 403 403 403 403 403 403 200 403 403 401"),
                row("PUT /api/v1/candidates/{id}", () -> Call.json("PUT", "/api/v1/candidates/" + newCandidate(),
                        object("firstName", "Endret", "lastName", "Navn")),
                        "200 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/candidates/{id}/consents", () -> Call.get("/api/v1/candidates/" + kaja + "/consents"),
                        "200 403 403 403 403 403 403 403 403 200 403 403 401"),
                row("GET /api/v1/candidates/{id}/export", () -> Call.get("/api/v1/candidates/" + kaja + "/export"),
                        "200 403 403 403 403 403 403 403 403 200 403 403 401"),
                row("GET /api/v1/candidates/{id}/export.pdf", () -> Call.get("/api/v1/candidates/" + kaja + "/export.pdf"),
                        "200 403 403 403 403 403 403 403 403 200 403 403 401"),
                row("POST /api/v1/employers", () -> Call.json("POST", "/api/v1/employers",
                        object("orgNumber", newOrgNumber(), "name", "Matrise AS")),
                        "201 201 403 403 403 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/employers", () -> Call.get("/api/v1/employers"),
                        "200 200 200 200 200 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/employers/{id}", () -> Call.get("/api/v1/employers/" + employer),
                        "200 200 200 200 200 403 403 403 403 403 403 403 401"),
                row("POST /api/v1/processes", () -> Call.json("POST", "/api/v1/processes",
                        object("candidateId", newCandidate())),
                        "201 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/processes", () -> Call.get("/api/v1/processes"),
                        "200 200 403 403 403 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/processes/{id}", () -> Call.get("/api/v1/processes/" + kajasProcess),
                        "200 403 403 403 403 403 403 403 403 200 403 403 401"),
                row("PUT /api/v1/processes/{id}", () -> Call.json("PUT", "/api/v1/processes/" + newProcess(),
                        object("nextAction", "Ringe")),
                        "200 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("POST /api/v1/processes/{id}/transitions", () -> Call.json("POST",
                        "/api/v1/processes/" + newProcess() + "/transitions", object("toPhase", "EMPLOYER_CONTACT")),
                        "200 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/processes/{id}/timeline", () -> Call.get("/api/v1/processes/" + kajasProcess + "/timeline"),
                        "200 403 403 403 403 403 403 403 403 200 403 403 401"),
                row("POST /api/v1/processes/{id}/measures", () -> Call.json("POST",
                        "/api/v1/processes/" + newProcess() + "/measures", object("type", "MENTOR", "startDate", "2026-12-01")),
                        "201 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("DELETE /api/v1/processes/{id}/measures/{measureId}", () -> new Call("DELETE", newMeasurePath(), null, null),
                        "204 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/processes/{id}/shared-profile", () -> Call.get("/api/v1/processes/" + kajasProcess + "/shared-profile"),
                        "200 403 403 403 403 200 403 200 403 200 403 403 401"),
                row("GET /api/v1/me/processes", () -> Call.get("/api/v1/me/processes"),
                        "403 403 403 403 403 403 403 403 403 200 403 403 401"),
                row("GET /api/v1/me/consents", () -> Call.get("/api/v1/me/consents"),
                        "403 403 403 403 403 403 403 403 403 200 403 403 401"),
                row("PUT /api/v1/me/consents", () -> Call.json("PUT", "/api/v1/me/consents", object("choices",
                        List.of(object("item", "EDUCATION", "audience", "COLLEAGUES", "granted", false)))),
                        "403 403 403 403 403 403 403 403 403 200 403 403 401"),
                row("GET /api/v1/me/export", () -> Call.get("/api/v1/me/export"),
                        "403 403 403 403 403 403 403 403 403 200 403 403 401"),
                row("GET /api/v1/me/export.pdf", () -> Call.get("/api/v1/me/export.pdf"),
                        "403 403 403 403 403 403 403 403 403 200 403 403 401"),
                row("GET /api/v1/me/partner-processes", () -> Call.get("/api/v1/me/partner-processes"),
                        "403 403 403 403 403 200 200 200 200 403 403 403 401"),
                row("POST /api/v1/audit/search", () -> Call.json("POST", "/api/v1/audit/search",
                        object("actorUsername", "veileder")),
                        "403 403 403 403 403 403 403 403 403 403 200 403 401"),
                row("GET /api/v1/audit/verification", () -> Call.get("/api/v1/audit/verification"),
                        "403 403 403 403 403 403 403 403 403 403 200 403 401"),
                row("GET /api/v1/me/access-log", () -> Call.get("/api/v1/me/access-log"),
                        "403 403 403 403 403 403 403 403 403 200 403 403 401"),
                row("GET /v3/api-docs", () -> Call.get("/v3/api-docs"),
                        "200 200 200 200 200 200 200 200 200 200 200 200 200"),
                row("GET /v3/api-docs.yaml", () -> Call.get("/v3/api-docs.yaml"),
                        "200 200 200 200 200 200 200 200 200 200 200 200 200"),
                // stateless, reads and stores nothing: any logged-in party (and NAV's own systems) may calculate
                row("POST /api/v1/mentor-grant/calculation", () -> Call.json("POST", "/api/v1/mentor-grant/calculation",
                        object("payType", "TIMELONN", "amount", 300, "hoursPerMonth", 20, "holidayPayRate", 0.12,
                                "pensionRate", 0.02, "employerTaxRate", 0.141)),
                        "200 200 200 200 200 200 200 200 200 200 200 200 401"),
                // mentor agreements: the candidate's office (beslutter reads and approves), the candidate without pay,
                // the employer, the mentor (before the declaration only the declaration)
                row("POST /api/v1/processes/{id}/agreements", () -> Call.json("POST",
                        "/api/v1/processes/" + newPartnerProcess() + "/agreements", object()),
                        "201 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/processes/{id}/agreements", () -> Call.get("/api/v1/processes/" + kajasProcess
                        + "/agreements"),
                        "200 403 200 403 403 200 403 200 403 200 403 403 401"),
                row("GET /api/v1/agreements/{id}", () -> Call.get("/api/v1/agreements/" + newAgreement(kajasProcess)),
                        "200 403 200 403 403 200 403 200 403 200 403 403 401"),
                row("PUT /api/v1/agreements/{id}", () -> Call.json("PUT", "/api/v1/agreements/"
                        + newAgreement(newPartnerProcess()), object("tasks", "Bake brød")),
                        "200 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("POST /api/v1/agreements/{id}/confidentiality", () -> Call.json("POST", "/api/v1/agreements/"
                        + newAgreement(newPartnerProcess()) + "/confidentiality", object()),
                        "403 403 403 403 403 200 403 403 403 403 403 403 401"),
                row("POST /api/v1/agreements/{id}/approvals", () -> Call.json("POST", "/api/v1/agreements/"
                        + signedAgreement(newPartnerProcess()) + "/approvals", object("as", "EMPLOYER")),
                        "403 403 403 403 403 403 403 200 403 403 403 403 401"),
                row("DELETE /api/v1/agreements/{id}/approvals/{party}", () -> new Call("DELETE", "/api/v1/agreements/"
                        + employerApprovedAgreement() + "/approvals/EMPLOYER", null, null),
                        "403 403 403 403 403 403 403 200 403 403 403 403 401"),
                row("POST /api/v1/agreements/{id}/annulment", () -> Call.json("POST", "/api/v1/agreements/"
                        + newAgreement(newPartnerProcess()) + "/annulment", object("reason", "SYK")),
                        "200 403 403 403 403 403 403 403 403 403 403 403 401"),
                // ------------------------------------------------------------------ pages
                row("GET /", () -> Call.get("/"), "302 302 200 200 200 302 302 302 302 302 302 200 302"),
                row("GET /login", () -> Call.get("/login"), "200 200 200 200 200 200 200 200 200 200 200 200 200"),
                row("GET /caseload", () -> Call.get("/caseload"), "200 200 403 403 403 403 403 403 403 403 403 403 302"),
                row("GET /processes/new", () -> Call.get("/processes/new"),
                        "200 200 403 403 403 403 403 403 403 403 403 403 302"),
                row("POST /processes/new/candidate", () -> Call.form("/processes/new/candidate",
                        "nationalId=" + TestPeople.newNationalId() + "&firstName=Ny&lastName=Person"),
                        "200 200 403 403 403 403 403 403 403 403 403 403 403"),
                row("POST /processes/new", () -> Call.form("/processes/new",
                        "nationalId=" + TestPeople.newNationalId() + "&firstName=Ny&lastName=Person&wishes=Butikk&version=0"),
                        "302 302 403 403 403 403 403 403 403 403 403 403 403"),
                row("GET /processes/{id}", () -> Call.get("/processes/" + kajasProcess),
                        "200 403 403 403 403 403 403 403 403 403 403 403 302"),
                row("GET /processes/{id}/edit", () -> Call.get("/processes/" + kajasProcess + "/edit"),
                        "200 403 403 403 403 403 403 403 403 403 403 403 302"),
                row("POST /processes/{id}/edit", () -> Call.form("/processes/" + newProcess() + "/edit",
                        "version=0&nextAction=Ringe"),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("POST /processes/{id}/phase", () -> Call.form("/processes/" + newProcess() + "/phase",
                        "version=0&toPhase=EMPLOYER_CONTACT"),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("POST /processes/{id}/measures", () -> Call.form("/processes/" + newProcess() + "/measures",
                        "version=0&type=MENTOR&startDate=2026-12-01"),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("POST /processes/{id}/measures/{measureId}/delete", () -> Call.form(
                        newMeasurePath().replace("/api/v1", "") + "/delete",
                        "version=1"),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("GET /processes/{id}/shared", () -> Call.get("/processes/" + kajasProcess + "/shared"),
                        "200 403 403 403 403 200 403 200 403 200 403 403 302"),
                row("GET /candidates/{id}/edit", () -> Call.get("/candidates/" + kaja + "/edit"),
                        "200 403 403 403 403 403 403 403 403 403 403 403 302"),
                row("POST /candidates/{id}/edit", () -> Call.form("/candidates/" + newCandidate() + "/edit",
                        "version=0&firstName=Endret&lastName=Navn"),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("GET /employers/new", () -> Call.get("/employers/new"),
                        "200 200 403 403 403 403 403 403 403 403 403 403 302"),
                row("POST /employers/new", () -> Call.form("/employers/new",
                        "orgNumber=" + newOrgNumber() + "&name=Matrise+AS"),
                        "302 302 403 403 403 403 403 403 403 403 403 403 403"),
                row("GET /my", () -> Call.get("/my"), "403 403 403 403 403 403 403 403 403 200 403 403 302"),
                row("GET /my/consent", () -> Call.get("/my/consent"), "403 403 403 403 403 403 403 403 403 200 403 403 302"),
                row("POST /my/consent", () -> Call.form("/my/consent", "shared="),
                        "403 403 403 403 403 403 403 403 403 302 403 403 403"),
                row("GET /partner", () -> Call.get("/partner"), "403 403 403 403 403 200 200 200 200 403 403 403 302"),
                row("GET /my/access-log", () -> Call.get("/my/access-log"),
                        "403 403 403 403 403 403 403 403 403 200 403 403 302"),
                row("GET /audit", () -> Call.get("/audit"), "403 403 403 403 403 403 403 403 403 403 200 403 302"),
                row("POST /audit", () -> Call.form("/audit", "actorUsername=veileder"),
                        "403 403 403 403 403 403 403 403 403 403 200 403 403"),
                row("GET /audit/verification", () -> Call.get("/audit/verification"),
                        "403 403 403 403 403 403 403 403 403 403 200 403 302"));
    }

    private static Row row(String endpoint, Supplier<Call> call, String expected) {
        return new Row(endpoint, call, expected);
    }

    @Test
    void everyEndpointIsInTheMatrix() {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> patterns = info.getPatternValues();
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (NOT_IN_MATRIX.contains(pattern)) {
                    continue;
                }
                if (methods.isEmpty()) {
                    mapped.add("ANY " + pattern);
                }
                methods.forEach(method -> mapped.add(method.name() + " " + pattern));
            }
        }
        Set<String> inMatrix = new TreeSet<>();
        matrix().forEach(row -> inMatrix.add(row.endpoint()));

        assertThat(inMatrix).as("endpoints in the access matrix that no longer exist").isSubsetOf(mapped);
        assertThat(mapped).as("endpoints without a row in the access matrix: decide who may use them")
                .isSubsetOf(inMatrix);
    }

    @Test
    void everyActorGetsExactlyTheExpectedAnswer() {
        List<String> mismatches = new ArrayList<>();
        for (Row row : matrix()) {
            String[] expected = row.expected().trim().split("\\s+");
            assertThat(expected).as(row.endpoint()).hasSize(ACTORS.size());
            for (int i = 0; i < ACTORS.size(); i++) {
                String actor = ACTORS.get(i);
                Call call = row.call().get();
                ApiClient.Response response = send(actor, call);
                if (response.status() != Integer.parseInt(expected[i])) {
                    mismatches.add(row.endpoint() + " as " + actor + ": expected " + expected[i] + " but got "
                            + response.status() + " (" + call.method() + " " + call.path() + ")");
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private ApiClient.Response send(String actor, Call call) {
        String user = actor.equals("anonym") ? null : actor;
        Map<String, String> headers = new java.util.HashMap<>();
        headers.put("Accept", call.path().startsWith("/api/") ? "application/json"
                : call.path().startsWith("/v3/") ? "*/*" : "text/html");
        if (call.path().startsWith("/api/") && !call.method().equals("GET") && !call.method().equals("POST")) {
            headers.put("If-Match", currentETag(call.path()));
        }
        if (call.path().matches("/api/v1/processes/\\d+/(transitions|measures)")
                || call.path().matches("/api/v1/agreements/\\d+/(approvals|annulment)")) {
            headers.put("If-Match", currentETag(call.path()));
        }
        return http.send(user, call.method(), call.path(), call.body(), call.contentType(), headers);
    }

    /** The current version of the candidate or process a write goes to, so only authorization can stop it. */
    private String currentETag(String path) {
        var m = java.util.regex.Pattern.compile("/api/v1/(candidates|processes|agreements)/(\\d+)").matcher(path);
        if (!m.find()) {
            return "\"0\"";
        }
        String table = switch (m.group(1)) {
            case "candidates" -> "candidate";
            case "agreements" -> "mentor_agreement";
            default -> "inclusion_process";
        };
        Long version = jdbc.sql("select version from " + table + " where id = :id")
                .param("id", Long.parseLong(m.group(2))).query(Long.class).optional().orElse(0L);
        return "\"" + version + "\"";
    }

    private Map<String, Object> newCandidateBody() {
        return object("nationalId", TestPeople.newNationalId(), "firstName", "Matrise", "lastName", "Testesen");
    }

    private long newCandidate() {
        return http.post("veileder", "/api/v1/candidates", newCandidateBody()).id();
    }

    private long newProcess() {
        return http.post("veileder", "/api/v1/processes", object("candidateId", newCandidate())).id();
    }

    /** A process with one measure, version 1 after adding it; returns the measure's path. */
    private String newMeasurePath() {
        long process = newProcess();
        ApiClient.Response added = http.post("veileder", "/api/v1/processes/" + process + "/measures",
                object("type", "MENTOR", "startDate", "2026-12-01"), "\"0\"");
        long measure = added.json().path("measures").get(0).path("id").asLong();
        return "/api/v1/processes/" + process + "/measures/" + measure;
    }

    /** A fresh process at veileder's office with arbeidsgiver's employer and mentor as its mentor. */
    private long newPartnerProcess() {
        long process = newProcess();
        jdbc.sql("update inclusion_process set employer_id = :e, mentor_user_id = "
                + "(select id from app_user where username = 'mentor') where id = :id")
                .param("e", employer).param("id", process).update();
        return process;
    }

    private long newAgreement(long process) {
        return http.post("veileder", "/api/v1/processes/" + process + "/agreements", object()).id();
    }

    /** Filled in and signed by the mentor: ready for the candidate's and the employer's approval (version 2). */
    private long signedAgreement(long process) {
        long id = newAgreement(process);
        java.time.LocalDate start = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
        http.put("veileder", "/api/v1/agreements/" + id, object("mentorFirstName", "Mona", "mentorLastName", "Mentor",
                "mentorPhone", "91234567", "tasks", "Opplæring", "hoursPerMonth", 20, "payType", "TIMELONN",
                "payAmount", 300, "startDate", start.toString(), "endDate", start.plusMonths(2).toString(),
                "followUp", "Hver fjerde uke", "adaptation", "Ingen", "holidayPayRate", 0.12, "otpRate", 0.02,
                "agaRate", 0.141, "accountNumber", "12345678903", "familyTie", false,
                "candidateContact", object("firstName", "A", "lastName", "B", "phone", "92345678"),
                "employerContact", object("firstName", "C", "lastName", "D", "phone", "93456789"),
                "counsellorContact", object("firstName", "E", "lastName", "F", "phone", "94567890")), "\"0\"");
        http.post("mentor", "/api/v1/agreements/" + id + "/confidentiality", object());
        return id;
    }

    private long employerApprovedAgreement() {
        long id = signedAgreement(newPartnerProcess());
        http.post("arbeidsgiver", "/api/v1/agreements/" + id + "/approvals", object("as", "EMPLOYER"), "\"2\"");
        return id;
    }

    // ====================================================================== agreement pages: counsellor, employer, candidate, mentor

    List<Row> agreementPageRows() {
        return List.of();
    }

    // ---------------------------------------------------------------------- end of agreementPageRows

    // ====================================================================== grant periods and the beslutter's queue

    List<Row> grantPeriodRows() {
        return List.of();
    }

    // ---------------------------------------------------------------------- end of grantPeriodRows

    // ====================================================================== agreement versions after conclusion, and their PDFs

    List<Row> agreementVersionRows() {
        return List.of();
    }

    // ---------------------------------------------------------------------- end of agreementVersionRows

    // ====================================================================== follow-up meetings, iCalendar, cadence

    List<Row> meetingRows() {
        String meetingForm = "type=TREKLOVERSAMTALE&date=2027-01-12&time=10:00&durationMinutes=60&channel=VIDEO"
                + "&withCandidate=true&withMentor=true";
        return List.of(
                // API: the office manages; the process's employer and (after the declaration) its mentor read;
                // the candidate only her own process (covered in MeetingAccessTest), nobody else
                row("POST /api/v1/processes/{id}/meetings", () -> Call.json("POST", "/api/v1/processes/"
                        + signedMeetingProcess() + "/meetings", meetingBody()),
                        "201 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/processes/{id}/meetings", () -> Call.get("/api/v1/processes/"
                        + signedMeetingProcess() + "/meetings"),
                        "200 403 403 403 403 200 403 200 403 403 403 403 401"),
                row("GET /api/v1/meetings/{id}", () -> Call.get("/api/v1/meetings/" + sharedMeeting()),
                        "200 403 403 403 403 200 403 200 403 403 403 403 401"),
                row("PUT /api/v1/meetings/{id}", () -> Call.json("PUT", "/api/v1/meetings/" + newMeeting(),
                        object("location", "Kantina")),
                        "200 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("PUT /api/v1/meetings/{id}/cancellation", () -> Call.json("PUT", "/api/v1/meetings/"
                        + newMeeting() + "/cancellation", object()),
                        "200 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/meetings/{id}.ics", () -> Call.get("/api/v1/meetings/" + sharedMeeting() + ".ics"),
                        "200 403 403 403 403 200 403 200 403 403 403 403 401"),
                row("POST /api/v1/meetings/{id}/action-items", () -> Call.json("POST", "/api/v1/meetings/"
                        + sharedMeeting() + "/action-items", object("text", "Ringe leder", "owner", "Veileder")),
                        "201 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("PUT /api/v1/meetings/{id}/action-items/{itemId}", () -> Call.json("PUT", newActionItemPath(),
                        object("done", true)),
                        "200 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/processes/{id}/cadence", () -> Call.get("/api/v1/processes/" + signedMeetingProcess()
                        + "/cadence"),
                        "200 403 403 403 403 200 403 200 403 403 403 403 401"),
                row("PUT /api/v1/processes/{id}/cadence", () -> Call.json("PUT", "/api/v1/processes/" + newProcess()
                        + "/cadence", object("followUpIntervalWeeks", 2)),
                        "200 403 403 403 403 403 403 403 403 403 403 403 401"),
                // the office's interval: its office leader and counsellors
                row("GET /api/v1/offices/{officeId}/meeting-settings", () -> Call.get(
                        "/api/v1/offices/0315/meeting-settings"),
                        "200 403 403 403 200 403 403 403 403 403 403 403 401"),
                row("PUT /api/v1/offices/{officeId}/meeting-settings", () -> {
                    resetMeetingOfficeSettings();
                    return Call.json("PUT", "/api/v1/offices/0315/meeting-settings",
                            object("followUpIntervalWeeks", 4));
                }, "200 403 403 403 200 403 403 403 403 403 403 403 401"),
                // the personal calendar feed: the token in the address is the credential, with or without a login
                row("GET /calendar/feed/{token}.ics", () -> Call.get("/calendar/feed/" + feedToken("veileder")
                        + ".ics"),
                        "200 200 200 200 200 200 200 200 200 200 200 200 200"),
                // pages
                row("GET /processes/{id}/meetings/new", () -> Call.get("/processes/" + signedMeetingProcess()
                        + "/meetings/new?type=OPPSTARTSMOTE"),
                        "200 403 403 403 403 403 403 403 403 403 403 403 302"),
                row("POST /processes/{id}/meetings/new", () -> Call.form("/processes/" + signedMeetingProcess()
                        + "/meetings/new", meetingForm),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("GET /meetings/{id}", () -> Call.get("/meetings/" + sharedMeeting()),
                        "200 403 403 403 403 200 403 200 403 403 403 403 302"),
                row("POST /meetings/{id}/plan", () -> Call.form("/meetings/" + newMeeting() + "/plan",
                        meetingForm + "&version=0"),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("POST /meetings/{id}/minutes", () -> Call.form("/meetings/" + newMeeting() + "/minutes",
                        "version=0&minutes=Referat&decisions=Ingen"),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("POST /meetings/{id}/cancel", () -> Call.form("/meetings/" + newMeeting() + "/cancel",
                        "version=0"),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("POST /meetings/{id}/action-items", () -> Call.form("/meetings/" + sharedMeeting()
                        + "/action-items", "text=Ringe&owner=Veileder&dueDate=2027-01-20"),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("POST /meetings/{id}/action-items/{itemId}", () -> Call.form(newActionItemPath()
                        .replace("/api/v1", ""), "version=0&done=true"),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("POST /processes/{id}/meetings/cadence", () -> Call.form("/processes/" + newProcess()
                        + "/meetings/cadence", "version=0&weeks=3"),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("GET /meetings/templates", () -> Call.get("/meetings/templates"),
                        "200 200 403 403 200 403 403 403 403 403 403 403 302"),
                row("POST /meetings/templates", () -> {
                    resetMeetingTemplates();
                    return Call.form("/meetings/templates", "type=ROTASJON&agenda=1.+Oppgaver&version=0");
                }, "302 302 403 403 302 403 403 403 403 403 403 403 403"),
                row("POST /meetings/templates/interval", () -> {
                    resetMeetingOfficeSettings();
                    return Call.form("/meetings/templates/interval", "weeks=5&version=0");
                }, "302 302 403 403 302 403 403 403 403 403 403 403 403"),
                row("GET /meetings/calendar", () -> Call.get("/meetings/calendar"),
                        "200 200 200 200 200 200 200 200 200 200 200 200 302"),
                row("POST /meetings/calendar", () -> Call.form("/meetings/calendar", "action=rotate"),
                        "302 302 302 302 302 302 302 302 302 302 302 302 403"));
    }

    private Long signedMeetingProcess;
    private Long sharedMeeting;

    /** A process at veileder's office with arbeidsgiver's employer, whose mentor has signed the declaration. */
    private long signedMeetingProcess() {
        if (signedMeetingProcess == null) {
            long process = newPartnerProcess();
            signedAgreement(process);
            signedMeetingProcess = process;
        }
        return signedMeetingProcess;
    }

    private Map<String, Object> meetingBody() {
        return object("type", "TREKLOVERSAMTALE", "startsAt", "2027-01-12T10:00:00+01:00", "channel", "WORKPLACE",
                "participants", List.of(object("role", "MENTOR"), object("role", "COUNSELLOR")),
                "minutes", "Referat fra møtet");
    }

    /** A fresh meeting (version 0) of the signed process, with the mentor taking part. */
    private long newMeeting() {
        return http.post("veileder", "/api/v1/processes/" + signedMeetingProcess() + "/meetings", meetingBody()).id();
    }

    private long sharedMeeting() {
        if (sharedMeeting == null) {
            sharedMeeting = newMeeting();
        }
        return sharedMeeting;
    }

    private String newActionItemPath() {
        long meeting = sharedMeeting();
        long item = http.post("veileder", "/api/v1/meetings/" + meeting + "/action-items",
                object("text", "Oppgave")).id();
        return "/api/v1/meetings/" + meeting + "/action-items/" + item;
    }

    private void resetMeetingOfficeSettings() {
        jdbc.sql("delete from meeting_office_settings where office_id in ('0315', '4614')").update();
    }

    private void resetMeetingTemplates() {
        jdbc.sql("delete from meeting_agenda_template where type = 'ROTASJON'").update();
    }

    /** Gives the user a calendar feed token (stored hashed, as the app does) and returns it. */
    private String feedToken(String username) {
        String token = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(java.util.UUID.randomUUID().toString().getBytes()).substring(0, 43);
        String hash;
        try {
            hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        jdbc.sql("""
                        insert into meeting_calendar_token (user_id, token_hash)
                        select id, :hash from app_user where username = :u
                        on conflict (user_id) do update set token_hash = :hash""")
                .param("hash", hash).param("u", username).update();
        return token;
    }

    // ---------------------------------------------------------------------- end of meetingRows

    // ====================================================================== contact log, collaboration quality, notifications

    List<Row> contactRows() {
        return List.of();
    }

    // ---------------------------------------------------------------------- end of contactRows

    // ====================================================================== the mentor's workspace

    List<Row> mentoringRows() {
        return List.of();
    }

    // ---------------------------------------------------------------------- end of mentoringRows

    private static String newOrgNumber() {
        while (true) {
            int n = 20_000_000 + ORG_SEQUENCE.incrementAndGet() * 7 + (int) (System.nanoTime() % 1000) * 10_000;
            var number = OrganisationNumber.withControlDigit(String.valueOf(80_000_000 + n % 9_000_000));
            if (number.isPresent()) {
                return number.get();
            }
        }
    }
}
