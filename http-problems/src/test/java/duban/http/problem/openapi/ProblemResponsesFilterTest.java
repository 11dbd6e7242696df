package duban.http.problem.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import duban.http.problem.Problem;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.jboss.jandex.Index;
import org.junit.jupiter.api.Test;

class ProblemResponsesFilterTest {

    private static final String THING_WRITES = "/api/v1/things/{thingId}/";

    @CommonProblems(pathPrefix = THING_WRITES, value = {
            @CommonProblems.Status(code = "404", description = "No such thing"),
            @CommonProblems.Status(code = "412", description = "If-Match names a stale version")})
    static class ThingWrites {
    }

    @Test
    void aProblemDeclaredWithoutContentIsDocumentedAsProblemJson() {
        OpenAPI document = document("/api/v1/plans/{planId}", PathItem.HttpMethod.GET,
                responses().addAPIResponse("200", response("The plan")).addAPIResponse("404", response("No such plan")));

        new ProblemResponsesFilter().filterOpenAPI(document);

        APIResponse notFound = responses(document, "/api/v1/plans/{planId}", PathItem.HttpMethod.GET).getAPIResponse("404");
        assertThat(notFound.getDescription()).isEqualTo("No such plan");
        assertThat(notFound.getContent().getMediaTypes()).containsOnlyKeys(Problem.MEDIA_TYPE);
        assertThat(notFound.getContent().getMediaType(Problem.MEDIA_TYPE).getSchema().getRef())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(document.getComponents().getSchemas()).containsKeys("Problem", "FieldError");
    }

    @Test
    void successesAreLeftAsTheyAreAndTheRefusalsQuarkusDocumentsItselfAreProblemsToo() {
        APIResponse created = response("Created");
        OpenAPI document = document("/api/v1/plans", PathItem.HttpMethod.POST, responses()
                .addAPIResponse("201", created)
                .addAPIResponse("401", response("Not Authorized"))
                .addAPIResponse("403", response("Not Allowed"))
                .addAPIResponse("400", response("Bad Request")));

        new ProblemResponsesFilter().filterOpenAPI(document);

        APIResponses responses = responses(document, "/api/v1/plans", PathItem.HttpMethod.POST);
        assertThat(created.getContent()).isNull();
        for (String status : new String[] {"400", "401", "403"}) {
            assertThat(responses.getAPIResponse(status).getContent().getMediaTypes()).as(status)
                    .containsOnlyKeys(Problem.MEDIA_TYPE);
        }
        assertThat(document.getComponents().getSchemas()).containsKeys("Problem", "FieldError");
    }

    @Test
    void aProblemShownByExampleGetsItsSchema() {
        Example example = OASFactory.createExample().value("{\"status\":400}");
        MediaType problem = OASFactory.createMediaType().addExample("limit too large", example);
        OpenAPI document = document("/api/v1/audit/events", PathItem.HttpMethod.GET, responses().addAPIResponse("400",
                response("after or limit is not valid")
                        .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem))));

        new ProblemResponsesFilter().filterOpenAPI(document);

        assertThat(problem.getSchema().getRef()).isEqualTo("#/components/schemas/Problem");
        assertThat(problem.getExamples()).containsKey("limit too large");
    }

    @Test
    void everyWriteDocumentsTheRateLimitAndEveryBodyTheSizeLimit() {
        OpenAPI document = document("/api/v1/things", PathItem.HttpMethod.POST, responses()
                .addAPIResponse("201", response("Created")));
        document.getPaths().getPathItem("/api/v1/things").getPOST()
                .requestBody(OASFactory.createRequestBody().required(true));
        document.getPaths().getPathItem("/api/v1/things")
                .GET(OASFactory.createOperation().responses(responses().addAPIResponse("200", response("Things"))));

        new ProblemResponsesFilter().filterOpenAPI(document);

        APIResponses write = responses(document, "/api/v1/things", PathItem.HttpMethod.POST);
        assertThat(write.getAPIResponses()).containsOnlyKeys("201", "413", "429", "503");
        assertThat(write.getAPIResponse("413").getContent().getMediaType(Problem.MEDIA_TYPE)).isNotNull();
        assertThat(write.getAPIResponse("429").getHeaders()).containsOnlyKeys("Retry-After");
        // Any operation may meet its database out of reach.
        assertThat(write.getAPIResponse("503").getHeaders()).containsOnlyKeys("Retry-After");
        assertThat(write.getAPIResponse("503").getContent().getMediaType(Problem.MEDIA_TYPE)).isNotNull();
        assertThat(responses(document, "/api/v1/things", PathItem.HttpMethod.GET).getAPIResponses())
                .containsOnlyKeys("200", "503");
    }

    @Test
    void theProblemsAFamilySharesAreAddedWhereAnOperationLacksThem() throws IOException {
        OpenAPI document = document(THING_WRITES + "renamings", PathItem.HttpMethod.POST, responses()
                .addAPIResponse("200", response("Renamed"))
                .addAPIResponse("412", response("Reload it first")));
        document.getPaths().addPathItem(THING_WRITES + "history", OASFactory.createPathItem()
                .GET(OASFactory.createOperation().responses(responses().addAPIResponse("200", response("History")))));
        document.getPaths().addPathItem("/api/v1/things", OASFactory.createPathItem()
                .POST(OASFactory.createOperation().responses(responses().addAPIResponse("201", response("Created")))));

        new ProblemResponsesFilter(Index.of(ThingWrites.class)).filterOpenAPI(document);

        APIResponses write = responses(document, THING_WRITES + "renamings", PathItem.HttpMethod.POST);
        assertThat(write.getAPIResponses()).containsOnlyKeys("200", "412", "404", "429", "503");
        assertThat(write.getAPIResponse("412").getDescription()).isEqualTo("Reload it first");
        assertThat(write.getAPIResponse("404").getDescription()).isEqualTo("No such thing");
        assertThat(write.getAPIResponse("404").getContent().getMediaType(Problem.MEDIA_TYPE)).isNotNull();
        assertThat(responses(document, THING_WRITES + "history", PathItem.HttpMethod.GET).getAPIResponses())
                .containsOnlyKeys("200", "503");
        assertThat(responses(document, "/api/v1/things", PathItem.HttpMethod.POST).getAPIResponses())
                .containsOnlyKeys("201", "429", "503");
    }

    @Test
    void theProblemSchemaNamesEveryFieldOfTheRecordAndTheSchemasStayInNameOrder() {
        OpenAPI document = document("/api/v1/plans/{planId}", PathItem.HttpMethod.GET,
                responses().addAPIResponse("404", response("No such plan")));
        document.components(OASFactory.createComponents()
                .addSchema("Zone", OASFactory.createSchema()).addSchema("Actor", OASFactory.createSchema()));

        new ProblemResponsesFilter().filterOpenAPI(document);

        assertThat(document.getComponents().getSchemas().keySet())
                .containsExactly("Actor", "FieldError", "Problem", "Zone");
        assertThat(document.getComponents().getSchemas().get("Problem").getProperties().keySet())
                .containsExactlyElementsOf(names(Problem.class));
        assertThat(document.getComponents().getSchemas().get("FieldError").getProperties().keySet())
                .containsExactlyElementsOf(names(Problem.FieldError.class));
        Schema errors = document.getComponents().getSchemas().get("Problem").getProperties().get("errors");
        assertThat(errors.getItems().getRef()).isEqualTo("#/components/schemas/FieldError");
    }

    private static OpenAPI document(String path, PathItem.HttpMethod method, APIResponses responses) {
        Operation operation = OASFactory.createOperation().responses(responses);
        PathItem item = OASFactory.createPathItem();
        item.setOperation(method, operation);
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem(path, item));
    }

    private static APIResponses responses() {
        return OASFactory.createAPIResponses();
    }

    private static APIResponse response(String description) {
        return OASFactory.createAPIResponse().description(description);
    }

    private static APIResponses responses(OpenAPI document, String path, PathItem.HttpMethod method) {
        return document.getPaths().getPathItem(path).getOperations().get(method).getResponses();
    }

    private static java.util.List<String> names(Class<? extends Record> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
