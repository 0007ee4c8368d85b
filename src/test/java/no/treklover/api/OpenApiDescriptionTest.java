package no.treklover.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The published description is valid OpenAPI and states the API's conventions: how to authenticate, that a change
 * needs If-Match, what a create answers, and that every error is a problem. (That real responses match it is
 * checked on every call in {@link ApiClient}.)
 */
@IntegrationTest
class OpenApiDescriptionTest {

    @LocalServerPort
    int port;

    OpenAPI api;

    @BeforeEach
    void readTheDescription() {
        ApiClient.Response docs = new ApiClient(port).get(null, "/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        SwaggerParseResult parsed = new OpenAPIParser().readContents(docs.body(), null, null);
        assertThat(parsed.getMessages()).as("parser messages").isEmpty();
        api = parsed.getOpenAPI();
    }

    @Test
    void isOpenApi30WithHttpBasicAndBearerForEveryOperation() {
        assertThat(api.getOpenapi()).startsWith("3.0");
        SecurityScheme basic = api.getComponents().getSecuritySchemes().get("basicAuth");
        SecurityScheme bearer = api.getComponents().getSecuritySchemes().get("bearerAuth");
        assertThat(basic.getType()).isEqualTo(SecurityScheme.Type.HTTP);
        assertThat(basic.getScheme()).isEqualTo("basic");
        assertThat(bearer.getType()).isEqualTo(SecurityScheme.Type.HTTP);
        assertThat(bearer.getScheme()).isEqualTo("bearer");
        assertThat(api.getSecurity()).anySatisfy(requirement -> assertThat(requirement).containsKey("basicAuth"))
                .anySatisfy(requirement -> assertThat(requirement).containsKey("bearerAuth"));
    }

    @Test
    void everyErrorIsAProblemAndNothingIsAnyContentType() {
        List<String> wrong = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (!operation.getResponses().containsKey("401") || !operation.getResponses().containsKey("403")) {
                wrong.add(method + " " + path + ": no 401 or 403");
            }
            operation.getResponses().forEach((status, response) -> {
                if (response.getContent() != null && response.getContent().containsKey("*/*")) {
                    wrong.add(method + " " + path + " " + status + ": */*");
                }
                if (status.matches("[45]..") && (response.getContent() == null
                        || !response.getContent().containsKey("application/problem+json"))) {
                    wrong.add(method + " " + path + " " + status + ": not a problem");
                }
            });
        }));
        assertThat(wrong).isEmpty();
        assertThat(api.getComponents().getSchemas()).containsKeys("Problem", "FieldError");
    }

    @Test
    void aChangeRequiresIfMatchAnd412And428AreDocumented() {
        Operation change = api.getPaths().get("/api/v1/processes/{id}").getPut();

        assertThat(ifMatch(change).getRequired()).isTrue();
        assertThat(change.getResponses()).containsKeys("200", "400", "404", "409", "412", "413", "428");
        assertThat(api.getPaths().get("/api/v1/processes/{id}").getGet().getResponses().get("200").getHeaders())
                .containsKey("ETag");
        // the first feedback is saved without a version, so there If-Match is optional (a change needs it)
        Operation feedback = api.getPaths().get("/api/v1/meetings/{id}/feedback").getPut();
        assertThat(ifMatch(feedback).getRequired()).isNotEqualTo(Boolean.TRUE);
        assertThat(feedback.getResponses()).containsKeys("200", "201", "412", "428");
    }

    @Test
    void aCreateAnswers201WithLocation() {
        ApiResponse created = api.getPaths().get("/api/v1/candidates").getPost().getResponses().get("201");

        assertThat(created.getHeaders()).containsKey("Location");
        assertThat(created.getContent()).containsKey("application/json");
        assertThat(api.getPaths().get("/api/v1/candidates").getPost().getResponses()).doesNotContainKey("200");
    }

    @Test
    void documentsAndPrintoutsHaveTheirOwnContentTypes() {
        assertThat(api.getPaths().get("/api/v1/me/export.pdf").getGet().getResponses().get("200").getContent())
                .containsOnlyKeys("application/pdf");
        assertThat(api.getPaths().get("/api/v1/meetings/{id}.ics").getGet().getResponses().get("200").getContent())
                .containsOnlyKeys("text/calendar");
    }

    @Test
    void eventsAreDescribedWithTheirConflictsAndVersions() {
        Operation update = api.getPaths().get("/api/v1/events/{id}").getPut();
        assertThat(ifMatch(update).getRequired()).isTrue();
        assertThat(update.getResponses()).containsKeys("200", "400", "404", "409", "412", "428");
        assertThat(api.getPaths().get("/api/v1/events/{id}").getGet().getResponses().get("200").getHeaders())
                .containsKey("ETag");
        Operation book = api.getPaths().get("/api/v1/events/{id}/bookings").getPost();
        assertThat(book.getResponses()).containsKeys("201", "400", "403", "404", "409");
        assertThat(ifMatch(api.getPaths().get("/api/v1/events/{id}/bookings/{bookingId}/decision").getPost())
                .getRequired()).isTrue();
        assertThat(api.getPaths().get("/api/v1/events").getPost().getResponses().get("201").getHeaders())
                .containsKey("Location");
    }

    @Test
    void reflectionNotesAreDescribedWithTheirVersions() {
        Operation update = api.getPaths().get("/api/v1/reflections/{id}").getPut();
        assertThat(ifMatch(update).getRequired()).isTrue();
        assertThat(update.getResponses()).containsKeys("200", "400", "403", "404", "409", "412", "428");
        assertThat(ifMatch(api.getPaths().get("/api/v1/reflections/{id}").getDelete()).getRequired()).isTrue();
        assertThat(api.getPaths().get("/api/v1/processes/{id}/reflections").getPost().getResponses().get("201")
                .getHeaders()).containsKey("Location");
        assertThat(api.getPaths().get("/api/v1/reflections/{id}").getGet().getResponses().get("200").getHeaders())
                .containsKey("ETag");
    }

    @Test
    void networkFeedbackIsDescribedWithItsVersionsAndConflicts() {
        Operation answer = api.getPaths().get("/api/v1/network-feedback/{id}/answer").getPut();
        assertThat(ifMatch(answer).getRequired()).isTrue();
        assertThat(answer.getResponses()).containsKeys("200", "400", "403", "404", "409", "412", "428");
        assertThat(answer.getResponses().get("200").getHeaders()).containsKey("ETag");
        Operation give = api.getPaths().get("/api/v1/networks/{id}/feedback").getPost();
        assertThat(give.getResponses()).containsKeys("201", "400", "403", "404");
        assertThat(give.getResponses().get("201").getHeaders()).containsKey("Location");
        assertThat(api.getPaths().get("/api/v1/networks").getGet().getResponses()).containsKey("200");
    }

    private static Parameter ifMatch(Operation operation) {
        return operation.getParameters().stream()
                .filter(p -> "header".equals(p.getIn()) && "If-Match".equalsIgnoreCase(p.getName()))
                .findFirst().orElseThrow();
    }
}
