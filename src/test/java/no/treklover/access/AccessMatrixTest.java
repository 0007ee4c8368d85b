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
        all.addAll(employerImportRows());
        all.addAll(employerRegisterRows());
        all.addAll(employerContactRows());
        all.addAll(needsBoardRows());
        all.addAll(statisticsRows());
        all.addAll(opportunityRows());
        all.addAll(eventRows());
        all.addAll(learningRows());
        all.addAll(networkRows());
        all.addAll(surveyRows());
        all.addAll(arenaCancellationRows());
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
                row("GET /api/v1/me/access-log/summary", () -> Call.get("/api/v1/me/access-log/summary"),
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
                        "201 403 403 403 403 403 403 201 403 403 403 403 401"),
                row("GET /api/v1/processes/{id}/agreements", () -> Call.get("/api/v1/processes/" + kajasProcess
                        + "/agreements"),
                        "200 403 200 403 403 200 403 200 403 200 403 403 401"),
                row("GET /api/v1/agreements/{id}", () -> Call.get("/api/v1/agreements/" + draftOnKajasProcess()),
                        "200 403 200 403 403 200 403 200 403 200 403 403 401"),
                row("PUT /api/v1/agreements/{id}", () -> Call.json("PUT", "/api/v1/agreements/"
                        + newAgreement(newPartnerProcess()), object("tasks", "Bake brød")),
                        "200 403 403 403 403 403 403 200 403 403 403 403 401"),
                row("POST /api/v1/agreements/{id}/confidentiality", () -> Call.json("POST", "/api/v1/agreements/"
                        + newAgreement(newPartnerProcess()) + "/confidentiality", object()),
                        "403 403 403 403 403 200 403 403 403 403 403 403 401"),
                row("POST /api/v1/agreements/{id}/approvals", () -> Call.json("POST", "/api/v1/agreements/"
                        + signedAgreement(newPartnerProcess()) + "/approvals", object("as", "EMPLOYER")),
                        "403 403 403 403 403 403 403 200 403 403 403 403 401"),
                row("DELETE /api/v1/agreements/{id}/approvals/{party}", () -> new Call("DELETE", "/api/v1/agreements/"
                        + employerApprovedAgreement() + "/approvals/EMPLOYER", null, null),
                        "403 403 403 403 403 403 403 200 403 403 403 403 401"),
                // "Send til partene": the counsellor only, and only a complete agreement
                row("POST /api/v1/agreements/{id}/sending", () -> Call.json("POST", "/api/v1/agreements/"
                        + signedAgreement(newPartnerProcess()) + "/sending", object()),
                        "200 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("POST /api/v1/agreements/{id}/annulment", () -> Call.json("POST", "/api/v1/agreements/"
                        + newAgreement(newPartnerProcess()) + "/annulment", object("reason", "SYK")),
                        "200 403 403 403 403 403 403 403 403 403 403 403 401"),
                // ------------------------------------------------------------------ pages
                row("GET /", () -> Call.get("/"), "302 302 302 302 302 302 302 302 302 302 302 200 302"),
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
                row("GET /processes/{id}/measures/{measureId}/delete", () -> Call.get(
                        newMeasurePath().replace("/api/v1", "") + "/delete"),
                        "200 403 403 403 403 403 403 403 403 403 403 403 302"),
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
                // only the candidate chooses her pages' language; staff pages stay bokmål
                row("POST /language", () -> Call.form("/language", "language=nb&returnTo=/my"),
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
                || call.path().matches("/api/v1/agreements/\\d+/(approvals|annulment|changes)")
                || call.path().matches("/api/v1/needs/\\d+/(transitions|proposals.*)")
                || call.path().matches("/api/v1/opportunities/\\d+/status")
                || call.path().matches("/api/v1/learning/cases/\\d+/ready")
                || call.path().matches("/api/v1/events/\\d+/(transitions|bookings/\\d+/(attendance|decision|acceptance))")
                || call.path().matches("/api/v1/network-feedback/\\d+/answer")
                || call.path().matches("/api/v1/surveys/\\d+/questions")) {
            headers.put("If-Match", currentETag(call.path()));
        }
        return http.send(user, call.method(), call.path(), call.body(), call.contentType(), headers);
    }

    /** The current version of the candidate or process a write goes to, so only authorization can stop it. */
    private String currentETag(String path) {
        var booking = java.util.regex.Pattern.compile("/api/v1/events/\\d+/bookings/(\\d+)").matcher(path);
        if (booking.find()) {
            return "\"" + jdbc.sql("select version from event_booking where id = :id")
                    .param("id", Long.parseLong(booking.group(1))).query(Long.class).single() + "\"";
        }
        var feedback = java.util.regex.Pattern.compile("/api/v1/network-feedback/(\\d+)/answer").matcher(path);
        if (feedback.find()) {
            return "\"" + jdbc.sql("select version from network_feedback where id = :id")
                    .param("id", Long.parseLong(feedback.group(1))).query(Long.class).single() + "\"";
        }
        var event = java.util.regex.Pattern.compile("/api/v1/events/(\\d+)$").matcher(path);
        if (event.find()) {
            return "\"" + jdbc.sql("select version from event where id = :id")
                    .param("id", Long.parseLong(event.group(1))).query(Long.class).single() + "\"";
        }
        var m = java.util.regex.Pattern.compile("/api/v1/(candidates|processes|agreements|needs)/(\\d+)").matcher(path);
        if (!m.find()) {
            return "\"0\"";
        }
        String table = switch (m.group(1)) {
            case "candidates" -> "candidate";
            case "agreements" -> "mentor_agreement";
            case "needs" -> "need";
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

    /**
     * A draft the mentor has not signed, on Kaja's process (the candidate's own agreement). The demo data already has
     * an agreement in progress there and the service starts no second one, so it is inserted as the demo data does.
     */
    private long draftOnKajasProcess() {
        return jdbc.sql("""
                insert into mentor_agreement (process_id, candidate_id, office_id, employer_id, mentor_user_id,
                                              last_touched_at, created_at)
                select id, candidate_id, office_id, employer_id, mentor_user_id, now(), now()
                  from inclusion_process where id = :process and employer_id is not null and mentor_user_id is not null
                returning id""").param("process", kajasProcess).query(Long.class).single();
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
        return List.of(
                // columns: veileder veileder2 beslutter markedskontakt kontorleder mentor mentor2 arbeidsgiver
                //          arbeidsgiver2 kandidat personvernombud tiltaksarrangor anonym
                // the page: every party of the agreement (the mentor sees only the declaration before signing)
                row("GET /agreements/{id}", () -> Call.get("/agreements/" + draftOnKajasProcess()),
                        "200 403 200 403 403 200 403 200 403 200 403 403 302"),
                // counsellor and employer fill in while nobody has approved
                row("POST /agreements/{id}", () -> Call.form("/agreements/" + newAgreement(newPartnerProcess()),
                        "version=0&tasks=Bake+br%C3%B8d"),
                        "302 403 403 403 403 403 403 302 403 403 403 403 403"),
                // the live calculation: those who see the pay (not the candidate, not the mentor before signing)
                row("POST /agreements/{id}/calculation", () -> Call.form("/agreements/" + draftOnKajasProcess()
                        + "/calculation", "payType=TIMELONN&payAmount=300&hoursPerMonth=20"),
                        "200 403 200 403 403 403 403 200 403 403 403 403 403"),
                row("POST /processes/{id}/agreements", () -> Call.form("/processes/" + newPartnerProcess()
                        + "/agreements", ""),
                        "302 403 403 403 403 403 403 302 403 403 403 403 403"),
                row("POST /agreements/{id}/confidentiality", () -> Call.form("/agreements/"
                        + newAgreement(newPartnerProcess()) + "/confidentiality", ""),
                        "403 403 403 403 403 302 403 403 403 403 403 403 403"),
                row("POST /agreements/{id}/approvals", () -> Call.form("/agreements/"
                        + signedAgreement(newPartnerProcess()) + "/approvals", "version=2&as=EMPLOYER"),
                        "403 403 403 403 403 403 403 302 403 403 403 403 403"),
                row("POST /agreements/{id}/withdrawal", () -> Call.form("/agreements/" + employerApprovedAgreement()
                        + "/withdrawal", "version=3&party=EMPLOYER&confirmed=true"),
                        "403 403 403 403 403 403 403 302 403 403 403 403 403"),
                row("POST /agreements/{id}/annulment", () -> Call.form("/agreements/"
                        + newAgreement(newPartnerProcess()) + "/annulment", "version=0&reason=SYK"),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"),
                // "Send til partene": the counsellor only
                row("POST /agreements/{id}/sending", () -> Call.form("/agreements/"
                        + newAgreement(newPartnerProcess()) + "/sending", ""),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"));
    }

    // ---------------------------------------------------------------------- end of agreementPageRows

    // ====================================================================== grant periods and the beslutter's queue

    List<Row> grantPeriodRows() {
        return List.of(
                row("GET /api/v1/agreements/{id}/grant-periods", () -> Call.get("/api/v1/agreements/"
                        + approvedAgreement() + "/grant-periods"),
                        "200 403 200 403 403 403 403 200 403 403 403 403 401"),
                row("GET /api/v1/grant-periods", () -> Call.get("/api/v1/grant-periods?status=UBEHANDLET"),
                        "403 403 200 403 403 403 403 403 403 403 403 403 401"),
                // without If-Match: whoever passes the access check gets 428, everyone else 403
                row("POST /api/v1/grant-periods/{id}/approval", () -> Call.json("POST", "/api/v1/grant-periods/"
                        + firstGrantPeriod(approvedAgreement()) + "/approval", object()),
                        "403 403 428 403 403 403 403 403 403 403 403 403 401"),
                row("POST /api/v1/grant-periods/{id}/rejection", () -> Call.json("POST", "/api/v1/grant-periods/"
                        + firstGrantPeriod(approvedAgreement()) + "/rejection",
                        object("reasons", List.of("ANNET"), "explanation", "Feil")),
                        "403 403 428 403 403 403 403 403 403 403 403 403 401"),
                row("POST /api/v1/grant-periods/{id}/resubmission", () -> Call.json("POST", "/api/v1/grant-periods/"
                        + firstGrantPeriod(approvedAgreement()) + "/resubmission", object()),
                        "428 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("POST /api/v1/agreements/{id}/approval-revocation", () -> Call.json("POST", "/api/v1/agreements/"
                        + approvedAgreement() + "/approval-revocation", object()),
                        "428 403 403 403 403 403 403 403 403 403 403 403 401"),
                // ------------------------------------------------------------------ pages
                row("GET /beslutter", () -> Call.get("/beslutter"),
                        "403 403 200 403 403 403 403 403 403 403 403 403 302"),
                row("GET /beslutter/grant-periods/{id}", () -> Call.get("/beslutter/grant-periods/"
                        + firstGrantPeriod(approvedAgreement())),
                        "403 403 200 403 403 403 403 403 403 403 403 403 302"),
                row("POST /beslutter/grant-periods/{id}/approval", () -> Call.form("/beslutter/grant-periods/"
                        + firstGrantPeriod(approvedAgreement()) + "/approval", "version=0"),
                        "403 403 302 403 403 403 403 403 403 403 403 403 403"),
                row("POST /beslutter/grant-periods/{id}/rejection", () -> Call.form("/beslutter/grant-periods/"
                        + firstGrantPeriod(approvedAgreement()) + "/rejection",
                        "version=0&reasons=ANNET&explanation=Feil+sats"),
                        "403 403 302 403 403 403 403 403 403 403 403 403 403"),
                row("POST /grant-periods/{id}/resubmission", () -> Call.form("/grant-periods/"
                        + firstGrantPeriod(approvedAgreement()) + "/resubmission", "version=0"),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("POST /grant-periods/agreements/{id}/approval-revocation", () -> Call.form(
                        "/grant-periods/agreements/" + approvedAgreement() + "/approval-revocation", "version=4"),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"));
    }

    /** Approved by the employer and by the counsellor on the candidate's behalf (version 4): periods wait. */
    private long approvedAgreement() {
        long id = signedAgreement(newPartnerProcess());
        http.post("arbeidsgiver", "/api/v1/agreements/" + id + "/approvals", object("as", "EMPLOYER"), "\"2\"");
        http.post("veileder", "/api/v1/agreements/" + id + "/approvals",
                object("as", "COUNSELLOR", "onBehalfReason", "NO_BANKID"), "\"3\"");
        return id;
    }

    private long firstGrantPeriod(long agreementId) {
        return jdbc.sql("select min(id) from grant_period where agreement_id = :a and status = 'UBEHANDLET'")
                .param("a", agreementId).query(Long.class).single();
    }

    // ---------------------------------------------------------------------- end of grantPeriodRows

    // ====================================================================== agreement versions after conclusion, and their PDFs

    List<Row> agreementVersionRows() {
        // the parties who may see the agreement's content see its versions, masked as the agreement; only the
        // counsellor changes a concluded agreement. A fresh process, so mentor's declaration on Kaja's process does
        // not change other rows: kandidat (Kaja) is not its candidate (AgreementVersionApiTest covers the candidate).
        return List.of(
                row("GET /api/v1/agreements/{id}/versions", () -> Call.get("/api/v1/agreements/"
                        + concludedAgreement() + "/versions"),
                        "200 403 200 403 403 200 403 200 403 403 403 403 401"),
                row("GET /api/v1/agreements/{id}/versions/{number}", () -> Call.get("/api/v1/agreements/"
                        + concludedAgreement() + "/versions/1"),
                        "200 403 200 403 403 200 403 200 403 403 403 403 401"),
                row("GET /api/v1/agreements/{id}/versions/{number}/changes", () -> Call.get("/api/v1/agreements/"
                        + concludedAgreement() + "/versions/1/changes?from=1"),
                        "200 403 200 403 403 200 403 200 403 403 403 403 401"),
                row("GET /api/v1/agreements/{id}/versions/{number}.pdf", () -> Call.get("/api/v1/agreements/"
                        + concludedAgreement() + "/versions/1.pdf"),
                        "200 403 200 403 403 200 403 200 403 403 403 403 401"),
                row("POST /api/v1/agreements/{id}/changes", () -> Call.json("POST", "/api/v1/agreements/"
                        + concludedAgreement(newPartnerProcess()) + "/changes",
                        object("type", "ENDRE_OPPFOLGING", "followUp", "Trekløversamtale hver andre uke")),
                        "201 403 403 403 403 403 403 403 403 403 403 403 401"),
                // pages
                row("GET /agreements/{id}/versions", () -> Call.get("/agreements/" + concludedAgreement()
                        + "/versions?left=1&right=1"),
                        "200 403 200 403 403 200 403 200 403 403 403 403 302"),
                row("GET /agreements/{id}/changes/new", () -> Call.get("/agreements/" + concludedAgreement()
                        + "/changes/new?type=FORLENGE"),
                        "200 403 403 403 403 403 403 403 403 403 403 403 302"),
                row("POST /agreements/{id}/changes", () -> Call.form("/agreements/"
                        + concludedAgreement(newPartnerProcess()) + "/changes",
                        "type=ENDRE_OPPFOLGING&version=5&followUp=Hver+uke"),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"));
    }

    private Long concludedForReading;

    /** One concluded agreement of a fresh partner process, made once per test and only read. */
    private long concludedAgreement() {
        if (concludedForReading == null) {
            concludedForReading = concludedAgreement(newPartnerProcess());
        }
        return concludedForReading;
    }

    /** Signed, approved by the employer and by the counsellor on the candidate's behalf, concluded (version 5). */
    private long concludedAgreement(long process) {
        long id = signedAgreement(process);
        String approvals = "/api/v1/agreements/" + id + "/approvals";
        http.post("arbeidsgiver", approvals, object("as", "EMPLOYER"), "\"2\"");
        http.post("veileder", approvals, object("as", "COUNSELLOR", "onBehalfReason", "NO_BANKID"), "\"3\"");
        ApiClient.Response concluded = http.post("beslutter", approvals, object("as", "DECISION_MAKER"), "\"4\"");
        assertThat(concluded.json().path("concludedAt").isMissingNode()).as(concluded.body()).isFalse();
        return id;
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
                        + newMeeting() + "/cancellation", object("reason", "Mentoren er syk")),
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
                row("GET /meetings/{id}/cancel", () -> Call.get("/meetings/" + newMeeting() + "/cancel"),
                        "200 403 403 403 403 403 403 403 403 403 403 403 302"),
                row("POST /meetings/{id}/cancel", () -> Call.form("/meetings/" + newMeeting() + "/cancel",
                        "version=0&reason=Mentoren+er+syk"),
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
                        "302 302 302 302 302 302 302 302 302 302 302 302 403"),
                // the candidate's feedback after a held meeting she took part in: she writes and reads her own,
                // the office's counsellors read it, nobody else (mentor and employer included) sees it
                row("PUT /api/v1/meetings/{id}/feedback", () -> Call.json("PUT", "/api/v1/meetings/"
                        + heldKajaMeeting() + "/feedback", object("rating", "GOOD", "heard", "YES")),
                        "403 403 403 403 403 403 403 403 403 201 403 403 401"),
                row("GET /api/v1/meetings/{id}/feedback", () -> Call.get("/api/v1/meetings/"
                        + kajasFeedbackMeeting() + "/feedback"),
                        "200 403 403 403 403 403 403 403 403 200 403 403 401"),
                row("GET /meetings/{id}/feedback", () -> Call.get("/meetings/" + kajasFeedbackMeeting()
                        + "/feedback"),
                        "403 403 403 403 403 403 403 403 403 200 403 403 302"),
                row("POST /meetings/{id}/feedback", () -> Call.form("/meetings/" + heldKajaMeeting() + "/feedback",
                        "rating=OK&heard=PARTLY&comment=Greit+nok"),
                        "403 403 403 403 403 403 403 403 403 302 403 403 403"));
    }

    private Long kajasFeedbackMeeting;

    /** A meeting of Kaja's process held yesterday, with Kaja, her mentor and the counsellor taking part. */
    private long heldKajaMeeting() {
        String yesterday = java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/Oslo")).minusDays(1)
                .withHour(10).withMinute(0).withSecond(0).withNano(0).toOffsetDateTime().toString();
        return http.post("veileder", "/api/v1/processes/" + kajasProcess + "/meetings", object("type",
                "TREKLOVERSAMTALE", "startsAt", yesterday, "channel", "WORKPLACE", "status", "HELD", "participants",
                List.of(object("role", "CANDIDATE"), object("role", "MENTOR"), object("role", "COUNSELLOR")))).id();
    }

    /** A held meeting on which Kaja has given her feedback. */
    private long kajasFeedbackMeeting() {
        if (kajasFeedbackMeeting == null) {
            long meeting = heldKajaMeeting();
            http.put("kandidat", "/api/v1/meetings/" + meeting + "/feedback", object("rating", "OK", "heard", "YES"),
                    null);
            kajasFeedbackMeeting = meeting;
        }
        return kajasFeedbackMeeting;
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

    /** A new entry by veileder in the employer's contact log (shared across units, no candidate data). */
    private String employerContactPath() {
        return "/api/v1/employer-contacts/" + http.post("veileder", "/api/v1/employers/" + employer + "/contacts",
                employerContactBody()).json().path("contact").path("id").asLong();
    }

    private static Map<String, Object> employerContactBody() {
        return object("kind", "CONTACT", "form", "PHONE", "purpose", "FOLLOW_UP");
    }

    List<Row> employerContactRows() {
        String entry = "kind=CONTACT&form=PHONE&purpose=FOLLOW_UP";
        return List.of(
                // the employer contact log: every NAV staff role reads it; counsellor and market contact write it
                // (and the Arbeidslivssenter adviser, EmployerContactApiTest); only the author changes an entry
                row("POST /api/v1/employers/{id}/contacts", () -> Call.json("POST", "/api/v1/employers/" + employer
                        + "/contacts", employerContactBody()),
                        "201 201 403 201 403 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/employers/{id}/contacts", () -> Call.get("/api/v1/employers/" + employer
                        + "/contacts"),
                        "200 200 200 200 200 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/employers/{id}/contact-warnings", () -> Call.get("/api/v1/employers/" + employer
                        + "/contact-warnings"),
                        "200 200 200 200 200 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/employer-contacts/due", () -> Call.get("/api/v1/employer-contacts/due"),
                        "200 200 403 200 403 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/employer-contacts/{id}", () -> Call.get(employerContactPath()),
                        "200 200 200 200 200 403 403 403 403 403 403 403 401"),
                row("PUT /api/v1/employer-contacts/{id}", () -> Call.json("PUT", employerContactPath(),
                        employerContactBody()),
                        "200 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("DELETE /api/v1/employer-contacts/{id}", () -> new Call("DELETE", employerContactPath(), null,
                        null),
                        "204 403 403 403 403 403 403 403 403 403 403 403 401"),
                // ------------------------------------------------------------------ pages
                row("GET /market", () -> Call.get("/market"),
                        "200 200 403 200 403 403 403 403 403 403 403 403 302"),
                row("GET /employers/{id}/contacts", () -> Call.get("/employers/" + employer + "/contacts"),
                        "200 200 200 200 200 403 403 403 403 403 403 403 302"),
                row("POST /employers/{id}/contacts", () -> Call.form("/employers/" + employer + "/contacts",
                        entry + "&confirmWarnings=true&seenWarnings=" + warningIds()),
                        "302 302 403 302 403 403 403 403 403 403 403 403 403"),
                row("GET /employer-contacts/new", () -> Call.get("/employer-contacts/new?q=a&employerId=" + employer),
                        "200 200 403 200 403 403 403 403 403 403 403 403 302"),
                row("GET /employer-contacts/{id}/edit", () -> Call.get(employerContactPath().replace("/api/v1", "")
                        + "/edit"),
                        "200 403 403 403 403 403 403 403 403 403 403 403 302"),
                row("POST /employer-contacts/{id}/edit", () -> Call.form(employerContactPath().replace("/api/v1", "")
                        + "/edit", entry + "&version=0"),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("GET /employer-contacts/{id}/delete", () -> Call.get(employerContactPath().replace("/api/v1", "")
                        + "/delete"),
                        "200 403 403 403 403 403 403 403 403 403 403 403 302"),
                row("POST /employer-contacts/{id}/delete", () -> Call.form(employerContactPath().replace("/api/v1", "")
                        + "/delete", "version=0"),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"));
    }

    /** The ids of every entry of the employer's log, so a page submit counts as having seen all its warnings. */
    private String warningIds() {
        return String.join(",", jdbc.sql("select id::text from employer_contact where employer_id = :e")
                .param("e", employer).query(String.class).list());
    }

    List<Row> contactRows() {
        String contact = "counterpart=MENTOR&form=PHONE&initiator=COUNSELLOR&durationMinutes=15";
        return List.of(
                // the contact log and its indicators: the counsellors of the candidate's office only
                row("POST /api/v1/processes/{id}/contacts", () -> Call.json("POST", "/api/v1/processes/" + newProcess()
                        + "/contacts", contactBody()),
                        "201 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/processes/{id}/contacts", () -> Call.get("/api/v1/processes/" + kajasProcess
                        + "/contacts"),
                        "200 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/contacts/{id}", () -> Call.get("/api/v1/contacts/" + newContact(kajasProcess)),
                        "200 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("PUT /api/v1/contacts/{id}", () -> Call.json("PUT", "/api/v1/contacts/" + newContact(kajasProcess),
                        contactBody()),
                        "200 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("DELETE /api/v1/contacts/{id}", () -> new Call("DELETE", "/api/v1/contacts/"
                        + newContact(kajasProcess), null, null),
                        "204 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/processes/{id}/collaboration-quality", () -> Call.get("/api/v1/processes/"
                        + kajasProcess + "/collaboration-quality"),
                        "200 403 403 403 403 403 403 403 403 403 403 403 401"),
                // notifications: everyone their own; someone else's is not found
                row("GET /api/v1/me/notifications", () -> Call.get("/api/v1/me/notifications"),
                        "200 200 200 200 200 200 200 200 200 200 200 200 401"),
                row("POST /api/v1/me/notifications/{id}/read", () -> Call.json("POST", "/api/v1/me/notifications/"
                        + newNotification("veileder") + "/read", object()),
                        "200 404 404 404 404 404 404 404 404 404 404 404 401"),
                row("POST /api/v1/me/notifications/read-all", () -> Call.json("POST", "/api/v1/me/notifications/read-all",
                        object()),
                        "200 200 200 200 200 200 200 200 200 200 200 200 401"),
                // ------------------------------------------------------------------ pages
                row("GET /processes/{id}/contacts", () -> Call.get("/processes/" + kajasProcess + "/contacts"),
                        "200 403 403 403 403 403 403 403 403 403 403 403 302"),
                row("POST /processes/{id}/contacts", () -> Call.form("/processes/" + newProcess() + "/contacts",
                        contact + "&returnTo=process"),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("GET /contacts/{id}/edit", () -> Call.get("/contacts/" + newContact(kajasProcess) + "/edit"),
                        "200 403 403 403 403 403 403 403 403 403 403 403 302"),
                row("POST /contacts/{id}/edit", () -> Call.form("/contacts/" + newContact(kajasProcess) + "/edit",
                        contact + "&version=0"),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("GET /contacts/{id}/delete", () -> Call.get("/contacts/" + newContact(kajasProcess) + "/delete"),
                        "200 403 403 403 403 403 403 403 403 403 403 403 302"),
                row("POST /contacts/{id}/delete", () -> Call.form("/contacts/" + newContact(kajasProcess) + "/delete",
                        "version=0"),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("GET /notifications", () -> Call.get("/notifications"),
                        "200 200 200 200 200 200 200 200 200 200 200 200 302"),
                row("POST /notifications/{id}/read", () -> Call.form("/notifications/" + newNotification("veileder")
                        + "/read", "page=0"),
                        "302 404 404 404 404 404 404 404 404 404 404 404 403"),
                row("POST /notifications/read-all", () -> Call.form("/notifications/read-all", ""),
                        "302 302 302 302 302 302 302 302 302 302 302 302 403"));
    }

    /** The office's statistics: aggregates for the office leader only (issue 15). */
    List<Row> statisticsRows() {
        return List.of(
                row("GET /statistics", () -> Call.get("/statistics"),
                        "403 403 403 403 200 403 403 403 403 403 403 403 302"),
                row("GET /api/v1/statistics/office", () -> Call.get("/api/v1/statistics/office"),
                        "403 403 403 403 200 403 403 403 403 403 403 403 401"),
                // a county and the nation: the analysts' (StatisticsApiTest); an office's reach stops at its page
                row("GET /statistics/counties/{county}", () -> Call.get("/statistics/counties/Oslo"),
                        "403 403 403 403 403 403 403 403 403 403 403 403 302"),
                row("GET /api/v1/statistics/counties/{county}", () -> Call.get("/api/v1/statistics/counties/Oslo"),
                        "403 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("GET /statistics/nation", () -> Call.get("/statistics/nation"),
                        "403 403 403 403 403 403 403 403 403 403 403 403 302"),
                row("GET /api/v1/statistics/nation", () -> Call.get("/api/v1/statistics/nation"),
                        "403 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("GET /statistics.{format:csv|xlsx}", () -> Call.get("/statistics.csv"),
                        "403 403 403 403 200 403 403 403 403 403 403 403 302"),
                row("GET /statistics/counties/{county}/tables.{format:csv|xlsx}",
                        () -> Call.get("/statistics/counties/Oslo/tables.xlsx"),
                        "403 403 403 403 403 403 403 403 403 403 403 403 302"),
                row("GET /statistics/nation.{format:csv|xlsx}", () -> Call.get("/statistics/nation.csv"),
                        "403 403 403 403 403 403 403 403 403 403 403 403 302"));
    }

    List<Row> employerImportRows() {
        String denied = "403 403 403 %s 403 403 403 403 403 403 403 403 %s";
        return List.of(
                // the import from Enhetsregisteret: the market contact (and the administrator, not an actor here)
                row("POST /api/v1/employer-imports", () -> Call.json("POST", "/api/v1/employer-imports",
                        object("fileName", importFile())), denied.formatted("201", "401")),
                row("GET /api/v1/employer-imports/{id}", () -> Call.get("/api/v1/employer-imports/" + newImport()),
                        denied.formatted("200", "401")),
                row("GET /api/v1/employer-imports/{id}/rejections", () -> Call.get("/api/v1/employer-imports/"
                        + newImport() + "/rejections"), denied.formatted("200", "401")),
                row("GET /employers/import", () -> Call.get("/employers/import"), denied.formatted("200", "302")),
                row("POST /employers/import/server-file", () -> Call.form("/employers/import/server-file",
                        "fileName=" + importFile()), denied.formatted("302", "403")),
                row("POST /employers/import/upload", () -> Call.form("/employers/import/upload", "kind="),
                        denied.formatted("200", "403")),
                row("GET /employers/import/{id}", () -> Call.get("/employers/import/" + newImport()),
                        denied.formatted("200", "302")),
                row("GET /employers/import/{id}/rejections", () -> Call.get("/employers/import/" + newImport()
                        + "/rejections"), denied.formatted("200", "302")));
    }

    /** An empty register file in the import folder of the tests. */
    private static String importFile() {
        try {
            java.nio.file.Path folder = java.nio.file.Path.of("target", "test-import");
            java.nio.file.Files.createDirectories(folder);
            java.nio.file.Files.writeString(folder.resolve("matrix.json"), "[]");
            return "matrix.json";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A finished import with one rejected row. */
    private long newImport() {
        long id = jdbc.sql("""
                insert into employer_import (kind, file_name, full_file, status, started_by, started_at, finished_at,
                    rows_read, rows_rejected) values ('UNITS', 'matrise.json', false, 'SUCCEEDED', 'matrise', now(),
                    now(), 1, 1) returning id""").query(Long.class).single();
        jdbc.sql("""
                insert into employer_import_rejection (import_id, position_kind, position, org_number, reason)
                values (:id, 'INDEX', 0, '974760674', 'BAD_ORG_NUMBER')""").param("id", id).update();
        return id;
    }

    private static Map<String, Object> contactBody() {
        return object("counterpart", "MENTOR", "form", "PHONE", "initiator", "COUNSELLOR", "durationMinutes", 15);
    }

    /** A contact veileder logged in the process (version 0). */
    private long newContact(long process) {
        return http.post("veileder", "/api/v1/processes/" + process + "/contacts", contactBody()).id();
    }

    /** An unread notification of this user. */
    private long newNotification(String username) {
        return jdbc.sql("""
                        insert into notification (recipient_id, message_key, link, created_at)
                        select id, 'notification.demo.welcome', '/', now() from app_user where username = :u
                        returning id""")
                .param("u", username).query(Long.class).single();
    }

    // ---------------------------------------------------------------------- end of contactRows

    // ====================================================================== the mentor's workspace

    List<Row> mentoringRows() {
        // The mentor only after the confidentiality declaration (Kaja's demo process has it signed); the candidate
        // sees the weekly plan and the mastery log but not the mentor's checklist, the questions or the flags; the
        // employer only the questions channel; the counsellor's office everything, answers and resolves.
        String kajas = "/api/v1/processes/" + kajasProcess;
        return List.of(
                row("GET /api/v1/me/mentoring", () -> Call.get("/api/v1/me/mentoring"),
                        "403 403 403 403 403 200 200 403 403 403 403 403 401"),
                row("GET /api/v1/processes/{id}/mentoring/steps", () -> Call.get(kajas + "/mentoring/steps"),
                        "200 403 403 403 403 200 403 403 403 403 403 403 401"),
                row("PUT /api/v1/processes/{id}/mentoring/steps/{step}", () -> Call.json("PUT",
                        "/api/v1/processes/" + signedMentoringProcess() + "/mentoring/steps/1",
                        object("done", true, "note", "Trygg start")),
                        "403 403 403 403 403 200 403 403 403 403 403 403 401"),
                row("GET /api/v1/processes/{id}/weekly-plan", () -> Call.get(kajas + "/weekly-plan"),
                        "200 403 403 403 403 200 403 403 403 200 403 403 401"),
                row("PUT /api/v1/processes/{id}/weekly-plan", () -> Call.json("PUT",
                        "/api/v1/processes/" + signedMentoringProcess() + "/weekly-plan", object("items", List.of(
                                object("weekday", "MONDAY", "startsAt", "08:00", "endsAt", "10:00",
                                        "activity", "Bake")))),
                        "403 403 403 403 403 200 403 403 403 403 403 403 401"),
                row("GET /api/v1/processes/{id}/mastery-log", () -> Call.get(kajas + "/mastery-log"),
                        "200 403 403 403 403 200 403 403 403 200 403 403 401"),
                row("POST /api/v1/processes/{id}/mastery-log", () -> Call.json("POST", kajas + "/mastery-log",
                        object("wentWell", "Matrisen gikk bra")),
                        "403 403 403 403 403 201 403 403 403 201 403 403 401"),
                row("GET /api/v1/processes/{id}/questions", () -> Call.get(kajas + "/questions"),
                        "200 403 403 403 403 200 403 200 403 403 403 403 401"),
                row("POST /api/v1/processes/{id}/questions", () -> Call.json("POST",
                        "/api/v1/processes/" + signedMentoringProcess() + "/questions", object("text", "Hei?")),
                        "403 403 403 403 403 201 403 201 403 403 403 403 401"),
                // the mentor's question about the candidate: the employer only with her consent (issue 11)
                row("GET /api/v1/questions/{id}", () -> Call.get("/api/v1/questions/" + mentoringQuestion()),
                        "200 403 403 403 403 200 403 403 403 403 403 403 401"),
                row("POST /api/v1/questions/{id}/answers", () -> Call.json("POST",
                        "/api/v1/questions/" + mentoringQuestion() + "/answers", object("text", "Svar")),
                        "201 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/processes/{id}/challenge-flags", () -> Call.get(kajas + "/challenge-flags"),
                        "200 403 403 403 403 200 403 403 403 403 403 403 401"),
                row("POST /api/v1/processes/{id}/challenge-flags", () -> Call.json("POST",
                        "/api/v1/processes/" + signedMentoringProcess() + "/challenge-flags",
                        object("challenge", "ENGAGING_TASKS", "note", "Trenger flere oppgaver")),
                        "201 403 403 403 403 201 403 403 403 403 403 403 401"),
                row("POST /api/v1/challenge-flags/{id}/resolution", () -> Call.json("POST",
                        "/api/v1/challenge-flags/" + challengeFlag() + "/resolution", object("note", "Løst")),
                        "200 403 403 403 403 403 403 403 403 403 403 403 401"),
                // pages
                row("GET /mentoring", () -> Call.get("/mentoring"),
                        "403 403 403 403 403 200 200 403 403 403 403 403 302"),
                row("GET /mentoring/{id}", () -> Call.get("/mentoring/" + kajasProcess),
                        "200 403 403 403 403 200 403 403 403 403 403 403 302"),
                row("POST /mentoring/{id}/steps/{step}", () -> Call.form("/mentoring/" + signedMentoringProcess()
                        + "/steps/1", "version=0&done=true&note=Trygg+start"),
                        "403 403 403 403 403 302 403 403 403 403 403 403 403"),
                row("POST /mentoring/{id}/weekly-plan", () -> Call.form("/mentoring/" + signedMentoringProcess()
                        + "/weekly-plan", "version=0&MONDAY=08%3A00-10%3A00+Bake"),
                        "403 403 403 403 403 302 403 403 403 403 403 403 403"),
                row("POST /mentoring/{id}/mastery", () -> Call.form("/mentoring/" + kajasProcess + "/mastery",
                        "wentWell=Matrisen+gikk+bra"),
                        "403 403 403 403 403 302 403 403 403 302 403 403 403"),
                row("POST /mentoring/{id}/flags", () -> Call.form("/mentoring/" + signedMentoringProcess() + "/flags",
                        "challenge=EXPECTATIONS&note=Usikker"),
                        "302 403 403 403 403 302 403 403 403 403 403 403 403"),
                row("POST /mentoring/flags/{flagId}/resolution", () -> Call.form("/mentoring/flags/" + challengeFlag()
                        + "/resolution", "note=L%C3%B8st"),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("GET /mentoring/{id}/questions", () -> Call.get("/mentoring/" + kajasProcess + "/questions"),
                        "200 403 403 403 403 200 403 200 403 403 403 403 302"),
                row("POST /mentoring/{id}/questions", () -> Call.form("/mentoring/" + signedMentoringProcess()
                        + "/questions", "text=Hei"),
                        "403 403 403 403 403 302 403 302 403 403 403 403 403"),
                row("POST /mentoring/questions/{questionId}/answers", () -> Call.form("/mentoring/questions/"
                        + mentoringQuestion() + "/answers", "text=Svar"),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("GET /my/mentoring", () -> Call.get("/my/mentoring"),
                        "403 403 403 403 403 403 403 403 403 200 403 403 302"));
    }

    /** A fresh process with mentor and employer whose mentor has signed the confidentiality declaration. */
    private long signedMentoringProcess() {
        long process = newPartnerProcess();
        http.post("mentor", "/api/v1/agreements/" + newAgreement(process) + "/confidentiality", object());
        return process;
    }

    private long mentoringQuestion() {
        return http.post("mentor", "/api/v1/processes/" + signedMentoringProcess() + "/questions",
                object("text", "Matrisespørsmål")).id();
    }

    private long challengeFlag() {
        return http.post("mentor", "/api/v1/processes/" + signedMentoringProcess() + "/challenge-flags",
                object("challenge", "CHEMISTRY_AND_TRUST", "note", "Matrise")).id();
    }

    // ---------------------------------------------------------------------- employer register (issue 12)

    List<Row> employerRegisterRows() {
        return List.of(
                // columns: veileder veileder2 beslutter markedskontakt kontorleder mentor mentor2 arbeidsgiver
                //          arbeidsgiver2 kandidat personvernombud tiltaksarrangor anonym
                row("PUT /api/v1/employers/{id}", () -> Call.json("PUT", "/api/v1/employers/" + newEmployer(),
                        object("iaAgreement", true)),
                        "200 200 403 200 403 403 403 403 403 403 403 403 401"),
                row("POST /api/v1/employers/{id}/visit-notes", () -> Call.json("POST",
                        "/api/v1/employers/" + employer + "/visit-notes",
                        object("visitedOn", "2026-11-02", "note", "Bedriftsdag")),
                        "201 201 403 201 403 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/employers/own", () -> Call.get("/api/v1/employers/own"),
                        "403 403 403 403 403 403 403 200 200 403 403 403 401"),
                row("GET /employers", () -> Call.get("/employers?search=a&county=03"),
                        "200 200 200 200 200 403 403 403 403 403 403 403 302"),
                row("GET /employers/{id}", () -> Call.get("/employers/" + employer),
                        "200 200 200 200 200 403 403 403 403 403 403 403 302"),
                row("GET /employers/{id}/edit", () -> Call.get("/employers/" + employer + "/edit"),
                        "200 200 403 200 403 403 403 403 403 403 403 403 302"),
                row("POST /employers/{id}/edit", () -> Call.form("/employers/" + newEmployer() + "/edit",
                        "version=0&iaAgreement=true"),
                        "302 302 403 302 403 403 403 403 403 403 403 403 403"),
                row("POST /employers/{id}/visit-notes", () -> Call.form("/employers/" + employer + "/visit-notes",
                        "visitedOn=2026-11-02&note=Bedriftsdag"),
                        "302 302 403 302 403 403 403 403 403 403 403 403 403"),
                row("GET /employers/own", () -> Call.get("/employers/own"),
                        "403 403 403 403 403 403 403 200 200 403 403 403 302"));
    }

    /** A fresh employer at version 0, so a write's If-Match (or form version) is current for every actor. */
    private long newEmployer() {
        return jdbc.sql("insert into employer (org_number, name) values (:org, 'Matrise AS') returning id")
                .param("org", newOrgNumber()).query(Long.class).single();
    }

    // ---------------------------------------------------------------------- end of mentoringRows

    // ====================================================================== the needs board (issue 12)

    List<Row> needsBoardRows() {
        // The counsellors see their office's board (veileder2's is Bergen's), the market contact the office's; the
        // office's counsellors and market contact decide at the local meeting; only the counsellor posts and accepts.
        // Employers, mentors, candidates and the rest never see it. (The Arbeidslivssenter adviser: NeedBoardTest.)
        String period = "from=2026-01-01&to=2026-12-31";
        return List.of(
                row("GET /api/v1/needs", () -> Call.get("/api/v1/needs"),
                        "200 200 403 200 403 403 403 403 403 403 403 403 401"),
                row("POST /api/v1/processes/{id}/needs", () -> Call.json("POST", "/api/v1/processes/" + newProcess()
                        + "/needs", needBody()),
                        "201 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/needs/{id}", () -> Call.get("/api/v1/needs/" + newNeed()),
                        "200 403 403 200 403 403 403 403 403 403 403 403 401"),
                row("POST /api/v1/needs/{id}/transitions", () -> Call.json("POST", "/api/v1/needs/" + newNeed()
                        + "/transitions", object("action", "POSTPONE")),
                        "200 403 403 200 403 403 403 403 403 403 403 403 401"),
                row("POST /api/v1/needs/{id}/proposals", () -> Call.json("POST", "/api/v1/needs/" + newNeed()
                        + "/proposals", object("employerId", employer)),
                        "201 403 403 201 403 403 403 403 403 403 403 403 401"),
                row("POST /api/v1/needs/{id}/proposals/{proposalId}/acceptance", () -> Call.json("POST",
                        newProposalPath("/api/v1") + "/acceptance", object()),
                        "200 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/needs/attribution", () -> Call.get("/api/v1/needs/attribution?" + period),
                        "200 200 403 200 403 403 403 403 403 403 403 403 401"),
                // pages
                row("GET /processes/{id}/needs/new", () -> Call.get("/processes/" + newProcess() + "/needs/new"),
                        "200 403 403 403 403 403 403 403 403 403 403 403 302"),
                row("POST /processes/{id}/needs", () -> Call.form("/processes/" + newProcess() + "/needs",
                        "title=Lager&municipality=Oslo"),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("GET /board", () -> Call.get("/board"),
                        "200 200 403 200 403 403 403 403 403 403 403 403 302"),
                row("GET /board/meeting", () -> Call.get("/board/meeting"),
                        "200 200 403 200 403 403 403 403 403 403 403 403 302"),
                row("GET /board/needs/{id}", () -> Call.get("/board/needs/" + newNeed()),
                        "200 403 403 200 403 403 403 403 403 403 403 403 302"),
                row("POST /board/needs/{id}/transitions", () -> Call.form("/board/needs/" + newNeed() + "/transitions",
                        "action=POSTPONE&version=0"),
                        "302 403 403 302 403 403 403 403 403 403 403 403 403"),
                row("POST /board/needs/{id}/proposals", () -> Call.form("/board/needs/" + newNeed() + "/proposals",
                        "employerId=" + employer + "&version=0"),
                        "302 403 403 302 403 403 403 403 403 403 403 403 403"),
                row("POST /board/needs/{id}/proposals/{proposalId}/acceptance", () -> Call.form(
                        newProposalPath("") + "/acceptance", "version=1"),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("GET /board/attribution", () -> Call.get("/board/attribution"),
                        "200 200 403 200 403 403 403 403 403 403 403 403 302"),
                row("GET /board/attribution.csv", () -> Call.get("/board/attribution.csv?" + period),
                        "200 200 403 200 403 403 403 403 403 403 403 403 302"));
    }

    private static Map<String, Object> needBody() {
        return object("title", "Lager, deltid", "municipality", "Oslo", "hoursPerWeek", 20);
    }

    /** A fresh need on NAV Grünerløkka's board (version 0). */
    private long newNeed() {
        return http.post("veileder", "/api/v1/processes/" + newProcess() + "/needs", needBody()).id();
    }

    /** A fresh need with the market contact's proposal (version 1); the proposal's path under {@code prefix}. */
    private String newProposalPath(String prefix) {
        long need = newNeed();
        long proposal = http.post("markedskontakt", "/api/v1/needs/" + need + "/proposals",
                object("employerId", employer), "\"0\"").json().path("proposals").get(0).path("id").asLong();
        return prefix + (prefix.isEmpty() ? "/board" : "") + "/needs/" + need + "/proposals/" + proposal;
    }

    // ---------------------------------------------------------------------- end of needsBoardRows

    // ====================================================================== opportunities and matching (issue 13)

    List<Row> opportunityRows() {
        // The market contact writes for any employer; the counsellors read and match (veileder2's board is Bergen's,
        // so the Oslo need is not hers); the employer writes and reads its own only (arbeidsgiver2's POST writes for
        // its own organisation whatever employerId says); matching needs a needs board, which employers never have.
        String form = "title=Lager&slots=1&type=ORDINARY&municipality=Oslo&county=Oslo";
        return List.of(
                row("GET /api/v1/opportunities", () -> Call.get("/api/v1/opportunities"),
                        "200 200 403 200 403 403 403 200 200 403 403 403 401"),
                row("POST /api/v1/opportunities", () -> Call.json("POST", "/api/v1/opportunities", opportunityBody()),
                        "403 403 403 201 403 403 403 201 201 403 403 403 401"),
                row("GET /api/v1/opportunities/{id}", () -> Call.get("/api/v1/opportunities/" + newOpportunity()),
                        "200 200 403 200 403 403 403 200 403 403 403 403 401"),
                row("PUT /api/v1/opportunities/{id}", () -> Call.json("PUT", "/api/v1/opportunities/"
                        + newOpportunity(), opportunityBody()),
                        "403 403 403 200 403 403 403 200 403 403 403 403 401"),
                row("POST /api/v1/opportunities/{id}/status", () -> Call.json("POST", "/api/v1/opportunities/"
                        + newOpportunity() + "/status", object("status", "OPEN")),
                        "403 403 403 200 403 403 403 200 403 403 403 403 401"),
                row("GET /api/v1/opportunities/{id}/matches", () -> Call.get("/api/v1/opportunities/"
                        + newOpenOpportunity() + "/matches"),
                        "200 200 403 200 403 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/opportunities/{id}/my-candidates", () -> Call.get("/api/v1/opportunities/"
                        + newOpenOpportunity() + "/my-candidates"),
                        "200 200 403 403 403 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/needs/{id}/matches", () -> Call.get("/api/v1/needs/" + newNeed() + "/matches"),
                        "200 403 403 200 403 403 403 403 403 403 403 403 401"),
                // pages
                row("GET /opportunities", () -> Call.get("/opportunities"),
                        "200 200 403 200 403 403 403 200 200 403 403 403 302"),
                row("GET /opportunities/new", () -> Call.get("/opportunities/new"),
                        "403 403 403 200 403 403 403 200 200 403 403 403 302"),
                row("POST /opportunities", () -> Call.form("/opportunities", form + "&employerId=" + employer),
                        "403 403 403 302 403 403 403 302 302 403 403 403 403"),
                row("GET /opportunities/{id}", () -> Call.get("/opportunities/" + newOpportunity()),
                        "200 200 403 200 403 403 403 200 403 403 403 403 302"),
                row("GET /opportunities/{id}/edit", () -> Call.get("/opportunities/" + newOpportunity() + "/edit"),
                        "403 403 403 200 403 403 403 200 403 403 403 403 302"),
                row("POST /opportunities/{id}", () -> Call.form("/opportunities/" + newOpportunity(),
                        form + "&version=0"),
                        "403 403 403 302 403 403 403 302 403 403 403 403 403"),
                row("POST /opportunities/{id}/status", () -> Call.form("/opportunities/" + newOpportunity()
                        + "/status", "status=OPEN&version=0"),
                        "403 403 403 302 403 403 403 302 403 403 403 403 403"),
                row("GET /opportunities/{id}/matches", () -> Call.get("/opportunities/" + newOpenOpportunity()
                        + "/matches"),
                        "200 200 403 200 403 403 403 403 403 403 403 403 302"),
                row("GET /opportunities/{id}/my-candidates", () -> Call.get("/opportunities/" + newOpenOpportunity()
                        + "/my-candidates"),
                        "200 200 403 403 403 403 403 403 403 403 403 403 302"),
                row("GET /board/needs/{id}/matches", () -> Call.get("/board/needs/" + newNeed() + "/matches"),
                        "200 403 403 200 403 403 403 403 403 403 403 403 302"),
                // one ranked row explained: the page without JavaScript and the fragment its <details> loads, as the
                // ranking (from an opportunity: only a need of the user's own board, so not veileder2's)
                row("GET /board/needs/{id}/matches/{opportunityId}", () -> Call.get("/board/needs/" + newNeed()
                        + "/matches/" + newOpenOpportunity()),
                        "200 403 403 200 403 403 403 403 403 403 403 403 302"),
                row("GET /board/needs/{id}/matches/{opportunityId}/factors", () -> Call.get("/board/needs/"
                        + newNeed() + "/matches/" + newOpenOpportunity() + "/factors"),
                        "200 403 403 200 403 403 403 403 403 403 403 403 302"),
                row("GET /opportunities/{id}/matches/{needId}", () -> Call.get("/opportunities/"
                        + newOpenOpportunity() + "/matches/" + newNeed()),
                        "200 403 403 200 403 403 403 403 403 403 403 403 302"),
                row("GET /opportunities/{id}/matches/{needId}/factors", () -> Call.get("/opportunities/"
                        + newOpenOpportunity() + "/matches/" + newNeed() + "/factors"),
                        "200 403 403 200 403 403 403 403 403 403 403 403 302"));
    }

    private Map<String, Object> opportunityBody() {
        return object("employerId", employer, "title", "Lager", "slots", 1, "type", "ORDINARY",
                "municipality", "Oslo", "county", "Oslo");
    }

    /** A fresh draft opportunity of arbeidsgiver's employer, written by the market contact (version 0). */
    private long newOpportunity() {
        return http.post("markedskontakt", "/api/v1/opportunities", opportunityBody()).id();
    }

    private long newOpenOpportunity() {
        long id = newOpportunity();
        http.post("markedskontakt", "/api/v1/opportunities/" + id + "/status", object("status", "OPEN"), "\"0\"");
        return id;
    }

    // ---------------------------------------------------------------------- end of opportunityRows
    // ====================================================================== events (issue 13, part 2)

    List<Row> eventRows() {
        // The market contact organises (its office's events); veileder's office is invited and books for its own
        // caseload, veileder2's (Bergen) is not; the employer sees the events it takes part in and decides on the
        // candidates booked with it, arbeidsgiver2 (another organisation) sees none of them. Fixture: a fresh
        // published job fair of NAV Grünerløkka with arbeidsgiver's organisation and one booking of veileder's.
        String eventBody = "type=BREAKFAST&title=Frokost&date=2027-03-01&startTime=08:00&endTime=09:30&venue=Kafé"
                + "&maxCandidatesPerEmployer=4&maxEmployersPerCandidate=2&invitedOffices=0315";
        return List.of(
                row("GET /api/v1/events", () -> Call.get("/api/v1/events"),
                        "200 200 403 200 403 403 403 200 200 403 403 403 401"),
                row("POST /api/v1/events", () -> Call.json("POST", "/api/v1/events", eventJson()),
                        "403 403 403 201 403 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/events/{id}", () -> Call.get("/api/v1/events/" + eventFixture().event()),
                        "200 403 403 200 403 403 403 200 403 403 403 403 401"),
                row("PUT /api/v1/events/{id}", () -> Call.json("PUT", "/api/v1/events/" + draftEvent(), eventJson()),
                        "403 403 403 200 403 403 403 403 403 403 403 403 401"),
                row("POST /api/v1/events/{id}/transitions", () -> Call.json("POST", "/api/v1/events/" + draftEvent()
                        + "/transitions", object("state", "PUBLISHED")),
                        "403 403 403 200 403 403 403 403 403 403 403 403 401"),
                row("POST /api/v1/events/{id}/employers", () -> Call.json("POST", "/api/v1/events/" + draftEvent()
                        + "/employers", employerJson()),
                        "403 403 403 201 403 403 403 403 403 403 403 403 401"),
                row("PUT /api/v1/events/{id}/employers/{partId}/tasks", () -> {
                    EventFixture f = eventFixture();
                    return Call.json("PUT", "/api/v1/events/" + f.event() + "/employers/" + f.part() + "/tasks",
                            object("tasks", "Lager"));
                }, "403 403 403 204 403 403 403 204 403 403 403 403 401"),
                row("POST /api/v1/events/{id}/bookings", () -> {
                    EventFixture f = eventFixture();
                    return Call.json("POST", "/api/v1/events/" + f.event() + "/bookings",
                            object("slotId", f.freeSlot(), "processId", newProcess()));
                }, "201 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("POST /api/v1/events/{id}/employers/{partId}/waiting", () -> {
                    EventFixture f = eventFixture();
                    return Call.json("POST", "/api/v1/events/" + f.event() + "/employers/" + f.part() + "/waiting",
                            object("processId", newProcess()));
                }, "201 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("POST /api/v1/events/{id}/bookings/{bookingId}/cancellation", () -> Call.json("POST",
                        eventFixture().bookingPath("/api/v1") + "/cancellation", object()),
                        "200 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/events/{id}/bookings/{bookingId}", () -> Call.get(
                        eventFixture().bookingPath("/api/v1")),
                        "403 403 403 403 403 403 403 200 403 403 403 403 401"),
                row("POST /api/v1/events/{id}/bookings/{bookingId}/attendance", () -> Call.json("POST",
                        eventFixture().bookingPath("/api/v1") + "/attendance", object("attendance", "MET")),
                        "403 403 403 204 403 403 403 204 403 403 403 403 401"),
                row("POST /api/v1/events/{id}/bookings/{bookingId}/decision", () -> Call.json("POST",
                        eventFixture().bookingPath("/api/v1") + "/decision", object("decision", "NO")),
                        "403 403 403 403 403 403 403 204 403 403 403 403 401"),
                row("POST /api/v1/events/{id}/bookings/{bookingId}/acceptance", () -> Call.json("POST",
                        offeredBookingPath("/api/v1") + "/acceptance", object()),
                        "204 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/events/{id}/summary", () -> Call.get("/api/v1/events/" + eventFixture().event()
                        + "/summary"),
                        "403 403 403 200 403 403 403 403 403 403 403 403 401"),
                // pages
                row("GET /events", () -> Call.get("/events"),
                        "200 200 403 200 403 403 403 200 200 403 403 403 302"),
                row("GET /events/new", () -> Call.get("/events/new"),
                        "403 403 403 200 403 403 403 403 403 403 403 403 302"),
                row("POST /events", () -> Call.form("/events", eventBody),
                        "403 403 403 302 403 403 403 403 403 403 403 403 403"),
                row("GET /events/{id}", () -> Call.get("/events/" + eventFixture().event()),
                        "200 403 403 200 403 403 403 200 403 403 403 403 302"),
                row("GET /events/{id}/edit", () -> Call.get("/events/" + draftEvent() + "/edit"),
                        "403 403 403 200 403 403 403 403 403 403 403 403 302"),
                row("POST /events/{id}", () -> Call.form("/events/" + draftEvent(), eventBody + "&version=0"),
                        "403 403 403 302 403 403 403 403 403 403 403 403 403"),
                row("POST /events/{id}/state", () -> Call.form("/events/" + draftEvent() + "/state",
                        "state=PUBLISHED&version=0"),
                        "403 403 403 302 403 403 403 403 403 403 403 403 403"),
                row("GET /events/{id}/cancel", () -> Call.get("/events/" + draftEvent() + "/cancel"),
                        "403 403 403 200 403 403 403 403 403 403 403 403 302"),
                row("POST /events/{id}/cancel", () -> Call.form("/events/" + draftEvent() + "/cancel",
                        "reason=Sykdom&version=0"),
                        "403 403 403 302 403 403 403 403 403 403 403 403 403"),
                row("POST /events/{id}/employers", () -> Call.form("/events/" + draftEvent() + "/employers",
                        "orgNumber=" + employerOrgNumber() + "&slotStart=09:00&slotEnd=10:00&slotLength=30"),
                        "403 403 403 302 403 403 403 403 403 403 403 403 403"),
                row("POST /events/{id}/bookings", () -> {
                    EventFixture f = eventFixture();
                    return Call.form("/events/" + f.event() + "/bookings", "slotId=" + f.freeSlot() + "&processId="
                            + newProcess());
                }, "302 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("POST /events/{id}/employers/{partId}/waiting", () -> {
                    EventFixture f = eventFixture();
                    return Call.form("/events/" + f.event() + "/employers/" + f.part() + "/waiting", "processId="
                            + newProcess());
                }, "302 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("GET /events/{id}/bookings/{bookingId}/cancel", () -> Call.get(eventFixture().bookingPath("")
                        + "/cancel"),
                        "200 403 403 403 403 403 403 403 403 403 403 403 302"),
                row("POST /events/{id}/bookings/{bookingId}/cancel", () -> Call.form(eventFixture().bookingPath("")
                        + "/cancel", "version=0"),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("GET /events/{id}/bookings/{bookingId}/decision", () -> Call.get(eventFixture().bookingPath("")
                        + "/decision"),
                        "403 403 403 403 403 403 403 200 403 403 403 403 302"),
                row("POST /events/{id}/bookings/{bookingId}/decision", () -> Call.form(eventFixture().bookingPath("")
                        + "/decision", "decision=NO&version=0"),
                        "403 403 403 403 403 403 403 302 403 403 403 403 403"),
                row("POST /events/{id}/bookings/{bookingId}/attendance", () -> Call.form(
                        eventFixture().bookingPath("") + "/attendance", "attendance=MET&version=0"),
                        "403 403 403 302 403 403 403 302 403 403 403 403 403"),
                row("POST /events/{id}/bookings/{bookingId}/acceptance", () -> Call.form(offeredBookingPath("")
                        + "/acceptance", "version=1"),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("POST /events/{id}/employers/{partId}/attended", () -> {
                    EventFixture f = eventFixture();
                    return Call.form("/events/" + f.event() + "/employers/" + f.part() + "/attended", "attended=true");
                }, "403 403 403 302 403 403 403 403 403 403 403 403 403"),
                row("GET /my-events", () -> Call.get("/my-events"),
                        "403 403 403 403 403 403 403 403 403 200 403 403 302"),
                // someone else's booking: the candidate gets 404 (hers are proved in EventBookingTest)
                row("POST /my-events/{bookingId}/companion", () -> Call.form("/my-events/"
                        + eventFixture().booking() + "/companion", "counsellorJoins=true&version=0"),
                        "403 403 403 403 403 403 403 403 403 404 403 403 403"));
    }

    /**
     * The learning arenas (issue 14): reflection notes only for the counsellors of the process's office (and of a note
     * only its author and its peer group); the office's groups, meetings, agreed changes and question bank for its
     * counsellors (take part) and office leader (manage); nobody else, and never another office's.
     */
    List<Row> learningRows() {
        return List.of(
                row("GET /api/v1/processes/{id}/reflections", () -> Call.get("/api/v1/processes/" + kajasProcess
                        + "/reflections"),
                        "200 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("POST /api/v1/processes/{id}/reflections", () -> Call.json("POST", "/api/v1/processes/"
                        + newProcess() + "/reflections", object("whatWasDone", "Ringte arbeidsgiver")),
                        "201 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/reflections/{id}", () -> Call.get("/api/v1/reflections/" + newReflection()),
                        "200 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("PUT /api/v1/reflections/{id}", () -> Call.json("PUT", "/api/v1/reflections/" + newReflection(),
                        object("why", "Fordi")),
                        "200 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("DELETE /api/v1/reflections/{id}", () -> new Call("DELETE", "/api/v1/reflections/"
                        + newReflection(), null, null),
                        "204 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/learning/peer-groups", () -> Call.get("/api/v1/learning/peer-groups"),
                        "200 200 403 403 200 403 403 403 403 403 403 403 401"),
                row("POST /api/v1/learning/peer-groups", () -> Call.json("POST", "/api/v1/learning/peer-groups",
                        object("name", "Matrisegruppe " + ORG_SEQUENCE.incrementAndGet())),
                        "201 201 403 403 201 403 403 403 403 403 403 403 401"),
                // pages
                row("GET /processes/{id}/reflections", () -> Call.get("/processes/" + kajasProcess + "/reflections"),
                        "200 403 403 403 403 403 403 403 403 403 403 403 302"),
                row("POST /processes/{id}/reflections", () -> Call.form("/processes/" + newProcess() + "/reflections",
                        "whatWasDone=Ringte+arbeidsgiver"),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("GET /reflections/{id}/edit", () -> Call.get("/reflections/" + newReflection() + "/edit"),
                        "200 403 403 403 403 403 403 403 403 403 403 403 302"),
                row("POST /reflections/{id}/edit", () -> Call.form("/reflections/" + newReflection() + "/edit",
                        "why=Fordi&version=0"),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("GET /reflections/{id}/delete", () -> Call.get("/reflections/" + newReflection() + "/delete"),
                        "200 403 403 403 403 403 403 403 403 403 403 403 302"),
                row("POST /reflections/{id}/delete", () -> Call.form("/reflections/" + newReflection() + "/delete",
                        "version=0"),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("GET /learning", () -> Call.get("/learning"),
                        "200 200 403 403 200 403 403 403 403 403 403 403 302"),
                row("GET /learning/groups", () -> Call.get("/learning/groups"),
                        "200 200 403 403 200 403 403 403 403 403 403 403 302"),
                row("POST /learning/groups", () -> Call.form("/learning/groups", "name=Matrisegruppe+"
                        + ORG_SEQUENCE.incrementAndGet()),
                        "302 302 403 403 302 403 403 403 403 403 403 403 403"),
                row("GET /learning/groups/{id}/edit", () -> Call.get("/learning/groups/" + newPeerGroup() + "/edit"),
                        "200 403 403 403 200 403 403 403 403 403 403 403 302"),
                row("POST /learning/groups/{id}/edit", () -> Call.form("/learning/groups/" + newPeerGroup() + "/edit",
                        "name=Matrisegruppe+" + ORG_SEQUENCE.incrementAndGet() + "&version=0"),
                        "302 403 403 403 302 403 403 403 403 403 403 403 403"),
                // office meetings: the office leader plans, the office's counsellors take part and present cases
                row("GET /api/v1/learning/meetings", () -> Call.get("/api/v1/learning/meetings"),
                        "200 200 403 403 200 403 403 403 403 403 403 403 401"),
                row("POST /api/v1/learning/meetings", () -> Call.json("POST", "/api/v1/learning/meetings",
                        officeMeetingJson("MARKET_MEETING")),
                        "403 403 403 403 201 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/learning/meetings/{id}", () -> Call.get("/api/v1/learning/meetings/"
                        + newOfficeMeeting("MARKET_MEETING")),
                        "200 403 403 403 200 403 403 403 403 403 403 403 401"),
                row("PUT /api/v1/learning/meetings/{id}/notes", () -> Call.json("PUT", "/api/v1/learning/meetings/"
                        + newOfficeMeeting("MARKET_MEETING") + "/notes", object("notes", "Vi lærte")),
                        "200 403 403 403 200 403 403 403 403 403 403 403 401"),
                row("POST /api/v1/learning/meetings/{id}/cases", () -> Call.json("POST", "/api/v1/learning/meetings/"
                        + newOfficeMeeting("EXPERIENCE_EXCHANGE") + "/cases", object("processId", newProcess())),
                        "201 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/learning/cases/{id}", () -> Call.get("/api/v1/learning/cases/" + readyCase()),
                        "200 403 403 403 200 403 403 403 403 403 403 403 401"),
                row("PUT /api/v1/learning/cases/{id}", () -> Call.json("PUT", "/api/v1/learning/cases/" + draftCase(),
                        object("title", "En kandidat i varehandel", "story", "Det gikk fort")),
                        "200 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("POST /api/v1/learning/cases/{id}/ready", () -> Call.json("POST", "/api/v1/learning/cases/"
                        + draftCase() + "/ready", object()),
                        "200 403 403 403 403 403 403 403 403 403 403 403 401"),
                row("GET /learning/meetings/new", () -> Call.get("/learning/meetings/new"),
                        "403 403 403 403 200 403 403 403 403 403 403 403 302"),
                row("POST /learning/meetings", () -> Call.form("/learning/meetings",
                        "type=MARKET_MEETING&title=Markedsm%C3%B8te&startsAt=2027-03-01T09:00&durationMinutes=60"),
                        "403 403 403 403 302 403 403 403 403 403 403 403 403"),
                row("GET /learning/meetings/{id}", () -> Call.get("/learning/meetings/"
                        + newOfficeMeeting("EXPERIENCE_EXCHANGE")),
                        "200 403 403 403 200 403 403 403 403 403 403 403 302"),
                row("POST /learning/meetings/{id}/notes", () -> Call.form("/learning/meetings/"
                        + newOfficeMeeting("MARKET_MEETING") + "/notes", "notes=Vi+l%C3%A6rte&version=0"),
                        "302 403 403 403 302 403 403 403 403 403 403 403 403"),
                row("POST /processes/{id}/anonymised-cases", () -> Call.form("/processes/" + newProcess()
                        + "/anonymised-cases", "meetingId=" + newOfficeMeeting("EXPERIENCE_EXCHANGE")),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("GET /learning/cases/{id}/edit", () -> Call.get("/learning/cases/" + draftCase() + "/edit"),
                        "200 403 403 403 403 403 403 403 403 403 403 403 302"),
                row("POST /learning/cases/{id}/edit", () -> Call.form("/learning/cases/" + draftCase() + "/edit",
                        "title=En+kandidat+i+varehandel&version=0"),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("POST /learning/cases/{id}/ready", () -> Call.form("/learning/cases/" + draftCase() + "/ready",
                        "version=0"),
                        "302 403 403 403 403 403 403 403 403 403 403 403 403"),
                // agreed changes: the office leader records, she and the owner follow up, the office reads
                row("GET /api/v1/learning/changes", () -> Call.get("/api/v1/learning/changes"),
                        "200 200 403 403 200 403 403 403 403 403 403 403 401"),
                row("POST /api/v1/learning/changes", () -> Call.json("POST", "/api/v1/learning/changes", changeJson()),
                        "403 403 403 403 201 403 403 403 403 403 403 403 401"),
                row("GET /api/v1/learning/changes/{id}", () -> Call.get("/api/v1/learning/changes/" + newChange()),
                        "200 403 403 403 200 403 403 403 403 403 403 403 401"),
                row("PUT /api/v1/learning/changes/{id}/follow-up", () -> Call.json("PUT", "/api/v1/learning/changes/"
                        + newChange() + "/follow-up", object("followUpNote", "Prøvd ut", "status", "DONE")),
                        "200 403 403 403 200 403 403 403 403 403 403 403 401"),
                // the question bank: counsellors propose, the office leader curates and puts questions on agendas
                row("GET /api/v1/learning/questions", () -> Call.get("/api/v1/learning/questions"),
                        "200 200 403 403 200 403 403 403 403 403 403 403 401"),
                row("POST /api/v1/learning/questions", () -> Call.json("POST", "/api/v1/learning/questions",
                        questionJson()),
                        "201 201 403 403 201 403 403 403 403 403 403 403 401"),
                row("PUT /api/v1/learning/questions/{id}/status", () -> Call.json("PUT", "/api/v1/learning/questions/"
                        + newQuestion("veileder") + "/status", object("status", "ACTIVE")),
                        "403 403 403 403 200 403 403 403 403 403 403 403 401"),
                row("POST /api/v1/learning/meetings/{id}/agenda", () -> Call.json("POST", "/api/v1/learning/meetings/"
                        + newOfficeMeeting("MARKET_MEETING") + "/agenda", object("questionId",
                        newQuestion("kontorleder"))),
                        "403 403 403 403 200 403 403 403 403 403 403 403 401"),
                row("GET /learning/changes", () -> Call.get("/learning/changes"),
                        "200 200 403 403 200 403 403 403 403 403 403 403 302"),
                row("POST /learning/changes", () -> Call.form("/learning/changes", "text=Ny+rutine&ownerId="
                        + veileder() + "&dueDate=2027-03-01"),
                        "403 403 403 403 302 403 403 403 403 403 403 403 403"),
                row("POST /learning/changes/{id}/follow-up", () -> Call.form("/learning/changes/" + newChange()
                        + "/follow-up", "followUpNote=Pr%C3%B8vd&status=OPEN&version=0"),
                        "302 403 403 403 302 403 403 403 403 403 403 403 403"),
                row("GET /learning/questions", () -> Call.get("/learning/questions"),
                        "200 200 403 403 200 403 403 403 403 403 403 403 302"),
                row("POST /learning/questions", () -> Call.form("/learning/questions",
                        "text=Hva+vil+du%3F&theme=%C3%98nsker&purpose=KARTLEGGING"),
                        "302 302 403 403 302 403 403 403 403 403 403 403 403"),
                row("POST /learning/questions/{id}/status", () -> Call.form("/learning/questions/"
                        + newQuestion("veileder") + "/status", "status=ACTIVE&version=0"),
                        "403 403 403 403 302 403 403 403 403 403 403 403 403"),
                row("POST /learning/meetings/{id}/agenda", () -> Call.form("/learning/meetings/"
                        + newOfficeMeeting("MARKET_MEETING") + "/agenda", "questionId=" + newQuestion("kontorleder")),
                        "403 403 403 403 302 403 403 403 403 403 403 403 403"));
    }

    private long veileder() {
        return jdbc.sql("select id from app_user where username = 'veileder'").query(Long.class).single();
    }

    private Map<String, Object> changeJson() {
        return object("text", "Ny rutine for mentorkontakt", "ownerId", veileder(), "dueDate", "2027-03-01");
    }

    /** A fresh open change of NAV Grünerløkka owned by Vera (version 0). */
    private long newChange() {
        return http.post("kontorleder", "/api/v1/learning/changes", changeJson()).id();
    }

    private Map<String, Object> questionJson() {
        return object("text", "Hva vil du helst jobbe med?", "theme", "Ønsker", "purpose", "KARTLEGGING");
    }

    /** A fresh question (proposed from a counsellor, active from the office leader), version 0. */
    private long newQuestion(String by) {
        return http.post(by, "/api/v1/learning/questions", questionJson()).id();
    }

    private Map<String, Object> officeMeetingJson(String type) {
        return object("type", type, "title", "Kontormøte", "startsAt", "2027-03-01T09:00", "durationMinutes", 60);
    }

    /** A fresh meeting of NAV Grünerløkka, planned by its office leader (version 0). */
    private long newOfficeMeeting(String type) {
        return http.post("kontorleder", "/api/v1/learning/meetings", officeMeetingJson(type)).id();
    }

    /** Vera's draft anonymised case of a fresh process at a fresh experience exchange (version 0). */
    private long draftCase() {
        return http.post("veileder", "/api/v1/learning/meetings/" + newOfficeMeeting("EXPERIENCE_EXCHANGE")
                + "/cases", object("processId", newProcess())).id();
    }

    /** A case Vera has marked ready. */
    private long readyCase() {
        long id = draftCase();
        http.post("veileder", "/api/v1/learning/cases/" + id + "/ready", object(), "\"0\"");
        return id;
    }

    /** A private reflection note of Vera's on Kaja's process (version 0). */
    private long newReflection() {
        return http.post("veileder", "/api/v1/processes/" + kajasProcess + "/reflections",
                object("whatWasDone", "Ringte arbeidsgiver")).id();
    }

    /** A fresh peer group of NAV Grünerløkka (version 0). */
    private long newPeerGroup() {
        return http.post("veileder", "/api/v1/learning/peer-groups",
                object("name", "Matrisegruppe " + ORG_SEQUENCE.incrementAndGet())).id();
    }

    record EventFixture(long event, long part, long booking, long freeSlot) {

        String bookingPath(String prefix) {
            return prefix + "/events/" + event + "/bookings/" + booking;
        }
    }

    private Map<String, Object> eventJson() {
        return object("type", "JOB_FAIR", "title", "Ta sjansen", "date", "2027-03-01", "startTime", "09:00",
                "endTime", "14:00", "venue", "Rådhuset", "invitedOffices", List.of("0315"));
    }

    private Map<String, Object> employerJson() {
        return object("employerId", employer, "tasks", "Lager",
                "slots", object("slotStart", "09:00", "slotEnd", "10:00"));
    }

    private String employerOrgNumber() {
        return jdbc.sql("select org_number from employer where id = :id").param("id", employer)
                .query(String.class).single();
    }

    /** A fresh draft of NAV Grünerløkka's market contact (version 0). */
    private long draftEvent() {
        return http.post("markedskontakt", "/api/v1/events", eventJson()).id();
    }

    private EventFixture eventFixture() {
        long event = draftEvent();
        long part = http.post("markedskontakt", "/api/v1/events/" + event + "/employers", employerJson()).id();
        http.post("markedskontakt", "/api/v1/events/" + event + "/transitions", object("state", "PUBLISHED"),
                "\"0\"");
        List<Long> slots = jdbc.sql("select id from event_slot where event_employer_id = :p order by starts_at")
                .param("p", part).query(Long.class).list();
        long booking = http.post("veileder", "/api/v1/events/" + event + "/bookings",
                object("slotId", slots.get(0), "processId", newProcess())).id();
        return new EventFixture(event, part, booking, slots.get(1));
    }

    /** A booking whose employer has offered a job (booking version 1). */
    private String offeredBookingPath(String prefix) {
        EventFixture f = eventFixture();
        http.post("arbeidsgiver", f.bookingPath("/api/v1") + "/decision", object("decision", "JOB"), "\"0\"");
        return f.bookingPath(prefix);
    }

    // ====================================================================== mentor networks (issue 14)

    List<Row> networkRows() {
        // The office leader of NAV Grünerløkka manages; its counsellor (veileder) reads and answers the item she
        // owns; veileder2 (another office) sees none of it; the mentor is a member, mentor2 is not; employers,
        // candidates and the rest have no mentor networks. Fixture: a fresh network with the mentor, a past and a
        // future gathering, a topic she asked for and her feedback owned by veileder.
        String gathering = "type=GATHERING&title=Samling&date=2027-05-06&startTime=17:00&endTime=19:00&place=Huset";
        return List.of(
                row("GET /api/v1/networks", () -> Call.get("/api/v1/networks"),
                        "200 200 403 403 200 200 200 403 403 403 403 403 401"),
                row("GET /api/v1/network-feedback", () -> Call.get("/api/v1/network-feedback"),
                        "200 200 403 403 200 200 200 403 403 403 403 403 401"),
                row("POST /api/v1/networks/{id}/feedback", () -> {
                    NetworkFixture f = networkFixture();
                    return Call.json("POST", "/api/v1/networks/" + f.network() + "/feedback",
                            object("text", "Innspill", "gatheringId", f.past()));
                }, "403 403 403 403 201 201 403 403 403 403 403 403 401"),
                row("PUT /api/v1/network-feedback/{id}/answer", () -> Call.json("PUT", "/api/v1/network-feedback/"
                        + networkFixture().feedback() + "/answer", object("status", "NOTED", "response", "Takk")),
                        "200 403 403 403 200 403 403 403 403 403 403 403 401"),
                // pages
                row("GET /networks", () -> Call.get("/networks"),
                        "200 200 403 403 200 200 200 403 403 403 403 403 302"),
                row("POST /networks", () -> Call.form("/networks", "name=Nytt+nettverk"),
                        "403 403 403 403 302 403 403 403 403 403 403 403 403"),
                row("GET /networks/{id}", () -> Call.get("/networks/" + networkFixture().network()),
                        "200 403 403 403 200 200 403 403 403 403 403 403 302"),
                row("POST /networks/{id}/members", () -> Call.form("/networks/" + networkFixture().network()
                        + "/members", "email=" + newMentorEmail()),
                        "403 403 403 403 302 403 403 403 403 403 403 403 403"),
                row("POST /networks/{id}/leave", () -> Call.form("/networks/" + networkFixture().network() + "/leave",
                        ""), "403 403 403 403 403 302 403 403 403 403 403 403 403"),
                row("POST /networks/{id}/feedback", () -> {
                    NetworkFixture f = networkFixture();
                    return Call.form("/networks/" + f.network() + "/feedback", "text=Innspill&gatheringId=" + f.past());
                }, "403 403 403 403 302 302 403 403 403 403 403 403 403"),
                row("GET /networks/{id}/gatherings/new", () -> Call.get("/networks/" + networkFixture().network()
                        + "/gatherings/new"), "403 403 403 403 200 403 403 403 403 403 403 403 302"),
                row("POST /networks/{id}/gatherings", () -> Call.form("/networks/" + networkFixture().network()
                        + "/gatherings", gathering), "403 403 403 403 302 403 403 403 403 403 403 403 403"),
                row("GET /gatherings/{id}", () -> Call.get("/gatherings/" + networkFixture().future()),
                        "200 403 403 403 200 200 403 403 403 403 403 403 302"),
                row("GET /gatherings/{id}/invitation.ics", () -> Call.get("/gatherings/" + networkFixture().future()
                        + "/invitation.ics"), "200 403 403 403 200 200 403 403 403 403 403 403 302"),
                row("GET /gatherings/{id}/edit", () -> Call.get("/gatherings/" + networkFixture().future() + "/edit"),
                        "403 403 403 403 200 403 403 403 403 403 403 403 302"),
                row("POST /gatherings/{id}", () -> Call.form("/gatherings/" + networkFixture().future(),
                        gathering + "&version=0"), "403 403 403 403 302 403 403 403 403 403 403 403 403"),
                row("POST /gatherings/{id}/invitations", () -> Call.form("/gatherings/" + networkFixture().future()
                        + "/invitations", ""), "403 403 403 403 302 403 403 403 403 403 403 403 403"),
                row("POST /gatherings/{id}/reply", () -> Call.form("/gatherings/" + networkFixture().future()
                        + "/reply", "reply=COMING"), "403 403 403 403 403 302 403 403 403 403 403 403 403"),
                row("POST /gatherings/{id}/topics", () -> Call.form("/gatherings/" + networkFixture().future()
                        + "/topics", "topic=Tema"), "403 403 403 403 403 302 403 403 403 403 403 403 403"),
                row("POST /gatherings/{id}/topics/{topicId}/pick", () -> {
                    NetworkFixture f = networkFixture();
                    return Call.form("/gatherings/" + f.future() + "/topics/" + f.topic() + "/pick", "picked=true");
                }, "403 403 403 403 302 403 403 403 403 403 403 403 403"),
                row("POST /gatherings/{id}/attendance", () -> Call.form("/gatherings/" + networkFixture().past()
                        + "/attendance", "attended=" + mentorId()),
                        "403 403 403 403 302 403 403 403 403 403 403 403 403"),
                row("GET /network-feedback/{id}", () -> Call.get("/network-feedback/" + networkFixture().feedback()),
                        "200 403 403 403 200 200 403 403 403 403 403 403 302"),
                row("POST /network-feedback/{id}/owner", () -> Call.form("/network-feedback/"
                        + networkFixture().feedback() + "/owner", "ownerId=" + userId("veileder")),
                        "403 403 403 403 302 403 403 403 403 403 403 403 403"),
                row("POST /network-feedback/{id}/answer", () -> Call.form("/network-feedback/"
                        + networkFixture().feedback() + "/answer", "status=NOTED&response=Takk&version=0"),
                        "302 403 403 403 302 403 403 403 403 403 403 403 403"));
    }

    record NetworkFixture(long network, long past, long future, long topic, long feedback) {
    }

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class)
                .single();
    }

    private long mentorId() {
        return userId("mentor");
    }

    /** The e-mail address of a fresh mentor account, for adding by e-mail. */
    private String newMentorEmail() {
        String username = "matrisementor" + ORG_SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100000;
        jdbc.sql("insert into app_user (username, display_name, role, email) values (:u, 'Matrisementor', 'MENTOR', "
                + ":e)").param("u", username).param("e", username + "@eksempel.no").update();
        return username + "@eksempel.no";
    }

    private NetworkFixture networkFixture() {
        long leader = userId("kontorleder");
        long mentor = mentorId();
        long network = jdbc.sql("""
                insert into mentor_network (name, office_id, created_by, created_at)
                values ('Matrisenettverk', '0315', :l, now()) returning id""").param("l", leader)
                .query(Long.class).single();
        jdbc.sql("""
                insert into mentor_network_member (network_id, mentor_user_id, added_by, joined_at)
                values (:n, :m, :l, now())""").param("n", network).param("m", mentor).param("l", leader).update();
        String gathering = """
                insert into network_gathering (network_id, type, title, starts_at, ends_at, place, created_by,
                    created_at)
                values (:n, 'GATHERING', 'Matrisesamling', now() + :d * interval '1 day',
                    now() + :d * interval '1 day' + interval '2 hours', 'Huset', :l, now()) returning id""";
        long past = jdbc.sql(gathering).param("n", network).param("d", -30).param("l", leader)
                .query(Long.class).single();
        long future = jdbc.sql(gathering).param("n", network).param("d", 30).param("l", leader)
                .query(Long.class).single();
        long topic = jdbc.sql("""
                insert into gathering_topic (gathering_id, asked_by, text, asked_at)
                values (:g, :m, 'Tema', now()) returning id""").param("g", future).param("m", mentor)
                .query(Long.class).single();
        long feedback = jdbc.sql("""
                insert into network_feedback (network_id, given_by, text, given_at, owner_user_id)
                values (:n, :m, 'Innspill', now(), :o) returning id""").param("n", network).param("m", mentor)
                .param("o", userId("veileder")).query(Long.class).single();
        return new NetworkFixture(network, past, future, topic, feedback);
    }

    private static String newOrgNumber() {
        while (true) {
            int n = 20_000_000 + ORG_SEQUENCE.incrementAndGet() * 7 + (int) (System.nanoTime() % 1000) * 10_000;
            var number = OrganisationNumber.withControlDigit(String.valueOf(80_000_000 + n % 9_000_000));
            if (number.isPresent()) {
                return number.get();
            }
        }
    }

    /**
     * Issue 14's leftovers: the office leader changes and cancels her office's meetings and her networks' gatherings
     * (a confirmation page first); the office's counsellors download a meeting's calendar file.
     */
    List<Row> arenaCancellationRows() {
        String leaderOnly = "403 403 403 403 %s 403 403 403 403 403 403 403 %s";
        String meeting = "type=MARKET_MEETING&title=Endret&startsAt=2027-03-01T09:00&durationMinutes=60&version=0";
        return List.of(
                row("GET /learning/meetings/{id}/edit", () -> Call.get("/learning/meetings/"
                        + newOfficeMeeting("MARKET_MEETING") + "/edit"), leaderOnly.formatted("200", "302")),
                row("POST /learning/meetings/{id}/edit", () -> Call.form("/learning/meetings/"
                        + newOfficeMeeting("MARKET_MEETING") + "/edit", meeting), leaderOnly.formatted("302", "403")),
                row("GET /learning/meetings/{id}/cancel", () -> Call.get("/learning/meetings/"
                        + newOfficeMeeting("MARKET_MEETING") + "/cancel"), leaderOnly.formatted("200", "302")),
                row("POST /learning/meetings/{id}/cancel", () -> Call.form("/learning/meetings/"
                        + newOfficeMeeting("MARKET_MEETING") + "/cancel", "version=0&reason=Sykdom"),
                        leaderOnly.formatted("302", "403")),
                row("GET /learning/meetings/{id}/invitation.ics", () -> Call.get("/learning/meetings/"
                        + newOfficeMeeting("MARKET_MEETING") + "/invitation.ics"),
                        "200 403 403 403 200 403 403 403 403 403 403 403 302"),
                row("GET /gatherings/{id}/cancel", () -> Call.get("/gatherings/" + networkFixture().future()
                        + "/cancel"), leaderOnly.formatted("200", "302")),
                row("POST /gatherings/{id}/cancel", () -> Call.form("/gatherings/" + networkFixture().future()
                        + "/cancel", "version=0"), leaderOnly.formatted("302", "403")));
    }

    /**
     * Surveys (issue 14): the office leader builds, sends, closes and reads the results of her office's surveys;
     * counsellors, mentors and employers answer only what was sent to them (404 otherwise); a personal link is its
     * own credential, for anyone who holds it.
     */
    List<Row> surveyRows() {
        String leader = "403 403 403 403 %s 403 403 403 403 403 403 403 %s";
        return List.of(
                row("GET /surveys", () -> Call.get("/surveys"), leader.formatted("200", "302")),
                row("POST /surveys", () -> Call.form("/surveys", "title=Matrise&audience=MENTOR"),
                        leader.formatted("302", "403")),
                row("POST /surveys/baseline", () -> Call.form("/surveys/baseline", ""), leader.formatted("302", "403")),
                row("GET /surveys/{id}", () -> Call.get("/surveys/" + surveyDraft()), leader.formatted("200", "302")),
                row("POST /surveys/{id}", () -> Call.form("/surveys/" + surveyDraft(),
                        "title=Endret&audience=MENTOR&version=0"), leader.formatted("302", "403")),
                row("POST /surveys/{id}/questions", () -> Call.form("/surveys/" + surveyDraft() + "/questions",
                        "kind=TEXT&text=Nytt&version=0"), leader.formatted("302", "403")),
                row("GET /surveys/{id}/questions/{questionId}", () -> Call.get(surveyQuestionPath(surveyDraft())),
                        leader.formatted("200", "302")),
                row("POST /surveys/{id}/questions/{questionId}", () -> Call.form(surveyQuestionPath(surveyDraft()),
                        "kind=TEXT&text=Endret&version=0"), leader.formatted("302", "403")),
                row("POST /surveys/{id}/questions/{questionId}/move", () -> Call.form(
                        surveyQuestionPath(surveyDraft()) + "/move", "direction=up&version=0"),
                        leader.formatted("302", "403")),
                row("GET /surveys/{id}/questions/{questionId}/delete", () -> Call.get(
                        surveyQuestionPath(surveyDraft()) + "/delete"), leader.formatted("200", "302")),
                row("POST /surveys/{id}/questions/{questionId}/delete", () -> Call.form(
                        surveyQuestionPath(surveyDraft()) + "/delete", "version=0"), leader.formatted("302", "403")),
                row("GET /surveys/{id}/preview", () -> Call.get("/surveys/" + surveyDraft() + "/preview"),
                        leader.formatted("200", "302")),
                row("GET /surveys/{id}/send", () -> Call.get("/surveys/" + surveyDraft() + "/send"),
                        leader.formatted("200", "302")),
                row("POST /surveys/{id}/send", () -> Call.form("/surveys/" + surveyDraft() + "/send", "version=0"),
                        leader.formatted("200", "403")),
                row("GET /surveys/{id}/close", () -> Call.get("/surveys/" + openSurvey() + "/close"),
                        leader.formatted("200", "302")),
                row("POST /surveys/{id}/close", () -> Call.form("/surveys/" + openSurvey() + "/close", "version=0"),
                        leader.formatted("302", "403")),
                row("POST /surveys/{id}/rounds", () -> Call.form("/surveys/" + openSurvey() + "/rounds", ""),
                        leader.formatted("302", "403")),
                row("GET /surveys/{id}/results", () -> Call.get("/surveys/" + openSurvey() + "/results"),
                        leader.formatted("200", "302")),
                row("GET /surveys/{id}/results.csv", () -> Call.get("/surveys/" + openSurvey() + "/results.csv"),
                        leader.formatted("200", "302")),
                row("GET /surveys/{id}/comparison", () -> Call.get("/surveys/" + demoSecondRound() + "/comparison"),
                        leader.formatted("200", "302")),
                row("GET /api/v1/surveys", () -> Call.get("/api/v1/surveys"), leader.formatted("200", "401")),
                row("GET /api/v1/surveys/{id}", () -> Call.get("/api/v1/surveys/" + surveyDraft()),
                        leader.formatted("200", "401")),
                row("POST /api/v1/surveys/{id}/questions", () -> Call.json("POST",
                        "/api/v1/surveys/" + surveyDraft() + "/questions", object("kind", "SINGLE", "text", "Ja?",
                                "required", true, "options", List.of("Ja", "Nei"))), leader.formatted("200", "401")),
                row("GET /api/v1/surveys/{id}/results", () -> Call.get("/api/v1/surveys/" + openSurvey() + "/results"),
                        leader.formatted("200", "401")),
                row("GET /api/v1/surveys/{id}/comparison", () -> Call.get("/api/v1/surveys/" + demoSecondRound()
                        + "/comparison?earlier=" + demoFirstRound()), leader.formatted("200", "401")),
                // the respondents: counsellors, mentors and employers
                row("GET /surveys/mine", () -> Call.get("/surveys/mine"),
                        "200 200 403 403 403 200 200 200 200 403 403 403 302"),
                row("GET /surveys/{id}/answer", () -> Call.get("/surveys/" + openSurvey() + "/answer"),
                        "200 404 403 403 403 200 404 200 404 403 403 403 302"),
                row("POST /surveys/{id}/answer", () -> Call.form("/surveys/" + openSurvey() + "/answer", ""),
                        "200 404 403 403 403 200 404 200 404 403 403 403 403"),
                row("GET /s/{token}", () -> Call.get("/s/" + surveyLink()),
                        "200 200 200 200 200 200 200 200 200 200 200 200 200"),
                // an answer through the link needs the page's CSRF token unless the caller sends its own credentials
                row("POST /s/{token}", () -> Call.form("/s/" + surveyLink(), ""),
                        "200 200 200 200 200 200 200 200 200 200 200 200 403"));
    }

    /** A draft of the office leader's office (0315) with one optional free-text question, version 0. */
    private long surveyDraft() {
        long id = jdbc.sql("insert into survey (office_id, title, audience) values ('0315', 'Matrise', 'MENTOR') "
                + "returning id").query(Long.class).single();
        jdbc.sql("insert into survey_question (survey_id, position, question_key, kind, text, required) "
                + "values (:id, 1, 'q1', 'TEXT', 'Kommentar', false)").param("id", id).update();
        return id;
    }

    private String surveyQuestionPath(long survey) {
        long question = jdbc.sql("select min(id) from survey_question where survey_id = :id").param("id", survey)
                .query(Long.class).single();
        return "/surveys/" + survey + "/questions/" + question;
    }

    /** An open survey sent to veileder, mentor and arbeidsgiver (not to the others of the matrix). */
    private long openSurvey() {
        long id = surveyDraft();
        jdbc.sql("update survey set state = 'OPEN', opened_at = now() where id = :id").param("id", id).update();
        jdbc.sql("""
                insert into survey_recipient (survey_id, user_id, office_id, token_hash)
                select :id, u.id, '0315', md5(random()::text) || md5(random()::text)
                from app_user u where u.username in ('veileder', 'mentor', 'arbeidsgiver')""")
                .param("id", id).update();
        return id;
    }

    /** A fresh personal link (its token; only the SHA-256 is stored) to a new open survey. */
    private String surveyLink() {
        String token = java.util.UUID.randomUUID().toString();
        try {
            String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            jdbc.sql("insert into survey_recipient (survey_id, office_id, token_hash) values (:id, '0315', :hash)")
                    .param("id", openSurvey()).param("hash", hash).update();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return token;
    }

    private long demoFirstRound() {
        return jdbc.sql("select min(id) from survey where office_id = '0315' and round = 1 and state = 'CLOSED'")
                .query(Long.class).single();
    }

    private long demoSecondRound() {
        return jdbc.sql("select min(id) from survey where office_id = '0315' and round = 2").query(Long.class)
                .single();
    }
}
