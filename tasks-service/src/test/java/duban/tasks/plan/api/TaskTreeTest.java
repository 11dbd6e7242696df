package duban.tasks.plan.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import duban.tasks.task.command.CreateTask;
import duban.tasks.task.command.ReviseTask;
import duban.tasks.task.command.SuspendTask;
import duban.tasks.unit.api.Directory;
import duban.testing.identity.As;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The task tree of a plan: its shape, the notice's order, units by id and name, and as-of reads. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class TaskTreeTest {

    @Inject
    CommandGateway gateway;

    String planId;
    String science;
    String scienceName;
    String hongqi;
    String hongqiName;
    final Map<String, String> ids = new HashMap<>();

    @BeforeEach
    void registerPlanAndUnits() {
        planId = PlanResourceTest.register("新乡市2017年科技创新工作方案").path("id");
        scienceName = Directory.fresh("市科技局");
        science = Directory.register(scienceName, "CITY_DEPARTMENT");
        hongqiName = Directory.fresh("红旗区");
        hongqi = Directory.register(hongqiName, "DISTRICT");
    }

    /** Tasks are created through the command side: this test is about the read, not about creating tasks. */
    void task(String code, String parentCode, List<String> leads, List<String> cos) {
        String id = UUID.randomUUID().toString();
        gateway.sendAndWait(new CreateTask(id, planId, parentCode == null ? null : ids.get(parentCode), code,
                "任务 " + code, null, leads, cos, null));
        ids.put(code, id);
    }

    @Test
    void theTreeFollowsTheNoticesNumberingAtEveryLevel() {
        // created out of order, parents first
        task("十", null, List.of(), List.of());
        task("二", null, List.of(), List.of());
        task("一", null, List.of(), List.of());
        task("十一", null, List.of(), List.of());
        task("九", null, List.of(), List.of());
        task("二.(二)", "二", List.of(), List.of());
        task("二.(一)", "二", List.of(), List.of());
        task("二.(一).10", "二.(一)", List.of(science), List.of());
        task("二.(一).2", "二.(一)", List.of(), List.of());
        task("二.(一).1", "二.(一)", List.of(science), List.of(hongqi));
        task("二.(一).2.(10)", "二.(一).2", List.of(science), List.of());
        task("二.(一).2.(2)", "二.(一).2", List.of(science), List.of());
        task("二.(一).2.(1)", "二.(一).2", List.of(science, hongqi), List.of());

        As.auditor().get("/api/v1/plans/" + planId + "/tasks").then().statusCode(200)
                .body("code", contains("一", "二", "九", "十", "十一"))
                .body("[1].children.code", contains("二.(一)", "二.(二)"))
                .body("[1].children[0].children.code", contains("二.(一).1", "二.(一).2", "二.(一).10"))
                .body("[1].children[0].children[1].children.code",
                        contains("二.(一).2.(1)", "二.(一).2.(2)", "二.(一).2.(10)"))
                .body("[1].children[0].children[0].id", equalTo(ids.get("二.(一).1")))
                .body("[1].children[0].children[0].title", equalTo("任务 二.(一).1"))
                .body("[1].children[0].children[0].status", equalTo("OPEN"))
                .body("[1].children[0].children[0].leadUnits.id", contains(science))
                .body("[1].children[0].children[0].leadUnits.name", contains(scienceName))
                .body("[1].children[0].children[0].coUnits.name", contains(hongqiName))
                .body("[1].children[0].children[1].children[0].leadUnits.name", contains(scienceName, hongqiName))
                .body("[0].children", hasSize(0));
    }

    @Test
    void asOfShowsTheTreeBeforeLaterTasksAndChanges() throws InterruptedException {
        task("一", null, List.of(), List.of());
        task("一.(一)", "一", List.of(science), List.of());
        Thread.sleep(20);
        String before = OffsetDateTime.now().toString();
        Thread.sleep(20);
        task("一.(二)", "一", List.of(hongqi), List.of());
        gateway.sendAndWait(new ReviseTask(ids.get("一.(一)"), null, "加快发展高新技术企业", null, null, "措辞"));
        gateway.sendAndWait(new SuspendTask(ids.get("一.(一)"), null, "暂缓"));

        As.auditor().get("/api/v1/plans/" + planId + "/tasks").then().statusCode(200)
                .body("[0].children.code", contains("一.(一)", "一.(二)"))
                .body("[0].children[0].title", equalTo("加快发展高新技术企业"))
                .body("[0].children[0].status", equalTo("SUSPENDED"));
        As.auditor().queryParam("asOf", before).get("/api/v1/plans/" + planId + "/tasks").then().statusCode(200)
                .body("[0].children.code", contains("一.(一)"))
                .body("[0].children[0].title", equalTo("任务 一.(一)"))
                .body("[0].children[0].status", equalTo("OPEN"));
    }

    @Test
    void aPlanWithoutTasksHasAnEmptyTreeAndAnUnknownPlanIsNotFound() {
        As.auditor().get("/api/v1/plans/" + planId + "/tasks").then().statusCode(200).body("$", hasSize(0));
        As.auditor().get("/api/v1/plans/" + UUID.randomUUID() + "/tasks").then().statusCode(404)
                .body("type", equalTo("urn:duban:problem:not-found"));
        As.auditor().queryParam("asOf", "2000-01-01T00:00:00+08:00").get("/api/v1/plans/" + planId + "/tasks")
                .then().statusCode(404);
        As.auditor().queryParam("asOf", "someday").get("/api/v1/plans/" + planId + "/tasks")
                .then().statusCode(400).body("type", equalTo("urn:duban:problem:invalid-instant"));
    }
}
