package duban.testing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The requests derived from a small document: every field reached through its $ref, each defect once. */
class HostileSuiteTest {

    private static final Map<String, Object> DOCUMENT = Map.of(
            "paths", Map.of("/api/v1/tasks/{taskId}/reports", Map.of("post", Map.of(
                    "parameters", List.of(Map.of("name", "taskId", "in", "path", "schema", Map.of("type", "string"))),
                    "requestBody", Map.of("content", Map.of("application/json",
                            Map.of("schema", Map.of("$ref", "#/components/schemas/Report")))),
                    "security", List.of(Map.of("bearer", List.of("unit")))))),
            "components", Map.of("schemas", Map.of(
                    "Report", Map.of("type", "object", "required", List.of("text"), "properties", Map.of(
                            "text", Map.of("type", "string", "example", "已完成"),
                            "period", Map.of("type", "string", "format", "date"),
                            "counts", Map.of("type", "array", "items", Map.of("$ref", "#/components/schemas/Count")))),
                    "Count", Map.of("type", "object", "properties", Map.of(
                            "cumulative", Map.of("type", "number", "minimum", 0))))));

    private final ApiOperation operation = new ApiDocument(DOCUMENT).operations().get(0);
    private final Map<String, HostileRequest> requests = new HostileSuite(new HostileFixture()
            .pathValue("taskId", () -> "任务 1"), () -> "unchanged").requests(operation).stream()
            .collect(Collectors.toMap(HostileRequest::kind, Function.identity()));

    @Test
    void readsTheOperationWithItsRolesAndResolvedBody() {
        assertThat(operation.key()).isEqualTo("POST /api/v1/tasks/{taskId}/reports");
        assertThat(operation.roles()).containsExactly("unit");
        assertThat(operation.jsonBody().orElseThrow().get("properties")).asString().contains("cumulative");
    }

    @Test
    void spoilsEachFieldOnceIncludingNestedOnes() {
        assertThat(requests).containsKeys("body.missing:text", "body.null:text", "body.type:counts[0].cumulative",
                "body.negative:counts[0].cumulative", "body.date:period=2017-02-30", "body.text.sql:text",
                "body.invalid-utf8:text", "body.nesting.root-arrays", "path.invalid-utf8:taskId");
        assertThat(requests.get("body.negative:counts[0].cumulative").expectation()).isEqualTo(Expectation.REFUSED);
        assertThat(new String(requests.get("body.negative:counts[0].cumulative").body(), StandardCharsets.UTF_8))
                .contains("\"counts\":[{\"cumulative\":-1}]", "\"text\":\"已完成\"");
        assertThat(new String(requests.get("body.missing:text").body(), StandardCharsets.UTF_8))
                .doesNotContain("\"text\"").contains("\"period\":\"2017-11-20\"");
    }

    @Test
    void oversizedBodiesMustBeAnsweredWith413() {
        HostileRequest huge = requests.get("body.size.10MB");

        assertThat(huge.expectation()).isEqualTo(Expectation.TOO_LARGE);
        assertThat(huge.body().length).isGreaterThan(10 * 1024 * 1024);
    }

    @Test
    void fillsPathParametersPercentEncoded() {
        assertThat(requests.get("body.text.sql:text").path()).isEqualTo("/api/v1/tasks/%E4%BB%BB%E5%8A%A1%201/reports");
        assertThat(requests.get("path.invalid-utf8:taskId").path()).isEqualTo("/api/v1/tasks/%FF%FE%C3%28%C0%AF/reports");
    }
}
