package no.treklover.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.method.HandlerMethod;

/**
 * The API's conventions written into its description, by rule and in one place, so that a client generated from
 * /v3/api-docs handles every answer an operation can give:
 * <ul>
 * <li>successes are {@code application/json} ({@code .pdf} and {@code .ics} addresses: PDF and iCalendar); a
 * method without a body answers 204; a 201 carries {@code Location};</li>
 * <li>errors are {@code application/problem+json} ({@value #PROBLEM}): every operation may answer 401 (no or bad
 * credentials), 403 (not allowed, or an account that may not log in), 429 (password logins throttled, with
 * {@code Retry-After}) and 500; one with parameters or a body 400; one with a body 413 (too large) and 415; one with a path variable
 * 404; every change 409 (a unique rule or a concurrent save); one taking If-Match 412 and 428;</li>
 * <li>If-Match is required unless the controller describes the header itself with {@code @Parameter} (a first
 * save that needs no version); a resource's version travels as ETag ({@link #describeETags}).</li>
 * </ul>
 * Statuses an operation answers beyond these are declared on it with {@code @ApiResponse}.
 */
final class ApiDescriptionRules {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;
    private static final String FIELD_ERROR = "FieldError";
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
    /** A package name, also inside a generic type's name (PageResponseNo.treklover.process.CaseloadRow). */
    private static final String PACKAGE = "(?i:no|java|org|com|io|tools)\\.(?:[a-z0-9_]+\\.)*";

    private static final Map<String, String> ERRORS = Map.ofEntries(
            Map.entry("400", "Invalid input: the fields are listed under errors by their JSON property"),
            Map.entry("401", "No or bad credentials"),
            Map.entry("403", "Not allowed for this user (or the account may not log in)"),
            Map.entry("404", "Not found"),
            Map.entry("409", "Conflicts with the stored state (a rule, a duplicate or a concurrent change)"),
            Map.entry("412", "If-Match does not name the current version: someone changed it since you read it"),
            Map.entry("413", "The body is larger than the API takes (ApiBodyLimitFilter)"),
            Map.entry("415", "The body is not application/json"),
            Map.entry("428", "If-Match is missing"),
            Map.entry("429", "Too many failed password logins: try again after Retry-After seconds"),
            Map.entry("500", "Unexpected error"));

    private ApiDescriptionRules() {
    }

    /** If-Match is required, unless the controller describes the header itself (a save that may come first). */
    static Operation requireIfMatch(Operation operation, HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
            boolean ifMatch = header != null && (HttpHeaders.IF_MATCH.equalsIgnoreCase(header.value())
                    || HttpHeaders.IF_MATCH.equalsIgnoreCase(header.name()));
            if (!ifMatch || parameter.hasParameterAnnotation(io.swagger.v3.oas.annotations.Parameter.class)
                    || operation.getParameters() == null) {
                continue;
            }
            operation.getParameters().stream().filter(ApiDescriptionRules::isIfMatch).forEach(described -> described
                    .required(true)
                    .description("The ETag of the version you read; without it 428, when outdated 412"));
        }
        return operation;
    }

    static void apply(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        shortNames(api);
        api.getComponents().addSchemas(FIELD_ERROR, new ObjectSchema()
                .addProperty("field", new StringSchema().description("The JSON property, e.g. nationalId"))
                .addProperty("message", new StringSchema().description("What is wrong, in Norwegian"))
                .required(List.of("field", "message")));
        api.getComponents().addSchemas(PROBLEM, new ObjectSchema()
                .description("RFC 9457 problem details, with a Norwegian detail")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/"
                        + FIELD_ERROR)).description("On 400: the invalid fields"))
                .addProperty("existing", new StringSchema().format("uri-reference").description(
                        "On 409 for a duplicate: what already exists, e.g. the agreement in progress"))
                .required(List.of("title", "status")));
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> {
            item.readOperationsMap().forEach((method, operation) -> describe(path, method, operation));
            describeETags(item, api.getComponents().getSchemas());
        });
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        ApiResponse ok = responses.get("200");
        if (ok != null && isEmpty(ok.getContent()) && !responses.containsKey("204")) {
            responses.remove("200");
            responses.addApiResponse("204", ok.description("No content"));
        }
        responses.forEach((status, response) -> {
            if (status.startsWith("2")) {
                response.setContent(successContent(path, response.getContent()));
                anyValues(response.getContent());
            }
        });
        ApiResponse created = responses.get("201");
        if (created != null) {
            created.addHeaderObject(HttpHeaders.LOCATION, new Header().required(true)
                    .description("The address of what was created").schema(new StringSchema().format("uri")));
        }

        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean hasBody = operation.getRequestBody() != null;
        List<String> statuses = new ArrayList<>(List.of("401", "403", "429", "500"));
        if (hasBody || parameters.stream().anyMatch(p -> !isIfMatch(p))) {
            statuses.add("400");
        }
        if (hasBody) {
            statuses.add("413");
            statuses.add("415");
        }
        if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
            statuses.add("404");
        }
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
            statuses.add("409");
        }
        if (parameters.stream().anyMatch(ApiDescriptionRules::isIfMatch)) {
            // even where a first save needs no If-Match, a change without it is refused
            statuses.add("412");
            statuses.add("428");
        }
        for (String status : statuses) {
            responses.computeIfAbsent(status, s -> new ApiResponse().description(ERRORS.get(s)));
        }
        // errors declared on the operation too: whatever a controller said, the body is a problem
        Map<String, ApiResponse> sorted = new TreeMap<>(responses);
        responses.clear();
        sorted.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                if (response.getDescription() == null || response.getDescription().isBlank()) {
                    response.setDescription(ERRORS.getOrDefault(status, "Error"));
                }
                response.setContent(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref(PROBLEM_REF))));
            }
            responses.addApiResponse(status, response);
        });
        ApiResponse throttled = responses.get("429");
        throttled.addHeaderObject(HttpHeaders.RETRY_AFTER, new Header().description("Seconds to wait")
                .schema(new IntegerSchema()));
    }

    /**
     * A resource's version travels as ETag: on reads of a resource changed with If-Match, on those changes, on
     * creates, and on every answer whose body carries the {@code version}.
     */
    private static void describeETags(PathItem item, Map<String, Schema> schemas) {
        boolean versioned = item.readOperations().stream().anyMatch(ApiDescriptionRules::takesIfMatch);
        item.readOperationsMap().forEach((method, operation) -> operation.getResponses().forEach((status, response) -> {
            boolean success = status.startsWith("2");
            if (success && (status.equals("201") || takesIfMatch(operation)
                    || (versioned && method == PathItem.HttpMethod.GET) || carriesVersion(response, schemas))) {
                response.addHeaderObject(HttpHeaders.ETAG, new Header()
                        .description("The version, for If-Match on the next change").schema(new StringSchema()));
            }
        }));
    }

    private static boolean takesIfMatch(Operation operation) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(ApiDescriptionRules::isIfMatch);
    }

    private static boolean carriesVersion(ApiResponse response, Map<String, Schema> schemas) {
        MediaType json = response.getContent() == null ? null : response.getContent().get(JSON);
        Schema<?> body = json == null ? null : json.getSchema();
        if (body != null && body.get$ref() != null && schemas != null) {
            body = schemas.get(body.get$ref().substring(body.get$ref().lastIndexOf('/') + 1));
        }
        return body != null && body.getProperties() != null && body.getProperties().containsKey("version");
    }

    /**
     * Schemas are named by their class's full name (springdoc.use-fqn), so two records called {@code Row} in different
     * classes stay two schemas; here each loses its package, and its enclosing class too where the simple name is
     * unique ({@code GrantPeriodQueueRow} beside {@code PartnerProcessesRow}, but {@code CandidateView}).
     */
    private static void shortNames(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Map<String, String> simple = new LinkedHashMap<>();
        schemas.keySet().forEach(name -> simple.put(name, name.replaceAll(PACKAGE, "")));
        Map<String, Long> uses = new java.util.HashMap<>();
        simple.values().forEach(name -> uses.merge(withoutOuter(name), 1L, Long::sum));
        Map<String, String> renamed = new LinkedHashMap<>();
        simple.forEach((name, shorter) -> renamed.put(name, uses.get(withoutOuter(shorter)) == 1
                ? withoutOuter(shorter) : shorter.replace(".", "")));
        Map<String, Schema> result = new LinkedHashMap<>();
        schemas.forEach((name, schema) -> result.put(renamed.get(name), schema));
        api.getComponents().setSchemas(result);
        java.util.function.Consumer<Schema> rewrite = schema -> rewriteRefs(schema, renamed,
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        result.values().forEach(rewrite);
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(parameter -> rewrite.accept(parameter.getSchema()));
                }
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    operation.getRequestBody().getContent().values().forEach(type -> rewrite.accept(type.getSchema()));
                }
                if (operation.getResponses() != null) {
                    operation.getResponses().values().stream().filter(r -> r.getContent() != null)
                            .forEach(r -> r.getContent().values().forEach(type -> rewrite.accept(type.getSchema())));
                }
            }));
        }
    }

    private static String withoutOuter(String name) {
        return name.replaceAll("\\w+\\.", "");
    }

    private static void rewriteRefs(Schema<?> schema, Map<String, String> renamed, java.util.Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        String prefix = "#/components/schemas/";
        if (schema.get$ref() != null && schema.get$ref().startsWith(prefix)) {
            String target = renamed.get(schema.get$ref().substring(prefix.length()));
            if (target != null) {
                schema.set$ref(prefix + target);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> rewriteRefs(p, renamed, seen));
        }
        rewriteRefs(schema.getItems(), renamed, seen);
        rewriteRefs(schema.getNot(), renamed, seen);
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            rewriteRefs(values, renamed, seen);
        }
        for (List<Schema> composed : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(),
                schema.getOneOf())) {
            if (composed != null) {
                composed.forEach(part -> rewriteRefs(part, renamed, seen));
            }
        }
    }

    private static Content successContent(String path, Content declared) {
        if (path.endsWith(".pdf")) {
            return binary("application/pdf");
        }
        if (path.endsWith(".ics")) {
            return binary("text/calendar");
        }
        if (isEmpty(declared)) {
            return declared;
        }
        Map<String, MediaType> types = new LinkedHashMap<>(declared);
        MediaType any = types.remove("*/*");
        Content content = new Content();
        types.forEach(content::addMediaType);
        if (any != null && !content.containsKey(JSON)) {
            content.addMediaType(JSON, any);
        }
        return content;
    }

    /** A map of Object (the data export) holds any JSON value, not only objects. */
    private static void anyValues(Content content) {
        MediaType json = content == null ? null : content.get(JSON);
        Schema<?> body = json == null ? null : json.getSchema();
        if (body != null && body.getAdditionalProperties() instanceof Schema<?> values && values.get$ref() == null
                && "object".equals(values.getType()) && values.getProperties() == null) {
            body.setAdditionalProperties(Boolean.TRUE);
        }
    }

    private static Content binary(String mediaType) {
        return new Content().addMediaType(mediaType, new MediaType()
                .schema(new StringSchema().format("binary")));
    }

    private static boolean isEmpty(Content content) {
        return content == null || content.isEmpty();
    }

    private static boolean isIfMatch(Parameter parameter) {
        return "header".equals(parameter.getIn()) && HttpHeaders.IF_MATCH.equalsIgnoreCase(parameter.getName());
    }
}
