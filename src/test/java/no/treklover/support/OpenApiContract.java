package no.treklover.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API's published description (/v3/api-docs) as a contract: every /api response that {@link ApiClient} receives
 * must be one the description allows — a documented status, its content type, its required headers and a body
 * that matches the schema, nulls included. A generated client reads the same description, so a response that fails
 * here is one such a client would reject. Fetched once per running app.
 */
public final class OpenApiContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Response headers a client acts on: each one sent must be documented on the response that carries it. */
    private static final List<String> DOCUMENTED_HEADERS = List.of("ETag", "Location", "Retry-After");

    private static final Map<String, OpenApiInteractionValidator> BY_APP = new ConcurrentHashMap<>();
    private static final Map<String, JsonNode> DESCRIPTIONS = new ConcurrentHashMap<>();

    private OpenApiContract() {
    }

    /** Throws an AssertionError naming every way the response differs from the description. */
    public static void check(String baseUrl, String method, String pathAndQuery, HttpResponse<String> response) {
        String path = URI.create(pathAndQuery).getRawPath();
        if (!path.startsWith("/api/") || path.contains("%00")) {
            // an encoded NUL is refused by the servlet container itself, before any of the app's code runs
            return;
        }
        List<String> problems = problems(baseUrl, method, path, response);
        if (!problems.isEmpty() && Boolean.getBoolean("treklover.openapi.listOnly")) {
            // -Dtreklover.openapi.listOnly=true: list every mismatch of a run in target/ instead of failing
            list(method, path, response.statusCode(), problems);
            return;
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("The response to " + method + " " + pathAndQuery + " (" + response.statusCode()
                    + ") does not match /v3/api-docs:\n  - " + String.join("\n  - ", problems)
                    + "\n  body: " + abbreviated(response.body()));
        }
    }

    private static synchronized void list(String method, String path, int status, List<String> problems) {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi-mismatches.txt"),
                    problems.stream().map(problem -> method + " " + path.replaceAll("/\\d+", "/{n}") + " " + status
                            + " " + problem + "\n").collect(Collectors.joining()),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The differences as messages; empty when the response is one the description allows. */
    public static List<String> problems(String baseUrl, String method, String path, HttpResponse<String> response) {
        OpenApiInteractionValidator validator = BY_APP.computeIfAbsent(baseUrl, OpenApiContract::load);
        SimpleResponse.Builder actual = SimpleResponse.Builder.status(response.statusCode());
        response.headers().map().forEach(actual::withHeader);
        String body = response.body();
        if (body != null && !body.isEmpty()) {
            actual.withBody(body);
        }
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method), actual.build());
        List<String> problems = new java.util.ArrayList<>(undocumentedHeaders(DESCRIPTIONS.get(baseUrl), method, path,
                response));
        report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                // an unknown address answers 404 or 405 without being an operation of the API
                .filter(message -> !(message.getKey().equals("validation.request.path.missing")
                        || message.getKey().equals("validation.request.operation.notAllowed"))
                        || (response.statusCode() != 404 && response.statusCode() != 405))
                .map(message -> message.getKey() + ": " + message.getMessage()
                        + message.getAdditionalInfo().stream().map(info -> " " + info).collect(Collectors.joining()))
                .forEach(problems::add);
        return problems;
    }

    /** The validator checks that required headers are sent; this checks that those sent are described. */
    private static List<String> undocumentedHeaders(JsonNode description, String method, String path,
            HttpResponse<String> response) {
        JsonNode operation = operation(description, method, path);
        if (operation == null) {
            return List.of();
        }
        JsonNode headers = operation.path("responses").path(String.valueOf(response.statusCode())).path("headers");
        List<String> undocumented = new java.util.ArrayList<>();
        for (String header : DOCUMENTED_HEADERS) {
            boolean documented = headers.propertyNames().stream().anyMatch(header::equalsIgnoreCase);
            if (response.headers().firstValue(header).isPresent() && !documented) {
                undocumented.add("header " + header + " is sent but not documented for " + response.statusCode());
            }
        }
        return undocumented;
    }

    /** The described operation for a concrete path: a literal segment wins over a template variable. */
    private static JsonNode operation(JsonNode description, String method, String path) {
        JsonNode best = null;
        int fewestVariables = Integer.MAX_VALUE;
        for (Map.Entry<String, JsonNode> entry : description.path("paths").properties()) {
            String template = entry.getKey();
            String regex = java.util.Arrays.stream(template.split("\\{[^}]+}", -1)).map(java.util.regex.Pattern::quote)
                    .collect(Collectors.joining("[^/]+"));
            int variables = template.split("\\{", -1).length - 1;
            JsonNode operation = entry.getValue().get(method.toLowerCase(java.util.Locale.ROOT));
            if (operation != null && path.matches(regex) && variables < fewestVariables) {
                best = operation;
                fewestVariables = variables;
            }
        }
        return best;
    }

    private static OpenApiInteractionValidator load(String baseUrl) {
        try {
            HttpResponse<String> docs = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/v3/api-docs")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (docs.statusCode() != 200) {
                throw new AssertionError("/v3/api-docs answered " + docs.statusCode());
            }
            // kept for reading when a check fails
            java.nio.file.Path copy = java.nio.file.Path.of("target", "api-docs.json");
            java.nio.file.Files.writeString(copy, docs.body());
            DESCRIPTIONS.put(baseUrl, JSON.readTree(docs.body()));
            return OpenApiInteractionValidator.createForInlineApiSpecification(forTheValidator(docs.body()))
                    .withLevelResolver(LevelResolver.create().build())
                    .build();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The validator applies OpenAPI 3.0's {@code nullable} to the value's own type only, so a nullable nested object
     * ({@code nullable: true, allOf: [$ref]}) is handed to it as the JSON Schema it means: {@code anyOf: [$ref, null]}.
     */
    static String forTheValidator(String description) {
        JsonNode root = JSON.readTree(description);
        rewriteNullableRefs(root);
        return JSON.writeValueAsString(root);
    }

    private static void rewriteNullableRefs(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode allOf = object.get("allOf");
            if (object.path("nullable").asBoolean(false) && allOf != null && allOf.size() == 1) {
                object.remove("nullable");
                object.remove("allOf");
                ArrayNode anyOf = object.putArray("anyOf");
                anyOf.add(allOf.get(0));
                anyOf.addObject().put("type", "null");
            }
            object.properties().forEach(entry -> rewriteNullableRefs(entry.getValue()));
        } else if (node instanceof ArrayNode array) {
            array.forEach(OpenApiContract::rewriteNullableRefs);
        }
    }

    private static String abbreviated(String body) {
        if (body == null) {
            return "";
        }
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }
}
