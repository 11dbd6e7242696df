package duban.tasks.infrastructure.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static duban.tasks.infrastructure.batch.TaskWrites.FINANCE;
import static duban.tasks.infrastructure.batch.TaskWrites.SCIENCE;
import static duban.tasks.infrastructure.batch.TaskWrites.createTask;
import static duban.tasks.infrastructure.batch.TaskWrites.newTask;
import static duban.tasks.infrastructure.batch.TaskWrites.report;
import static duban.tasks.infrastructure.batch.TaskWrites.version;
import static org.awaitility.Awaitility.await;

import duban.tasks.RegisteredUnits;
import duban.testing.identity.As;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two batches at once: every write on one task runs in that task's lane, so writes on one task never wait for each
 * other across lanes; a write that names no task runs while no lane does.
 */
@QuarkusTest
class TwoLanesTest {

    @Inject
    WriteBatches batches;

    private final ExecutorService clients = Executors.newFixedThreadPool(32);

    @BeforeEach
    void registerUnits() {
        RegisteredUnits.ensure(SCIENCE, FINANCE);
    }

    @AfterEach
    void stopClients() {
        clients.shutdownNow();
    }

    /**
     * The load that made two unrouted lanes wait for each other: many writes (urges) on the same two tasks at once, so
     * that both lanes' batches would hold writes on each task. Routed, all are stored, one version apart.
     */
    @Test
    void manyWritesOnTheSameTasksAtOnceAreAllStoredInTheirTasksLanes() throws Exception {
        assertThat(batches.lanes()).as("the configured lanes (duban.writes.group-commit.lanes)").isEqualTo(2);
        String first = newTask(SCIENCE, FINANCE);
        String second = newTask(SCIENCE, FINANCE);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String task = i % 2 == 0 ? first : second;
            String unit = i % 4 < 2 ? SCIENCE : FINANCE;
            int n = i;
            answers.add(clients.submit(() -> urge(task, unit, "请尽快报送-" + n)));
            if (i % 30 == 29) {
                // Writes naming no task in between: they wait for both lanes and the writes after them wait for them.
                answers.add(clients.submit(() -> createTask(SCIENCE)));
            }
        }
        for (Future<Response> answer : answers) {
            Response response = answer.get(60, TimeUnit.SECONDS);
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        }
        assertThat(version(first)).isEqualTo("\"60\"");
        assertThat(version(second)).isEqualTo("\"60\"");
        for (String task : List.of(first, second)) {
            List<Map<String, Object>> history = As.auditor().get("/api/v1/tasks/" + task + "/history").then()
                    .statusCode(200).extract().jsonPath().getList("$");
            assertThat(history).hasSize(61);
            for (int i = 1; i < history.size(); i++) {
                assertThat(((Number) history.get(i).get("sequence")).longValue()).isEqualTo(i);
                assertThat(history.get(i).get("prevHash")).isEqualTo(history.get(i - 1).get("hash"));
            }
        }
    }

    @Test
    void aBatchHeldInOneLaneHoldsUpOnlyTheWritesOfItsOwnTasks() throws Exception {
        assertThat(batches.lanes()).isEqualTo(2);
        String inLaneZero = taskInLane(0);
        String inLaneOne = taskInLane(1);
        Holder zero = hold(0);
        try {
            Future<Response> sameLane = clients.submit(() -> scienceReports(inLaneZero, "等待"));
            await().atMost(Duration.ofSeconds(20)).until(() -> batches.waiting() == 1);

            // The other lane is free: its task's write is stored and answered while lane 0 is still held.
            Response otherLane = clients.submit(() -> scienceReports(inLaneOne, "另一车道")).get(30, TimeUnit.SECONDS);
            assertThat(otherLane.statusCode()).as(otherLane.asString()).isEqualTo(201);
            assertThat(sameLane.isDone()).isFalse();
            assertThat(batches.waiting()).isEqualTo(1);

            zero.release();
            Response released = sameLane.get(30, TimeUnit.SECONDS);
            assertThat(released.statusCode()).as(released.asString()).isEqualTo(201);
        } finally {
            zero.release();
        }
    }

    @Test
    void aWriteNamingNoTaskWaitsForEveryLaneAndTheWritesAfterItWaitForIt() throws Exception {
        assertThat(batches.lanes()).isEqualTo(2);
        String inLaneZero = taskInLane(0);
        Holder zero = hold(0);
        Holder one = hold(1);
        try {
            Future<Response> unrouted = clients.submit(() -> createTask(SCIENCE));
            await().atMost(Duration.ofSeconds(20)).until(() -> batches.waiting() == 1);

            // Lane 0 is free again, but the write naming no task waits for lane 1, and lane 0's next write behind it.
            zero.release();
            Future<Response> after = clients.submit(() -> scienceReports(inLaneZero, "排在后面"));
            await().atMost(Duration.ofSeconds(20)).until(() -> batches.waiting() == 2);
            assertThat(unrouted.isDone()).isFalse();
            assertThat(after.isDone()).isFalse();

            one.release();
            Response created = unrouted.get(30, TimeUnit.SECONDS);
            assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
            Response reported = after.get(30, TimeUnit.SECONDS);
            assertThat(reported.statusCode()).as(reported.asString()).isEqualTo(201);
        } finally {
            zero.release();
            one.release();
        }
    }

    /** Holds a batch open in lane {@code lane} until released. */
    private Holder hold(int lane) throws Exception {
        String route = IntStream.iterate(0, i -> i + 1).mapToObj(i -> "holder-" + i)
                .filter(candidate -> batches.laneNumber(candidate) == lane).findFirst().orElseThrow();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<Object> held = clients.submit(() -> batches.run(() -> {
            holding.countDown();
            release.await();
            return null;
        }, failure -> false, null, route));
        assertThat(holding.await(20, TimeUnit.SECONDS)).isTrue();
        return new Holder(release, held);
    }

    private record Holder(CountDownLatch latch, Future<Object> held) {
        void release() throws Exception {
            latch.countDown();
            held.get(30, TimeUnit.SECONDS);
        }
    }

    private String taskInLane(int lane) {
        while (true) {
            String task = newTask(SCIENCE);
            if (batches.laneNumber(task) == lane) {
                return task;
            }
        }
    }

    private static Response scienceReports(String task, String text) {
        return report(task, SCIENCE, text, "key-" + UUID.randomUUID(), null);
    }

    private static Response urge(String task, String unit, String message) {
        return As.supervisor().contentType(ContentType.JSON)
                .header("Idempotency-Key", "key-" + UUID.randomUUID())
                .body(Map.of("unitIds", List.of(RegisteredUnits.id(unit)), "message", message))
                .post("/api/v1/tasks/" + task + "/urges");
    }
}
