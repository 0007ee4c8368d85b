package no.treklover.security;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import no.treklover.access.logging.PersonalDataMasking;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** National ids stay out of URLs and logs. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataTest {

    @LocalServerPort
    int port;

    @Autowired
    LoggingSystem logging;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    private ApiClient.Response register(String user, String nationalId) {
        return api.post(user, "/api/v1/candidates", object("nationalId", nationalId, "firstName", "Per",
                "lastName", "Personvern"));
    }

    @Test
    void aNationalIdAsSearchIsRefusedWithAdviceToUseTheLookup() {
        String nationalId = TestPeople.newNationalId();
        register("veileder", nationalId);

        for (String search : new String[] {nationalId, nationalId.substring(0, 6) + "%20" + nationalId.substring(6)}) {
            ApiClient.Response refused = api.get("veileder", "/api/v1/candidates?search=" + search);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.errorFields()).containsExactly("search");
            assertThat(refused.body()).contains("POST /api/v1/candidates/lookup");
        }
        assertThat(api.get("veileder", "/api/v1/candidates?search=Personvern").status()).isEqualTo(200);
    }

    @Test
    void theLookupFindsACandidateAtTheOwnOfficeByNationalIdInTheBody() {
        String nationalId = TestPeople.newNationalId();
        long id = register("veileder", nationalId).id();

        ApiClient.Response found = api.post("veileder", "/api/v1/candidates/lookup", object("nationalId", nationalId));

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.id()).isEqualTo(id);
        assertThat(found.header("ETag")).isEqualTo("\"0\"");
        assertThat(api.post("veileder2", "/api/v1/candidates/lookup", object("nationalId", nationalId)).status())
                .as("another office's candidate is not revealed").isEqualTo(404);
        assertThat(api.post("veileder", "/api/v1/candidates/lookup",
                object("nationalId", TestPeople.newNationalId())).status()).isEqualTo(404);
        assertThat(api.post("veileder", "/api/v1/candidates/lookup", object("nationalId", "12345678901"))
                .errorFields()).containsExactly("nationalId");
        assertThat(api.post("kandidat", "/api/v1/candidates/lookup", object("nationalId", nationalId)).status())
                .isEqualTo(403);
    }

    @Test
    void noNationalIdReachesTheLogEvenAtDebugLevel(CapturedOutput output) {
        String nationalId = TestPeople.newNationalId();
        String spaced = nationalId.substring(0, 6) + " " + nationalId.substring(6);
        LogLevel root = logging.getLoggerConfiguration(LoggingSystem.ROOT_LOGGER_NAME).getConfiguredLevel();
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.DEBUG);
        try {
            assertThat(register("veileder", nationalId).status()).isEqualTo(201);
            assertThat(register("veileder2", nationalId).status()).isEqualTo(409);
            assertThat(register("veileder", nationalId.substring(0, 10) + "x").status()).isEqualTo(400);
            assertThat(api.get("veileder", "/api/v1/candidates?search=" + nationalId).status()).isEqualTo(400);
            assertThat(api.post("veileder", "/api/v1/candidates/lookup", object("nationalId", spaced)).status())
                    .isEqualTo(200);
            String credentials = Base64.getEncoder()
                    .encodeToString((nationalId + ":feil").getBytes(StandardCharsets.UTF_8));
            assertThat(api.send(null, "GET", "/api/v1/me", null, null,
                    Map.of("Authorization", "Basic " + credentials, "X-Forwarded-For", "203.0.113.11")).status())
                    .isEqualTo(401);
            LoggerFactory.getLogger(PersonalDataTest.class).warn("Direct mention of {} and {}", nationalId, spaced,
                    new IllegalStateException("Key (national_id)=(" + nationalId + ") already exists."));
        } finally {
            logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, root);
        }

        assertThat(output.getAll()).contains("Direct mention of " + PersonalDataMasking.MASK + " and "
                + PersonalDataMasking.MASK).contains("Key (national_id)=(" + PersonalDataMasking.MASK + ")");
        assertThat(output.getAll()).doesNotContain(nationalId).doesNotContain(spaced);
    }
}
