package duban.tasks.task.api;

import static duban.tasks.task.api.TaskFixture.PROBLEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import duban.testing.identity.As;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Revising, reassigning, urging, suspending, resuming and cancelling a task. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class TaskLifecycleResourceTest {

    @Test
    void aRevisionChangesTheWordingAndMustChangeSomething() {
        TaskFixture task = TaskFixture.create();

        task.supervisor("revisions", "{\"title\":\"加快培育高新技术企业\",\"reason\":\"按会议意见修改\"}", 200);
        task.supervisor("revisions", "{\"title\":\"加快培育高新技术企业\"}", 422)
                .body("type", equalTo("urn:duban:problem:no-change"));

        task.read().body("title", equalTo("加快培育高新技术企业")).body("version", equalTo(1));
    }

    @Test
    void reassignedUnitsAreResolvedAndShown() {
        TaskFixture task = TaskFixture.create();

        task.supervisor("unit-assignments", "{\"leadUnitIds\":[\"市科技\"],\"coUnitIds\":[\"红旗区\"]}", 422)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:unknown-unit"))
                .body("errors[0].field", equalTo("leadUnitIds[0]"))
                .body("errors[0].message", containsString("close matches: 市科技局"));
        task.supervisor("unit-assignments", "{\"leadUnitIds\":[\"市科技局\"],\"coUnitIds\":[\"市科技局\"]}", 422)
                .body("type", equalTo("urn:duban:problem:unit-listed-twice"));
        task.supervisor("unit-assignments", "{\"leadUnitIds\":[\"市科技局\"],\"coUnitIds\":[\"牧野区\",\"红旗区\"]}", 200);

        task.read().body("leadUnitIds", equalTo(List.of(TaskFixture.unit("市科技局"))))
                .body("coUnitIds", equalTo(List.of(TaskFixture.unit("牧野区"), TaskFixture.unit("红旗区"))));
    }

    @Test
    void urgedUnitsMustBeOnTheTaskAndTheUrgeIsShown() {
        TaskFixture task = TaskFixture.create();

        task.supervisor("urges", "{\"unitIds\":[\"牧野区\"]}", 422)
                .body("type", equalTo("urn:duban:problem:unit-not-on-task"));
        task.supervisor("urges", "{\"unitIds\":[\"红旗\"]}", 422)
                .body("type", equalTo("urn:duban:problem:unknown-unit"))
                .body("errors[0].message", containsString("红旗区"));
        task.supervisor("urges", "{\"unitIds\":[\"红旗区\",\"市财政局\"],\"message\":\"请于20日前报送\"}", 201);

        task.read().body("urges", hasSize(1))
                .body("urges[0].unitIds", equalTo(List.of(TaskFixture.unit("红旗区"), TaskFixture.unit("市财政局"))))
                .body("urges[0].message", equalTo("请于20日前报送"));
    }

    @Test
    void aSuspendedTaskTakesNoUrgeUntilResumed() {
        TaskFixture task = TaskFixture.create();
        task.supervisor("resumption", "{}", 409).body("type", equalTo("urn:duban:problem:task-not-suspended"));

        task.suspended();
        task.read().body("status", equalTo("SUSPENDED"));
        task.supervisor("urges", "{\"unitIds\":[\"红旗区\"]}", 409)
                .body("type", equalTo("urn:duban:problem:task-suspended"));
        task.supervisor("suspension", "{\"reason\":\"再次暂缓\"}", 409)
                .body("type", equalTo("urn:duban:problem:task-suspended"));

        task.supervisor("resumption", "", 200);
        task.read().body("status", equalTo("OPEN"));
        task.supervisor("urges", "{\"unitIds\":[\"红旗区\"]}", 201);
    }

    @Test
    void aCancelledTaskIsShownCancelledForGood() {
        TaskFixture task = TaskFixture.create().cancelled();

        task.read().body("status", equalTo("CANCELLED"));
        task.supervisor("resumption", "{}", 409).body("type", equalTo("urn:duban:problem:task-closed"));
    }

    @Test
    void ofTwoWritesWithTheSameIfMatchExactlyOneWins() throws Exception {
        TaskFixture task = TaskFixture.create();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> writes = List.of("请按时报送", "请加快进度").stream()
                .map(message -> CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return task.post(As.supervisor(), "urges",
                            "{\"unitIds\":[\"红旗区\"],\"message\":\"" + message + "\"}", 0L).extract().statusCode();
                }))
                .toList();
        start.countDown();

        List<Integer> statuses = writes.stream().map(CompletableFuture::join).sorted().toList();
        assertThat(statuses).containsExactly(201, 412);
        task.read().body("version", equalTo(1)).body("urges", hasSize(1));
    }

    /**
     * Found by the fault suite: a write with an Idempotency-Key runs in the transaction that holds its key, so its task's
     * lock was free before it committed, and a second write on the task could read the old version and then find its
     * next sequence number taken (409). Such a loser is now run again; every write is stored, one after the other.
     */
    @Test
    void concurrentKeyedWritesOnOneTaskAreAllStoredOneAfterTheOther() {
        TaskFixture task = TaskFixture.create();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(12);
        try {
            List<CompletableFuture<Integer>> writes = IntStream.range(0, 12)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        awaitQuietly(start);
                        return As.supervisor().header("Idempotency-Key", UUID.randomUUID().toString())
                                .contentType("application/json")
                                .body("{\"unitIds\":[\"红旗区\"],\"message\":\"第" + i + "次催办\"}")
                                .post("/api/v1/tasks/" + task.id + "/urges").then().extract().statusCode();
                    }, clients)).toList();
            start.countDown();
            assertThat(writes.stream().map(CompletableFuture::join).toList()).containsOnly(201);
        } finally {
            clients.shutdownNow();
        }
        task.read().body("version", equalTo(12)).body("urges", hasSize(12));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
