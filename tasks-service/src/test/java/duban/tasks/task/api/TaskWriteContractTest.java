package duban.tasks.task.api;

import static duban.tasks.task.api.TaskFixture.PROBLEM;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;

import duban.testing.identity.As;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every write to an existing task promises, checked on each endpoint: success with the new version as
 * ETag, 400 listing each invalid field, 404 for an unknown task, 409 once the task is closed, 412 for a stale
 * If-Match, an idempotent replay that appends nothing, and 422 for a key reused with another body.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class TaskWriteContractTest {

    private static final String LONG_NOTE = "{\"note\":\"" + "长".repeat(2001) + "\"}";

    /**
     * One endpoint: the state it needs, its caller (a unit's name, or null for the supervisor), a body it
     * accepts, another it accepts, and a body it refuses with the fields it names.
     */
    record Endpoint(String path, UnaryOperator<TaskFixture> prepare, String caller, int status, String body,
                    String otherBody, String invalidBody, List<String> invalidFields) {

        RequestSpecification as() {
            return caller == null ? As.supervisor() : As.unit(TaskFixture.unit(caller));
        }

        @Override
        public String toString() {
            return path;
        }
    }

    static Stream<Endpoint> endpoints() {
        UnaryOperator<TaskFixture> fresh = task -> task;
        return Stream.of(
                new Endpoint("revisions", fresh, null, 200, "{\"title\":\"加快培育高新技术企业\"}",
                        "{\"text\":\"建立高新技术企业后备库\"}", "{\"title\":\"\"}", List.of("title")),
                new Endpoint("unit-assignments", fresh, null, 200,
                        "{\"leadUnitIds\":[\"市科技局\"],\"coUnitIds\":[\"红旗区\",\"牧野区\"]}",
                        "{\"leadUnitIds\":[\"市科技局\"]}", "{\"leadUnitIds\":[]}", List.of("leadUnitIds")),
                new Endpoint("milestones", fresh, null, 201, "{\"dueOn\":\"2017-12-31\",\"description\":\"完成认定\"}",
                        "{\"dueOn\":\"2017-11-30\",\"description\":\"完成推荐\"}", "{}", List.of("dueOn", "description")),
                new Endpoint("milestones/m1/reschedulings", TaskFixture::withMilestone, null, 200,
                        "{\"dueOn\":\"2018-01-15\",\"reason\":\"认定批次推迟\"}",
                        "{\"dueOn\":\"2018-01-20\",\"reason\":\"认定批次推迟\"}", "{}", List.of("dueOn", "reason")),
                new Endpoint("milestones/m1/completion", TaskFixture::withMilestone, null, 200,
                        "{\"completedOn\":\"2017-12-20\"}", "{\"completedOn\":\"2017-12-21\"}", "{}",
                        List.of("completedOn")),
                new Endpoint("targets", fresh, null, 201,
                        "{\"measureWord\":\"家\",\"total\":30,\"allocations\":[{\"unit\":\"红旗区\",\"min\":30}]}",
                        "{\"measureWord\":\"个\",\"total\":3}", "{\"total\":-1}", List.of("measureWord", "total")),
                new Endpoint("reports", fresh, "市科技局", 201, "{\"unitId\":\"市科技局\",\"text\":\"进展\"}",
                        "{\"unitId\":\"市科技局\",\"text\":\"另一份进展\"}", "{\"text\":\"\"}", List.of("text", "unitId")),
                new Endpoint("reports/r1/corrections", TaskFixture::withReport, "市科技局", 201,
                        "{\"unitId\":\"市科技局\",\"text\":\"更正后的进展\",\"reason\":\"填报有误\"}",
                        "{\"unitId\":\"市科技局\",\"text\":\"另一更正\",\"reason\":\"填报有误\"}", "{}",
                        List.of("reason", "text", "unitId")),
                new Endpoint("completion-requests", fresh, "市科技局", 201, "{\"unitId\":\"市科技局\"}",
                        "{\"unitId\":\"市科技局\",\"note\":\"申请销号\"}", "{}", List.of("unitId")),
                new Endpoint("completion-requests/approval", task -> task.withMilestone().withCompletionRequest(),
                        null, 200, "{\"waivedMilestoneIds\":[\"m1\"]}",
                        "{\"waivedMilestoneIds\":[\"m1\"],\"note\":\"同意\"}", LONG_NOTE, List.of("note")),
                new Endpoint("completion-requests/rejection", TaskFixture::withCompletionRequest, null, 200,
                        "{\"reason\":\"材料不全\"}", "{\"reason\":\"佐证不足\"}", "{}", List.of("reason")),
                new Endpoint("extension-requests", TaskFixture::withMilestone, "红旗区", 201,
                        "{\"milestoneId\":\"m1\",\"unitId\":\"红旗区\",\"requestedDueOn\":\"2018-01-31\",\"reason\":\"推迟\"}",
                        "{\"milestoneId\":\"m1\",\"unitId\":\"红旗区\",\"requestedDueOn\":\"2018-02-28\",\"reason\":\"推迟\"}",
                        "{}", List.of("milestoneId", "reason", "requestedDueOn", "unitId")),
                new Endpoint("extension-requests/x1/grant", task -> task.withMilestone().withExtensionRequest(), null,
                        200, "{\"note\":\"同意\"}", "{\"dueOn\":\"2018-01-20\"}", LONG_NOTE, List.of("note")),
                new Endpoint("extension-requests/x1/denial", task -> task.withMilestone().withExtensionRequest(), null,
                        200, "{\"reason\":\"理由不充分\"}", "{\"reason\":\"不予延期\"}", "{}", List.of("reason")),
                new Endpoint("urges", fresh, null, 201, "{\"unitIds\":[\"红旗区\"],\"message\":\"请按时报送\"}",
                        "{\"unitIds\":[\"市科技局\"]}", "{\"unitIds\":[]}", List.of("unitIds")),
                new Endpoint("suspension", fresh, null, 200, "{\"reason\":\"暂缓实施\"}", "{\"reason\":\"另议\"}", "{}",
                        List.of("reason")),
                new Endpoint("resumption", TaskFixture::suspended, null, 200, "{\"note\":\"恢复\"}", "{}", LONG_NOTE,
                        List.of("note")),
                new Endpoint("cancellation", fresh, null, 200, "{\"reason\":\"任务撤销\"}", "{\"reason\":\"并入他项\"}",
                        "{}", List.of("reason")));
    }

    private static TaskFixture prepared(Endpoint endpoint) {
        return endpoint.prepare().apply(TaskFixture.create());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void succeedsAnsweringTheNewVersionAsETag(Endpoint endpoint) {
        TaskFixture task = prepared(endpoint);
        long before = task.version();

        ExtractableResponse<?> answer = task.post(endpoint.as(), endpoint.path(), endpoint.body(), before)
                .statusCode(endpoint.status())
                .body("taskId", equalTo(task.id))
                .body("version", greaterThan((int) before))
                .extract();

        int version = answer.path("version");
        org.assertj.core.api.Assertions.assertThat(answer.header("ETag")).isEqualTo("\"" + version + "\"");
        task.hasVersion(version);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anInvalidBodyListsEachInvalidFieldAndAppendsNothing(Endpoint endpoint) {
        TaskFixture task = prepared(endpoint);
        long before = task.version();

        task.post(endpoint.as(), endpoint.path(), endpoint.invalidBody(), null)
                .statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:validation"))
                .body("errors.field", hasItems(endpoint.invalidFields().toArray(String[]::new)));
        task.hasVersion(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anUnknownTaskIsNotFound(Endpoint endpoint) {
        TaskFixture.registerUnits();
        endpoint.as().contentType(ContentType.JSON).body(endpoint.body())
                .post("/api/v1/tasks/" + UUID.randomUUID() + "/" + endpoint.path())
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:not-found"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aClosedTaskTakesNothingMore(Endpoint endpoint) {
        TaskFixture task = prepared(endpoint).cancelled();
        long before = task.version();

        task.post(endpoint.as(), endpoint.path(), endpoint.body(), null)
                .statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:task-closed"));
        task.hasVersion(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aStaleIfMatchIsRefusedAndAppendsNothing(Endpoint endpoint) {
        TaskFixture task = prepared(endpoint);
        task.supervisor("revisions", "{\"timelineText\":\"2017年12月底前完成\"}", 200);
        long current = task.version();

        task.post(endpoint.as(), endpoint.path(), endpoint.body(), current - 1)
                .statusCode(412).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:stale-version"));
        task.hasVersion(current);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aReplayAnswersTheFirstResultAndAppendsNothing(Endpoint endpoint) {
        TaskFixture task = prepared(endpoint);
        String key = "write-" + UUID.randomUUID();
        ExtractableResponse<?> first = task.post(endpoint.as().header("Idempotency-Key", key), endpoint.path(),
                endpoint.body(), null).statusCode(endpoint.status()).extract();
        long after = task.version();

        task.post(endpoint.as().header("Idempotency-Key", key), endpoint.path(), endpoint.body(), null)
                .statusCode(endpoint.status())
                .header("Idempotent-Replayed", "true")
                .header("ETag", equalTo(first.header("ETag")))
                .body(equalTo(first.body().asString()));
        task.hasVersion(after);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aKeyReusedWithAnotherBodyIsRefused(Endpoint endpoint) {
        TaskFixture task = prepared(endpoint);
        String key = "write-" + UUID.randomUUID();
        task.post(endpoint.as().header("Idempotency-Key", key), endpoint.path(), endpoint.body(), null)
                .statusCode(endpoint.status());
        long after = task.version();

        task.post(endpoint.as().header("Idempotency-Key", key), endpoint.path(), endpoint.otherBody(), null)
                .statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:idempotency-key-reused"));
        task.hasVersion(after);
    }
}
