package duban.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import duban.embedded.KafkaBroker;
import duban.embedded.PostgresServer;
import duban.events.EventJson;
import duban.events.Topics;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults under load, on the three packaged services as processes over one real PostgreSQL and one real broker
 * (loopback only). Every scenario runs under a steady load of progress reports and ends by comparing the event store,
 * the distinct CloudEvent ids on the topic (read with a plain consumer) and the events each consumer applied; each
 * prints its counts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path HOME = Path.of(System.getProperty("duban.home", "../..")).toAbsolutePath().normalize();
    private static final Duration READY = Duration.ofSeconds(120);
    private static final Duration PAUSE = Duration.ofMillis(60);

    private static PostgresServer postgres;
    private static int postgresPort;
    private static Path postgresData;
    private static KafkaBroker broker;
    private static Services services;
    private static LocalIdentity identity;
    private static LedgerCounts counts;
    private static String supervisor;
    private static List<String> units;
    private static Map<String, String> clerks;
    private static ReportPairs pairs;
    private static String urgedTask;

    @BeforeAll
    static void startTheSystem() throws Exception {
        postgresPort = FreePort.any();
        postgresData = Files.createTempDirectory("duban-faults-pg");
        postgres = PostgresServer.builder().port(postgresPort).dataDir(postgresData).start();
        broker = KafkaBroker.start();
        identity = LocalIdentity.in(Files.createTempDirectory("duban-faults-identity"));
        services = Services.start(HOME, Files.createTempDirectory("duban-faults-logs"), postgres,
                broker.bootstrapServers(), new Services.Ports(FreePort.any(), FreePort.any(), FreePort.any()),
                identity.serviceConfig(), READY, true);
        counts = new LedgerCounts(postgres, broker.bootstrapServers());
        supervisor = identity.tokens().supervisor("supervisor@faults");
        // A hundred units: a unit reports on a task once a period, so a hundred concurrent reports on one task are
        // those of its fifty lead units (the most a task takes) and fifty co-responsible units, who may file too.
        units = new ArrayList<>();
        clerks = new HashMap<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 100; i++) {
            String unit = registerUnit("责任单位" + i + "-" + run);
            units.add(unit);
            clerks.put(unit, identity.tokens().unit("clerk@faults", unit));
        }
        // The steady load reports as the first twenty units, on tasks of its own.
        Map<String, String> loadClerks = new HashMap<>();
        units.subList(0, 20).forEach(unit -> loadClerks.put(unit, clerks.get(unit)));
        pairs = new ReportPairs(FaultSuiteTest::tasks, supervisor, loadClerks);
        urgedTask = createTask("四.(二).1");
    }

    @AfterAll
    static void stopTheSystem() {
        if (services != null) {
            services.close();
        }
        if (broker != null) {
            broker.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void r5HundredConcurrentReportsOnOneTaskAreAllStoredInContiguousVersionsAndOneStaleWriteWins() throws Exception {
        String taskId = createTask("五.(一).1");
        String reports = tasks() + "/api/v1/tasks/" + taskId + "/reports";
        try (SteadyReports load = SteadyReports.start(tasks(), pairs, 2, PAUSE)) {
            int before = counts.sequences(taskId).size();
            List<CompletableFuture<HttpResponse<String>>> hundred = new ArrayList<>();
            for (String unit : units) {
                hundred.add(HTTP.sendAsync(reportRequest(reports, unit, "进展-" + UUID.randomUUID(), null),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
            }
            Map<Integer, Long> statuses = hundred.stream().map(CompletableFuture::join)
                    .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
            assertThat(statuses).as("answers to 100 concurrent reports").isEqualTo(Map.of(201, 100L));
            List<Long> sequences = counts.sequences(taskId);
            assertThat(counts.reportMarks(List.of(taskId))).hasSize(100).allSatisfy((mark, times) ->
                    assertThat(times).isOne());
            assertThat(sequences).hasSize(before + 100);
            for (int i = 0; i < sequences.size(); i++) {
                assertThat(sequences.get(i)).isEqualTo(i);
            }

            // Ten writers who all read a task at the same version: one of them changes it, the rest are refused.
            String contested = createTask("五.(一).2");
            String etag = HTTP.send(HttpRequest.newBuilder(URI.create(tasks() + "/api/v1/tasks/" + contested))
                            .header("Authorization", "Bearer " + supervisor).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag").orElseThrow();
            int contestedBefore = counts.sequences(contested).size();
            List<CompletableFuture<HttpResponse<String>>> stale = new ArrayList<>();
            for (String unit : units.subList(0, 10)) {
                stale.add(HTTP.sendAsync(reportRequest(tasks() + "/api/v1/tasks/" + contested + "/reports", unit,
                                "进展-" + UUID.randomUUID(), etag),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
            }
            List<HttpResponse<String>> answers = stale.stream().map(CompletableFuture::join).toList();
            assertThat(answers).filteredOn(a -> a.statusCode() / 100 == 2).hasSize(1);
            assertThat(answers).filteredOn(a -> a.statusCode() / 100 != 2).hasSize(9).allSatisfy(refused -> {
                assertThat(refused.statusCode()).as(refused.body()).isIn(409, 412);
                assertThat(refused.headers().firstValue("Content-Type").orElse(""))
                        .startsWith("application/problem+json");
            });
            assertThat(counts.sequences(contested)).hasSize(contestedBefore + 1);
            System.out.printf("R5: 100 concurrent reports on one task: %s; versions 0..%d contiguous; "
                            + "10 writes at If-Match %s: %s%n", statuses, sequences.size() - 1, etag,
                    answers.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting())));
            load.close();
            settle("R5", load);
        }
    }

    @Test
    @Order(2)
    void r1KillingTasksServiceUnderLoadLosesNoAcceptedReportAndAResentOneIsStoredOnce() throws Exception {
        try (SteadyReports load = SteadyReports.start(tasks(), pairs, 3, PAUSE)) {
            Thread.sleep(3_000);
            ServiceProcess tasks = services.get(Services.TASKS);
            tasks.kill();
            Duration restarted = timed(() -> services.restart(tasks, READY));
            Thread.sleep(3_000);
            load.close();
            int resent = load.resendLost();
            System.out.printf("R1 tasks-service: killed, ready again after %d ms; %d reports without an answer "
                    + "sent again with their Idempotency-Key%n", restarted.toMillis(), resent);
            assertThat(load.unexpected()).isEmpty();
            settle("R1 tasks-service", load);
        }
    }

    @Test
    @Order(3)
    void r1KillingEachConsumerUnderLoadLeavesItsReadModelEqualToTheStoreAndSendsNoReminderTwice() throws Exception {
        for (String consumer : List.of(Services.REPORTING, Services.NOTIFICATION)) {
            try (SteadyReports load = SteadyReports.start(tasks(), pairs, 3, PAUSE)) {
                urge(urgedTask);
                Thread.sleep(2_000);
                ServiceProcess process = services.get(consumer);
                process.kill();
                urge(urgedTask);
                Thread.sleep(1_000);
                Duration restarted = timed(() -> services.restart(process, READY));
                urge(urgedTask);
                Thread.sleep(2_000);
                load.close();
                System.out.printf("R1 %s: killed, ready again after %d ms%n", consumer, restarted.toMillis());
                assertThat(load.unexpected()).isEmpty();
                assertThat(load.lost()).isEmpty();
                settle("R1 " + consumer, load);
            }
        }
        // Every urge reaches the unit's inbox once, however often its event was read.
        long urged = counts.count("tasks", "select count(*) from domain_event_entry where lower(payload_type) like '%urged%'");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(counts.count("notification",
                "select count(*) from reminder where kind = 'URGED'")).isEqualTo(urged));
        assertThat(counts.count("notification", "select count(*) - count(distinct reminder_key) from reminder"))
                .isZero();
        System.out.printf("R1 reminders: %d urges stored, %d URGED reminders sent%n", urged, urged);
    }

    @Test
    @Order(4)
    void twoTasksServicesOnOneEventStoreKeepEverySequenceOnceTheChainIntactAndHandThePublisherOver()
            throws Exception {
        ServiceProcess tasks = services.get(Services.TASKS);
        ServiceProcess second = services.startReplica(HOME, Files.createTempDirectory("duban-faults-second"),
                postgres, broker.bootstrapServers(), Services.TASKS, FreePort.any(), identity.serviceConfig(), READY);
        try (SteadyReports first = SteadyReports.start(tasks(), pairs, 2, PAUSE);
             SteadyReports other = SteadyReports.start(second.url(), pairs, 2, PAUSE)) {
            Thread.sleep(4_000);
            // The publisher's segment is claimed by one instance; killing the first hands it to the second.
            tasks.kill();
            Thread.sleep(4_000);
            first.close();
            other.close();
            int resent = first.resendLostTo(second.url());
            System.out.printf("two tasks-services: first %s; second %s; %d resent to the second%n", first, other,
                    resent);
            assertThat(counts.aggregatesWithBrokenSequences()).isEmpty();
            // Two instances writing the same tasks race for the same version: the loser is told so (409), never 500.
            assertThat(first.unexpected()).allSatisfy(answer -> assertThat(answer).startsWith("409"));
            assertThat(other.unexpected()).allSatisfy(answer -> assertThat(answer).startsWith("409"));
            settle("two tasks-services (first)", first);
            settle("two tasks-services (second)", other);
            JsonNode verified = json(get(second.url() + "/api/v1/audit/verify", supervisor));
            assertThat(verified.path("intact").asBoolean()).as(verified.toString()).isTrue();
            System.out.printf("two tasks-services: tamper check %s%n", verified);
        } finally {
            if (!tasks.handle().isAlive()) {
                services.restart(tasks, READY);
            }
            services.stop(second);
        }
    }

    @Test
    @Order(5)
    void r4ReplayingTheWholeTopicIntoTheConsumersChangesNoReadModel() throws Exception {
        long remindersBefore = counts.count("notification", "select count(*) from reminder");
        String dashboardBefore = dashboard();
        try (SteadyReports load = SteadyReports.start(tasks(), pairs, 2, PAUSE)) {
            for (String consumer : List.of(Services.REPORTING, Services.NOTIFICATION)) {
                ServiceProcess process = services.get(consumer);
                process.close();
                rewind(consumer);
                services.restart(process, READY);
            }
            Thread.sleep(2_000);
            load.close();
            settle("R4", load);
            try (Admin admin = admin()) {
                for (String group : List.of(Services.REPORTING, Services.NOTIFICATION)) {
                    await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                            assertThat(lag(admin, group)).as(group + " lag").isZero());
                }
            }
        }
        assertThat(counts.count("notification", "select count(*) from reminder")).isEqualTo(remindersBefore);
        // A unit the load does not write for: its dashboard, worked out again from the whole topic, is the same.
        assertThat(withoutAsOf(dashboard())).isEqualTo(withoutAsOf(dashboardBefore));
        System.out.printf("R4: reminders %d before and after the replay%n", remindersBefore);
    }

    @Test
    @Order(6)
    void r3PostgresStoppedUnderLoadIsAnswered503AndTheServicesRecoverByThemselves() throws Exception {
        // Reports kept for the outage itself: the load may be between tasks then (making one needs the database).
        List<ReportPairs.Pair> probes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            probes.add(pairs.next().orElseThrow());
        }
        try (SteadyReports load = SteadyReports.start(tasks(), pairs, 2, PAUSE)) {
            Thread.sleep(2_000);
            postgres.close();
            long stoppedAt = System.nanoTime();
            String url = tasks();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(HTTP.send(HttpRequest.newBuilder(
                    URI.create(url + "/q/health/ready")).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode()).isEqualTo(503));
            List<SteadyReports.Sent> refused = new ArrayList<>();
            for (ReportPairs.Pair pair : probes) {
                String text = "进展-" + UUID.randomUUID();
                SteadyReports.Sent probe = new SteadyReports.Sent(url + "/api/v1/tasks/" + pair.taskId() + "/reports",
                        pair.token(), UUID.randomUUID().toString(),
                        "{\"unitId\":\"%s\",\"text\":\"%s\"}".formatted(pair.unitId(), text), text);
                HttpResponse<String> answer = SteadyReports.send(probe);
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
                assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
                assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                assertThat(json(answer.body()).path("type").asText()).isEqualTo("urn:duban:problem:database-unavailable");
                refused.add(probe);
            }
            postgres = PostgresServer.builder().port(postgresPort).dataDir(postgresData).start();
            long restartedAt = System.nanoTime();
            long acceptedBefore = load.accepted();
            await().atMost(Duration.ofSeconds(30)).until(() -> load.accepted() > acceptedBefore);
            long recovered = (System.nanoTime() - restartedAt) / 1_000_000;
            Thread.sleep(1_000);
            load.close();
            // The client's retry after Retry-After: each refused report again, with its own key, stored once.
            for (SteadyReports.Sent probe : refused) {
                HttpResponse<String> again = SteadyReports.send(probe);
                assertThat(again.statusCode()).as(again.body()).isIn(200, 201);
            }
            int resent = load.resendRefused();
            Map<String, Integer> marks = counts.reportMarks(probes.stream().map(ReportPairs.Pair::taskId).toList());
            for (SteadyReports.Sent probe : refused) {
                assertThat(marks.getOrDefault(probe.text(), 0)).as(probe.text()).isOne();
            }
            assertThat(load.unexpected()).as("answers other than 2xx and 503 with Retry-After").isEmpty();
            System.out.printf("R3 PostgreSQL: stopped for %d ms; %d reports answered 503 with Retry-After and the "
                            + "problem database-unavailable (%d of the load's, none 500), all sent again with their key "
                            + "and stored once; first report accepted %d ms after the restart%n",
                    (restartedAt - stoppedAt) / 1_000_000, refused.size() + load.refused().size(),
                    load.refused().size(), recovered);
            assertThat(resent).isEqualTo(load.refused().size());
            settle("R3 PostgreSQL", load);
        }
    }

    /**
     * Waits until the topic holds every stored event and each consumer applied exactly the stored events, checks
     * that each report the load got a 2xx for is stored once, and prints the scenario's counts.
     */
    private static void settle(String scenario, SteadyReports load) throws Exception {
        List<Set<String>> seen = new ArrayList<>(List.of(Set.of(), Set.of(), Set.of()));
        List<LedgerCounts.Topic> topic = new ArrayList<>(List.of(new LedgerCounts.Topic(0, Set.of())));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            seen.set(0, counts.storeIds());
            topic.set(0, counts.topic());
            seen.set(1, counts.appliedIds("reporting"));
            seen.set(2, counts.appliedIds("notification"));
            assertThat(difference(seen.get(0), topic.get(0).ids())).as("ids on the topic against the store")
                    .isEqualTo("none missing, none extra");
            assertThat(difference(seen.get(0), seen.get(1))).as("applied by reporting-service against the store")
                    .isEqualTo("none missing, none extra");
            assertThat(difference(seen.get(0), seen.get(2))).as("applied by notification-service against the store")
                    .isEqualTo("none missing, none extra");
        });
        Map<String, Integer> marks = counts.reportMarks(load.taskIds());
        Map<String, Integer> accepted = new HashMap<>();
        for (String text : load.acceptedTexts()) {
            accepted.put(text, marks.getOrDefault(text, 0));
        }
        assertThat(accepted).as("times each report answered 2xx is stored").allSatisfy((text, times) ->
                assertThat(times).as(text).isOne());
        System.out.printf("%s: reports sent %d, 2xx %d, answer lost %d; stored events %d, on topic distinct %d, "
                        + "duplicates on topic %d, applied by reporting-service %d, by notification-service %d%n",
                scenario, load.sent(), load.accepted(), load.lost().size(), seen.get(0).size(),
                topic.get(0).ids().size(), topic.get(0).duplicates(), seen.get(1).size(), seen.get(2).size());
    }

    /** How {@code found} differs from {@code expected}, briefly (a few ids of each kind). */
    private static String difference(Set<String> expected, Set<String> found) {
        List<String> missing = expected.stream().filter(id -> !found.contains(id)).toList();
        List<String> extra = found.stream().filter(id -> !expected.contains(id)).toList();
        if (missing.isEmpty() && extra.isEmpty()) {
            return "none missing, none extra";
        }
        return missing.size() + " missing " + missing.stream().limit(3).toList() + ", " + extra.size() + " extra "
                + extra.stream().limit(3).toList();
    }

    /** Moves a stopped consumer's group back to the start of every partition, so it reads the whole topic again. */
    private static void rewind(String group) throws Exception {
        try (Admin admin = admin()) {
            List<TopicPartition> partitions = admin.describeTopics(List.of(Topics.LEDGER_EVENTS)).allTopicNames()
                    .get().get(Topics.LEDGER_EVENTS).partitions().stream()
                    .map(p -> new TopicPartition(Topics.LEDGER_EVENTS, p.partition())).toList();
            Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
            partitions.forEach(p -> start.put(p, new OffsetAndMetadata(0)));
            // The group empties once its stopped member has left; until then the broker refuses the reset.
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() ->
                    admin.alterConsumerGroupOffsets(group, start).all().get());
        }
    }

    private static long lag(Admin admin, String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        committed.keySet().forEach(p -> latest.put(p, OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
        return committed.entrySet().stream()
                .mapToLong(e -> ends.get(e.getKey()).offset() - e.getValue().offset()).sum();
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }

    private static JsonNode withoutAsOf(String dashboard) throws IOException {
        JsonNode answer = json(dashboard);
        ((com.fasterxml.jackson.databind.node.ObjectNode) answer).remove("asOf");
        return answer;
    }

    /** The dashboard of a lead unit of the scenarios' own tasks that the steady load (units 1–20) never reports as. */
    private static String dashboard() throws Exception {
        String unit = units.get(30);
        return get(services.get(Services.REPORTING).url() + "/api/v1/units/" + unit + "/dashboard?size=200",
                clerks.get(unit));
    }

    private static Duration timed(Runnable action) {
        long began = System.nanoTime();
        action.run();
        return Duration.ofNanos(System.nanoTime() - began);
    }

    /** The URL of a running tasks-service (the first one started that is alive). */
    private static String tasks() {
        return services.processes().stream().filter(p -> p.name().equals(Services.TASKS))
                .filter(p -> p.handle().isAlive()).findFirst().orElseThrow().url();
    }

    private static void urge(String taskId) throws Exception {
        HttpResponse<String> urged = post(tasks() + "/api/v1/tasks/" + taskId + "/urges", supervisor,
                "{\"unitIds\":[\"%s\"],\"message\":\"请于本周内报送进展\"}".formatted(units.get(0)));
        assertThat(urged.statusCode()).as(urged.body()).isEqualTo(201);
    }

    private static HttpRequest reportRequest(String url, String unit, String text, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + clerks.get(unit))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"unitId\":\"%s\",\"text\":\"%s\"}".formatted(unit, text), StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.build();
    }

    private static String registerUnit(String name) throws Exception {
        HttpResponse<String> registered = post(tasks() + "/api/v1/units", supervisor,
                "{\"name\":\"%s\",\"category\":\"CITY_DEPARTMENT\"}".formatted(name));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return json(registered.body()).get("id").asText();
    }

    private static String createTask(String code) throws Exception {
        HttpResponse<String> created = post(tasks() + "/api/v1/tasks", supervisor, """
                {"planId":"faults","code":"%s","title":"推进重点项目建设","leadUnitIds":[%s],"coUnitIds":[%s],
                 "timelineText":"2026年12月底前"}""".formatted(code, quoted(units.subList(0, 50)),
                quoted(units.subList(50, 100))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created.body()).get("id").asText();
    }

    private static String quoted(List<String> ids) {
        return String.join(",", ids.stream().map(id -> "\"" + id + "\"").toList());
    }

    private static HttpResponse<String> post(String url, String token, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String get(String url, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(url + " " + response.body()).isEqualTo(200);
        return response.body();
    }

    private static JsonNode json(String body) throws IOException {
        return EventJson.mapper().readTree(body);
    }
}
