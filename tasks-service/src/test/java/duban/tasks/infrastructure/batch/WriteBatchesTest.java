package duban.tasks.infrastructure.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static duban.tasks.infrastructure.batch.TaskWrites.FINANCE;
import static duban.tasks.infrastructure.batch.TaskWrites.SCIENCE;
import static duban.tasks.infrastructure.batch.TaskWrites.newTask;
import static duban.tasks.infrastructure.batch.TaskWrites.report;
import static duban.tasks.infrastructure.batch.TaskWrites.version;
import static org.awaitility.Awaitility.await;

import duban.tasks.RegisteredUnits;
import duban.tasks.eventstore.EventTable;
import duban.testing.identity.As;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
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
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Group commit seen from the API: writes sent while a batch is committing are committed together, each answered as
 * if it had run alone. Each test holds the running batch open until its writes wait behind it, so that they form one
 * batch whatever the machine's speed.
 */
@QuarkusTest
@TestProfile(OneLane.class)
class WriteBatchesTest {

    @Inject
    WriteBatches batches;

    @Inject
    MeterRegistry meters;

    @Inject
    AgroalDataSource dataSource;

    private final ExecutorService clients = Executors.newFixedThreadPool(24);

    @BeforeEach
    void registerUnits() {
        RegisteredUnits.ensure(SCIENCE, FINANCE);
    }

    @AfterEach
    void stopClients() {
        clients.shutdownNow();
    }

    @Test
    void writesSentWhileABatchRunsAreCommittedTogetherAndEachGetsItsOwnAnswer() throws Exception {
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            tasks.add(newTask(SCIENCE));
        }
        Figures before = figures();

        List<Future<Response>> answers = lineUp(tasks.stream().<Supplier<Response>>map(task ->
                () -> report(task, SCIENCE, "成批-" + task, "key-" + UUID.randomUUID(), null)).toList());

        for (int i = 0; i < tasks.size(); i++) {
            Response answer = answers.get(i).get(30, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(201);
            assertThat(answer.header("ETag")).isEqualTo("\"1\"");
        }
        Figures after = figures();
        // The batches that held the lanes (one write each), then the twelve together.
        assertThat(after.batches - before.batches).isEqualTo(batches.lanes() + 1);
        assertThat(after.committed - before.committed).isEqualTo(batches.lanes() + 12);
        assertThat(after.rolledBack - before.rolledBack).isZero();
        // One statement claimed the twelve keys, one appended the twelve reports' events.
        assertThat(after.claims - before.claims).isEqualTo(1);
        assertThat(after.keysClaimed - before.keysClaimed).isEqualTo(12);
        assertThat(after.appends - before.appends).isEqualTo(1);
        assertThat(after.eventsAppended - before.eventsAppended).isGreaterThanOrEqualTo(12);
        for (String task : tasks) {
            assertThat(version(task)).isEqualTo("\"1\"");
        }
    }

    @Test
    void anAppendTheBatchSharedThatFailsIsRunAgainWriteByWriteAndFailsOnlyTheWriteItBelongsTo() throws Exception {
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tasks.add(newTask(SCIENCE));
        }
        // The store refuses one report's event, as it would refuse a sequence number another replica took: the
        // batch's shared append fails at its end, when no write is running.
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("""
                    CREATE OR REPLACE FUNCTION test_refuse_marked_event() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        IF NEW.payload LIKE '%拒收标记%' THEN
                            RAISE EXCEPTION 'refused for the test: %', NEW.event_identifier;
                        END IF;
                        RETURN NEW;
                    END $$""");
            sql.execute("CREATE TRIGGER test_refuse_marked_event BEFORE INSERT ON " + EventTable.NAME
                    + " FOR EACH ROW EXECUTE FUNCTION test_refuse_marked_event()");
        }
        try {
            Figures before = figures();
            List<Future<Response>> answers = lineUp(tasks.stream().<Supplier<Response>>map(task -> {
                int i = tasks.indexOf(task);
                return () -> report(task, SCIENCE, i == 4 ? "拒收标记" : "成批-" + i, "key-" + UUID.randomUUID(), null);
            }).toList());

            for (int i = 0; i < tasks.size(); i++) {
                Response answer = answers.get(i).get(30, TimeUnit.SECONDS);
                if (i == 4) {
                    assertThat(answer.statusCode()).as(answer.asString()).isGreaterThanOrEqualTo(400);
                    assertThat(answer.contentType()).startsWith("application/problem+json");
                    assertThat(version(tasks.get(i))).isEqualTo("\"0\"");
                } else {
                    assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(201);
                    assertThat(version(tasks.get(i))).isEqualTo("\"1\"");
                }
            }
            Figures after = figures();
            assertThat(after.unshared - before.unshared).isEqualTo(1);
            assertThat(after.runAlone - before.runAlone).isZero();
            assertThat(after.committed - before.committed).as("the holders and the five good writes")
                    .isEqualTo(batches.lanes() + 5);
        } finally {
            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
                sql.execute("DROP TRIGGER test_refuse_marked_event ON " + EventTable.NAME);
                sql.execute("DROP FUNCTION test_refuse_marked_event()");
            }
        }
    }

    @Test
    void aRefusedWriteIsHeldOutOfItsBatchAndAnsweredOnceTheOthersCommitted() throws Exception {
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tasks.add(newTask(SCIENCE));
        }
        Figures before = figures();

        // Writes 3 and 7 name a version their tasks never had.
        List<Future<Response>> answers = lineUp(tasks.stream().<Supplier<Response>>map(task -> {
            int i = tasks.indexOf(task);
            String ifMatch = i == 3 || i == 7 ? "\"5\"" : null;
            return () -> report(task, SCIENCE, "成批-" + i, "key-" + UUID.randomUUID(), ifMatch);
        }).toList());

        for (int i = 0; i < tasks.size(); i++) {
            Response answer = answers.get(i).get(30, TimeUnit.SECONDS);
            if (i == 3 || i == 7) {
                assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(412);
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(version(tasks.get(i))).isEqualTo("\"0\"");
            } else {
                assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(201);
                assertThat(version(tasks.get(i))).isEqualTo("\"1\"");
            }
        }
        Figures after = figures();
        // Each refusal rolled the batch back once; neither refused write ran again.
        assertThat(after.rolledBack - before.rolledBack).isEqualTo(2);
        assertThat(after.runAlone - before.runAlone).isZero();
        assertThat(after.committed - before.committed).as("the holders and the eight good writes")
                .isEqualTo(batches.lanes() + 8);
    }

    @Test
    void twoWritesOnOneTaskInOneBatchRunInOrderOfArrivalAndTheSecondSeesTheFirst() throws Exception {
        String task = newTask(SCIENCE, FINANCE);
        String read = version(task);
        long at = Long.parseLong(read.replace("\"", ""));
        Figures before = figures();

        // Both read the same version: the first changes it, so the second is refused as if it had come a moment later.
        List<Future<Response>> answers = lineUp(List.of(
                () -> report(task, SCIENCE, "先到", "key-" + UUID.randomUUID(), read),
                () -> report(task, FINANCE, "后到", "key-" + UUID.randomUUID(), read)));

        Response first = answers.get(0).get(30, TimeUnit.SECONDS);
        Response second = answers.get(1).get(30, TimeUnit.SECONDS);
        assertThat(first.statusCode()).as(first.asString()).isEqualTo(201);
        assertThat(second.statusCode()).as(second.asString()).isEqualTo(412);
        assertThat(version(task)).isEqualTo("\"" + (at + 1) + "\"");
        assertThat(figures().rolledBack - before.rolledBack).isEqualTo(1);

        // Without If-Match both are stored, in order, one version apart.
        String other = newTask(SCIENCE, FINANCE);
        long otherAt = Long.parseLong(version(other).replace("\"", ""));
        Figures beforeBoth = figures();
        answers = lineUp(List.of(
                () -> report(other, SCIENCE, "先报", "key-" + UUID.randomUUID(), null),
                () -> report(other, FINANCE, "后报", "key-" + UUID.randomUUID(), null)));
        assertThat(answers.get(0).get(30, TimeUnit.SECONDS).header("ETag")).isEqualTo("\"" + (otherAt + 1) + "\"");
        assertThat(answers.get(1).get(30, TimeUnit.SECONDS).header("ETag")).isEqualTo("\"" + (otherAt + 2) + "\"");
        // The second read the task from the store, which appended the first's held event before it; its own at the end.
        assertThat(figures().appends - beforeBoth.appends).isEqualTo(2);

        // The batch chained its events in the order it stored them.
        List<Map<String, Object>> history = As.auditor().get("/api/v1/tasks/" + other + "/history").then()
                .statusCode(200).extract().jsonPath().getList("$");
        for (int i = 1; i < history.size(); i++) {
            assertThat(((Number) history.get(i).get("sequence")).longValue()).isEqualTo(i);
            assertThat(history.get(i).get("prevHash")).isEqualTo(history.get(i - 1).get("hash"));
        }
        List<String> texts = history.stream().map(event -> (String) ((Map<?, ?>) event.get("data")).get("text")).toList();
        assertThat(texts).containsSubsequence(List.of("先报", "后报"));
    }

    @Test
    void oneIdempotencyKeySentTwiceInOneBatchIsStoredOnceAndAnsweredTwiceAlike() throws Exception {
        String task = newTask(SCIENCE);
        String key = "key-" + UUID.randomUUID();

        List<Future<Response>> answers = lineUp(List.of(
                () -> report(task, SCIENCE, "重发", key, null),
                () -> report(task, SCIENCE, "重发", key, null)));

        Response first = answers.get(0).get(30, TimeUnit.SECONDS);
        Response again = answers.get(1).get(30, TimeUnit.SECONDS);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(version(task)).isEqualTo("\"1\"");
    }

    /**
     * Holds a batch open in every lane, sends {@code writes} one after the other (each waiting in the queue before the
     * next is sent, so their order of arrival is known), then lets one lane finish, which gives all of them to the
     * next batch at once, and then the others.
     */
    private List<Future<Response>> lineUp(List<Supplier<Response>> writes) throws Exception {
        List<CountDownLatch> releases = new ArrayList<>();
        List<Future<Object>> holders = new ArrayList<>();
        for (int lane = 0; lane < batches.lanes(); lane++) {
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            releases.add(release);
            holders.add(clients.submit(() -> batches.run(() -> {
                holding.countDown();
                release.await();
                return null;
            }, failure -> false)));
            assertThat(holding.await(20, TimeUnit.SECONDS)).isTrue();
        }
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (Supplier<Response> write : writes) {
                int waiting = batches.waiting();
                answers.add(clients.submit(write::get));
                await().atMost(Duration.ofSeconds(20)).until(() -> batches.waiting() == waiting + 1);
            }
        } finally {
            for (int lane = 0; lane < releases.size(); lane++) {
                releases.get(lane).countDown();
                holders.get(lane).get(30, TimeUnit.SECONDS);
            }
        }
        return answers;
    }

    private record Figures(long batches, double committed, double rolledBack, double runAlone, double unshared,
                           long claims, double keysClaimed, long appends, double eventsAppended) {
    }

    private Figures figures() {
        var sizes = meters.get("duban.writes.batch.commands").summary();
        var claims = meters.get("duban.writes.batch.keys-claimed").summary();
        var appends = meters.get("duban.writes.batch.events-appended").summary();
        return new Figures(sizes.count(), sizes.totalAmount(),
                meters.get("duban.writes.batch.rolled-back").counter().count(),
                meters.get("duban.writes.batch.run-alone").counter().count(),
                meters.get("duban.writes.batch.unshared").counter().count(),
                claims.count(), claims.totalAmount(), appends.count(), appends.totalAmount());
    }
}
