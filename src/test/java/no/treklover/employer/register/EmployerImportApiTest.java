package no.treklover.employer.register;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The import API: started on a file of the import folder, followed to the end, its rejected rows listed. */
@IntegrationTest
class EmployerImportApiTest {

    @LocalServerPort
    int port;

    ApiClient http;

    @BeforeEach
    void client() {
        http = new ApiClient(port);
    }

    static String write(String name, byte[] content) throws IOException {
        Path folder = Path.of("target", "test-import");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), content);
        return name;
    }

    /** Polls until the import is done. */
    JsonNode finished(String location) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonNode job = http.get("markedskontakt", location).json();
            if (job.path("status").asString().matches("SUCCEEDED|FAILED") || Instant.now().isAfter(until)) {
                return job;
            }
            Thread.sleep(200);
        }
    }

    @Test
    void theMarketContactImportsAServerFileAndReadsItsRejectedRows() throws Exception {
        List<RegisterUnit> units = EmployerImportTest.units(77_000_000, 40);
        String csv = new String(EmployerImportTest.file(RegisterFileWriter.Format.CSV, false, units),
                java.nio.charset.StandardCharsets.UTF_8) + "\"974760674\",\"Feil\"\n";
        String name = write("api-enheter.csv.gz", RegisterFilesTest.gzip(csv));

        ApiClient.Response created = http.post("markedskontakt", "/api/v1/employer-imports",
                object("fileName", name, "full", false));
        assertThat(created.status()).isEqualTo(201);
        String location = created.header("Location");
        assertThat(location).isEqualTo("/api/v1/employer-imports/" + created.id());

        JsonNode job = finished(location);
        assertThat(job.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.path("kind").asString()).isEqualTo("UNITS");
        assertThat(job.path("rowsRead").asLong()).isEqualTo(41);
        assertThat(job.path("rowsInserted").asLong()).isEqualTo(40);
        assertThat(job.path("rowsRejected").asLong()).isEqualTo(1);
        assertThat(job.path("percent").asInt()).isEqualTo(100);

        JsonNode rejections = http.get("markedskontakt", location + "/rejections").json();
        assertThat(rejections.path("totalItems").asLong()).isEqualTo(1);
        JsonNode row = rejections.path("items").get(0);
        assertThat(row.path("positionKind").asString()).isEqualTo("LINE");
        assertThat(row.path("orgNumber").asString()).isEqualTo("974760674");
        assertThat(row.path("reason").asString()).isEqualTo("MALFORMED_CSV");
    }

    @Test
    void onlyAFileOfTheImportFolderCanBeNamed() {
        for (String name : List.of("../application-test.yml", "/etc/passwd", "finnes-ikke.json", "")) {
            ApiClient.Response response = http.post("markedskontakt", "/api/v1/employer-imports",
                    object("fileName", name));
            assertThat(response.status()).as(name).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.errorFields()).as(name).containsExactly("fileName");
        }
    }

    @Test
    void aCounsellorMayNotImportNorSeeImports() throws IOException {
        String name = write("counsellor.json", "[]".getBytes());
        assertThat(http.post("veileder", "/api/v1/employer-imports", object("fileName", name)).status())
                .isEqualTo(403);
        long id = http.post("markedskontakt", "/api/v1/employer-imports", object("fileName", name)).id();
        assertThat(http.get("veileder", "/api/v1/employer-imports/" + id).status()).isEqualTo(403);
        assertThat(http.get("veileder", "/api/v1/employer-imports/" + id + "/rejections").status()).isEqualTo(403);
        assertThat(http.send("veileder", "GET", "/employers/import", null, null,
                java.util.Map.of("Accept", "text/html")).status()).isEqualTo(403);
        assertThat(http.get("markedskontakt", "/api/v1/employer-imports/999999999").status()).isEqualTo(404);
    }
}
