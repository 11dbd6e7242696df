package duban.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import duban.embedded.KafkaBroker;
import duban.embedded.PostgresServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped under a steady load of progress reports, then started again on its port and data folder: every
 * answer meanwhile is a 503 problem with Retry-After (never a 500), readiness says the database is away, tasks-service
 * takes writes again by itself once it is back, every report answered 2xx is stored once, a report refused with 503 and
 * sent again with its Idempotency-Key is stored once, and both consumers apply every stored event.
 */
class DatabaseOutageTest {

    private static final Path HOME = Path.of(System.getProperty("duban.home", "../..")).toAbsolutePath().normalize();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TASKS = 80;

    /** One report as sent, with its key: the client's retry sends exactly this again. */
    private record Report(String taskId, String key, String text) {
    }

    @Test
    void writesMeetA503WhileTheDatabaseIsAwayAndNothingIsLostOrHalfStored() throws Exception {
        Path data = Files.createTempDirectory("duban-outage-pg");
        int pgPort = FreePort.any();
        PostgresServer postgres = PostgresServer.builder().port(pgPort).dataDir(data).start();
        PostgresServer restarted = null;
        boolean stopped = false;
        try (KafkaBroker broker = KafkaBroker.start()) {
            LocalIdentity identity = LocalIdentity.in(Files.createTempDirectory("duban-outage-identity"));
            Path logs = Files.createTempDirectory("duban-outage-logs");
            try (Services services = Services.start(HOME, logs, postgres, broker.bootstrapServers(),
                    new Services.Ports(FreePort.any(), FreePort.any(), FreePort.any()), identity.serviceConfig(),
                    Duration.ofSeconds(120), true)) {
                String tasks = services.get(Services.TASKS).url();
                String supervisor = identity.tokens().supervisor("supervisor@outage");
                String unit = json(send(tasks + "/api/v1/units", supervisor, null,
                        "{\"name\":\"市统计局-%s\",\"category\":\"CITY_DEPARTMENT\"}".formatted(suffix()))).get("id")
                        .asText();
                List<String> taskIds = new ArrayList<>();
                for (int i = 0; i < TASKS; i++) {
                    HttpResponse<String> created = send(tasks + "/api/v1/tasks", supervisor, null, """
                            {"planId":"outage-plan","code":"一.%d","title":"统计任务%d","leadUnitIds":["%s"],
                             "timelineText":"2030年12月底前完成"}""".formatted(i + 1, i + 1, unit));
                    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                    taskIds.add(json(created).get("id").asText());
                }
                String clerk = identity.tokens().unit("clerk@outage", unit);

                Load load = new Load(tasks, clerk, unit, taskIds);
                Thread client = new Thread(load, "steady-reports");
                client.start();
                await().atMost(Duration.ofSeconds(20)).until(() -> load.stored.size() >= 5);

                postgres.close();
                stopped = true;
                long stoppedAt = System.nanoTime();
                await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                        HTTP.send(HttpRequest.newBuilder(URI.create(tasks + "/q/health/ready")).build(),
                                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(503));
                await().atMost(Duration.ofSeconds(20)).until(() -> load.unavailable.size() >= 3);
                HttpResponse<String> refused = send(tasks + "/api/v1/tasks/" + taskIds.get(TASKS - 1) + "/reports",
                        clerk, UUID.randomUUID().toString(), "{\"unitId\":\"%s\",\"text\":\"停库期间\"}".formatted(unit));
                assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
                assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
                assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(json(refused).get("type").asText()).isEqualTo("urn:duban:problem:database-unavailable");

                restarted = PostgresServer.builder().port(pgPort).dataDir(data).start();
                PostgresServer database = restarted;
                long restartedAt = System.nanoTime();
                int storedBefore = load.stored.size();
                await().atMost(Duration.ofSeconds(30)).until(() -> load.stored.size() > storedBefore);
                long recoveredMillis = (System.nanoTime() - restartedAt) / 1_000_000;
                await().atMost(Duration.ofSeconds(10)).until(() -> load.stored.size() > storedBefore + 3);
                load.running.set(false);
                client.join();

                // The client's retry: each refused report again, with its own key.
                int retried = 0;
                for (Report report : load.unavailable) {
                    HttpResponse<String> again = send(tasks + "/api/v1/tasks/" + report.taskId() + "/reports", clerk,
                            report.key(), body(unit, report.text()));
                    assertThat(again.statusCode()).as(again.body()).isIn(200, 201);
                    load.stored.add(report);
                    retried++;
                }

                assertThat(load.otherAnswers).as("answers other than 2xx and 503").isEmpty();
                List<String> texts = load.stored.stream().map(Report::text).toList();
                Map<String, Integer> inStore = storedTexts(database, texts);
                assertThat(inStore).as("every report answered 2xx, once").hasSize(texts.size())
                        .allSatisfy((text, times) -> assertThat(times).as(text).isEqualTo(1));

                long events = count(database, "tasks", "select count(*) from domain_event_entry");
                for (String consumer : List.of("reporting", "notification")) {
                    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                            count(database, consumer, "select count(*) from ledger_event"))
                            .as(consumer + " applied every stored event").isEqualTo(events));
                }
                System.out.printf("R3 database outage: %d reports sent, %d answered 2xx during the load, %d answered 503 "
                                + "(then sent again with their key: %d stored), 0 answered 500; PostgreSQL stopped for "
                                + "%d ms; first write accepted %d ms after its restart; %d events in the store, applied "
                                + "by both consumers%n", load.sent.get(), load.stored.size() - retried,
                        load.unavailable.size(), retried, (restartedAt - stoppedAt) / 1_000_000, recoveredMillis,
                        events);
            }
        } finally {
            if (!stopped) {
                postgres.close();
            }
            if (restarted != null) {
                restarted.close();
            }
        }
    }

    /** Posts reports, one task after another, about eight a second; keeps each by the answer it got. */
    private static final class Load implements Runnable {
        final String tasks;
        final String clerk;
        final String unit;
        final List<String> taskIds;
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicInteger sent = new AtomicInteger();
        final Queue<Report> stored = new ConcurrentLinkedQueue<>();
        final Queue<Report> unavailable = new ConcurrentLinkedQueue<>();
        final Map<String, Integer> otherAnswers = new ConcurrentHashMap<>();

        Load(String tasks, String clerk, String unit, List<String> taskIds) {
            this.tasks = tasks;
            this.clerk = clerk;
            this.unit = unit;
            this.taskIds = taskIds;
        }

        @Override
        public void run() {
            // One report per task and period: the last task is kept for the probe during the outage.
            for (int next = 0; running.get() && next < taskIds.size() - 1; next++) {
                Report report = new Report(taskIds.get(next), UUID.randomUUID().toString(), "进展-" + UUID.randomUUID());
                try {
                    HttpResponse<String> answer = send(tasks + "/api/v1/tasks/" + report.taskId() + "/reports",
                            clerk, report.key(), body(unit, report.text()));
                    sent.incrementAndGet();
                    if (answer.statusCode() / 100 == 2) {
                        stored.add(report);
                    } else if (answer.statusCode() == 503
                            && answer.headers().firstValue("Retry-After").isPresent()) {
                        unavailable.add(report);
                    } else {
                        otherAnswers.merge(answer.statusCode() + " " + answer.body(), 1, Integer::sum);
                    }
                    Thread.sleep(120);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception e) {
                    otherAnswers.merge(e.toString(), 1, Integer::sum);
                }
            }
        }
    }

    private static String body(String unit, String text) {
        return "{\"unitId\":\"%s\",\"text\":\"%s\"}".formatted(unit, text);
    }

    private static HttpResponse<String> send(String url, String token, String key, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Integer> storedTexts(PostgresServer postgres, List<String> texts) throws Exception {
        Map<String, Integer> found = new ConcurrentHashMap<>();
        try (Connection connection = postgres.open("tasks");
             PreparedStatement query = connection.prepareStatement(
                     "select payload from domain_event_entry where payload_type like '%progress-reported%'");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String payload = rows.getString(1);
                for (String text : texts) {
                    if (payload.contains(text)) {
                        found.merge(text, 1, Integer::sum);
                    }
                }
            }
        }
        return found;
    }

    private static long count(PostgresServer postgres, String database, String sql) throws Exception {
        try (Connection connection = postgres.open(database);
             PreparedStatement query = connection.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
