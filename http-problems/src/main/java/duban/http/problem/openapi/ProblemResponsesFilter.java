package duban.http.problem.openapi;

import duban.http.problem.DatabaseUnavailable;
import duban.http.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

/**
 * Documents every error answer of a service as what it is, an {@code application/problem+json} {@link Problem}:
 * a resource declares a problem by its status and meaning only ({@code @APIResponse(responseCode = "404",
 * description = "No such plan")}), and this filter gives every 4xx and 5xx response without content the problem
 * content (also the 400, 401 and 403 Quarkus documents by itself: the services answer them as problems too), adds the problems a family of operations shares ({@link CommonProblems}) where an operation lacks them,
 * and the {@code Problem} schema they name.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final DotName COMMON_PROBLEMS = DotName.createSimple(CommonProblems.class.getName());

    private final List<Family> families;

    /** For documents whose operations declare every problem they answer. */
    public ProblemResponsesFilter() {
        this.families = List.of();
    }

    /** SmallRye OpenAPI passes the application's index, where the {@link CommonProblems} are declared. */
    public ProblemResponsesFilter(IndexView index) {
        this.families = families(index);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean anyProblem = false;
        for (var path : openAPI.getPaths().getPathItems().entrySet()) {
            for (var operation : path.getValue().getOperations().entrySet()) {
                addCommonProblems(path.getKey(), operation.getKey().name(), operation.getValue());
                addLimitProblems(operation.getKey().name(), operation.getValue());
                addUnavailable(operation.getValue());
                anyProblem |= documentProblems(operation.getValue());
            }
        }
        if (anyProblem) {
            addProblemSchema(openAPI);
        }
    }

    private void addCommonProblems(String path, String method, Operation operation) {
        for (Family family : families) {
            if (path.startsWith(family.pathPrefix()) && family.method().equals(method)) {
                APIResponses responses = operation.getResponses();
                family.problems().forEach((status, description) -> {
                    if (!responses.hasAPIResponse(status)) {
                        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
                    }
                });
            }
        }
    }

    /**
     * The limits every service applies before a request reaches its resource (duban.http.security): a body over the
     * size limit is refused with 413, a write beyond its token's rate with 429 and Retry-After.
     */
    private static void addLimitProblems(String method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return;
        }
        if (operation.getRequestBody() != null && !responses.hasAPIResponse("413")) {
            responses.addAPIResponse("413", OASFactory.createAPIResponse()
                    .description("The body is larger than the service accepts; it was not read"));
        }
        if (!SAFE_METHODS.contains(method) && !responses.hasAPIResponse("429")) {
            responses.addAPIResponse("429", OASFactory.createAPIResponse()
                    .description("This token sent more writes than its rate allows; retry after the delay given")
                    .addHeader("Retry-After", OASFactory.createHeader()
                            .description("Seconds to wait before the next write")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ONE))));
        }
    }

    /** A database out of reach is answered 503 with Retry-After by every service ({@link DatabaseUnavailable}). */
    private static void addUnavailable(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null || responses.hasAPIResponse("503")) {
            return;
        }
        responses.addAPIResponse("503", OASFactory.createAPIResponse()
                .description("The service's database is out of reach for a moment; nothing of the request was"
                        + " recorded: retry after the delay given (a write with the same Idempotency-Key)")
                .addHeader("Retry-After", OASFactory.createHeader()
                        .description("Seconds to wait before trying again")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ONE))));
    }

    /** Whether the operation answers any problem, now that each is documented as one. */
    private static boolean documentProblems(Operation operation) {
        boolean any = false;
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return false;
        }
        for (var answer : operation.getResponses().getAPIResponses().entrySet()) {
            APIResponse response = answer.getValue();
            if (!isError(answer.getKey()) || response.getRef() != null) {
                continue;
            }
            if (response.getContent() == null) {
                setProblemContent(response);
            }
            MediaType problem = response.getContent().getMediaType(Problem.MEDIA_TYPE);
            if (problem != null && problem.getSchema() == null) {
                // A resource that shows an example of its problem names only the media type and the example.
                problem.setSchema(problemRef());
            }
            any |= problem != null;
        }
        return any;
    }

    private static void setProblemContent(APIResponse response) {
        // The document lists a response's parts in the order they were set, and the scanner sets the
        // extensions (x-duban-unit-scope) after the content: they move behind it, as on a declared content.
        Map<String, Object> extensions = response.getExtensions();
        response.setExtensions(null);
        response.setContent(OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(problemRef())));
        response.setExtensions(extensions);
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static Schema problemRef() {
        return OASFactory.createSchema().ref(PROBLEM);
    }

    /**
     * The {@link Problem} record as the schema scanner would write it, for services where no resource names the
     * class itself. Schemas stay in name order, as the scanner leaves them.
     */
    private static void addProblemSchema(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        Map<String, Schema> schemas = new TreeMap<>(components.getSchemas() == null ? Map.of() : components.getSchemas());
        schemas.putIfAbsent(FIELD_ERROR, object()
                .addProperty("field", string())
                .addProperty("message", string()));
        schemas.putIfAbsent(PROBLEM, object()
                .addProperty("type", string().format("uri"))
                .addProperty("title", string())
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", string())
                .addProperty("instance", string())
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(FIELD_ERROR))));
        components.setSchemas(schemas);
    }

    private static Schema object() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT);
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    private static List<Family> families(IndexView index) {
        List<Family> families = new ArrayList<>();
        for (AnnotationInstance declared : index.getAnnotations(COMMON_PROBLEMS)) {
            Map<String, String> problems = new LinkedHashMap<>();
            for (AnnotationInstance status : declared.value().asNestedArray()) {
                problems.put(status.value("code").asString(), status.value("description").asString());
            }
            AnnotationValue method = declared.value("method");
            families.add(new Family(declared.value("pathPrefix").asString(),
                    method == null ? defaultMethod() : method.asString(), problems));
        }
        return families;
    }

    private static String defaultMethod() {
        try {
            return (String) CommonProblems.class.getMethod("method").getDefaultValue();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The problems a family of operations shares, by status in the order declared. */
    record Family(String pathPrefix, String method, Map<String, String> problems) {
    }
}
