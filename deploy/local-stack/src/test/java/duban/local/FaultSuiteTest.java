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
import java.time.Instant;
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
    private static final Duration READY = Duration.ofSeconds(180);
    private static final Duration PAUSE = Duration.ofMillis(60);

    private static PostgresServer postgres;
    private static int postgresPort;
    private static Path postgresData;
    private static KafkaBroker broker;
    private static Path brokerData;
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
        brokerData = Files.createTempDirectory("duban-faults-kafka");
        broker = KafkaBroker.start(brokerData);
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
        // Both kept their data in a folder of this test's, so as to start again on it.
        deleteQuietly(brokerData);
        deleteQuietly(postgresData);
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.out.printf("could not delete %s: %s%n", folder, e);
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
    void r1KillingTasksServiceWhileBatchesCommitLosesNoAnsweredReportAndHalfStoresNone() throws Exception {
        // Writers that post again as soon as they are answered, many more than one batch at a time: writes queue
        // behind a committing batch and commit together, so the kill falls on a batch running its writes or committing
        // with the next one waiting. Its tasks made beforehand, the load never pauses for one to be made.
        ServiceProcess tasks = services.get(Services.TASKS);
        pairs.createAhead(40);
        Set<String> storedBefore = counts.reportMarks(pairs.taskIds()).keySet();
        BatchSizes before = batchSizes(tasks.url());
        try (SteadyReports load = SteadyReports.start(tasks(), pairs, 24, Duration.ZERO)) {
            Thread.sleep(4_000);
            BatchSizes formed = batchSizes(tasks.url()).since(before);
            assertThat(formed.sum()).as("writes committed in batches under this load (%s)", formed)
                    .isGreaterThan(formed.count());
            tasks.kill();
            // The load stops with the kill: what went unanswered was under way when it fell (or, for a few, found
            // nobody listening before its client stopped).
            load.close();
            Duration restarted = timed(() -> services.restart(tasks, READY));
            long answered = load.accepted();
            int resent = load.resendLost();

            Set<String> accepted = Set.copyOf(load.acceptedTexts());
            Map<String, Integer> stored = new HashMap<>(counts.reportMarks(pairs.taskIds()));
            stored.keySet().removeAll(storedBefore);
            long unansweredKeys = counts.count("tasks", "select count(*) from idempotency_record where status is null");
            List<String> brokenSequences = counts.aggregatesWithBrokenSequences();
            JsonNode verified = json(get(tasks() + "/api/v1/audit/verify", supervisor));
            System.out.printf("R1 tasks-service during group commit: 24 writers; before the kill %d batches "
                            + "committed %d writes (at most %d in one); killed with %d reports under way, ready "
                            + "again after %d ms; reports answered 2xx %d, unanswered %d and resent with their key "
                            + "%d (%d of them answered from the key's kept answer); stored %d (each once: %s); keys "
                            + "claimed without an answer %d; tamper check intact: %s; logs in %s%n",
                    formed.count(), formed.sum(), formed.max(), load.cutOff().size(), restarted.toMillis(), answered,
                    load.lost().size(), resent, load.resentReplayed(), stored.size(),
                    stored.values().stream().allMatch(times -> times == 1), unansweredKeys, verified.path("intact"),
                    services.get(Services.TASKS).log().getParent());
            assertThat(load.unexpected()).isEmpty();
            assertThat(load.cutOff()).as("reports under way when tasks-service was killed").isNotEmpty();
            assertThat(resent).isEqualTo(load.lost().size());
            assertThat(stored).as("times each report of this load is stored").allSatisfy((text, times) ->
                    assertThat(times).as(text).isOne());
            // Every report of this load was answered 2xx, at first or when resent: the store holds those and no other.
            assertThat(stored.keySet()).as("reports stored, against those answered 2xx at first or when resent")
                    .isEqualTo(accepted);
            for (SteadyReports.Sent report : load.lost()) {
                assertThat(stored.getOrDefault(report.text(), 0)).as("times resent %s is stored", report.text())
                        .isOne();
            }
            assertThat(unansweredKeys).as("Idempotency-Keys committed without their answer").isZero();
            assertThat(brokenSequences).as("aggregates whose sequence numbers are not 0..n-1").isEmpty();
            assertThat(verified.path("intact").asBoolean()).as(verified.toString()).isTrue();
            settle("R1 tasks-service during group commit", load);
        }
    }

    @Test
    @Order(4)
    void r1KillingEachConsumerBesideASecondReplicaOfItsGroupLeavesItsReadModelEqualToTheStoreAndSendsNoReminderTwice()
            throws Exception {
        // A second instance of each consumer in the same group: the partitions are shared, and every kill, restart
        // and stop below is a rebalance between the two.
        Map<String, CompletableFuture<ServiceProcess>> starting = new HashMap<>();
        for (String consumer : List.of(Services.REPORTING, Services.NOTIFICATION)) {
            Path logs = Files.createTempDirectory("duban-faults-" + consumer);
            int port = FreePort.any();
            starting.put(consumer, CompletableFuture.supplyAsync(() -> services.startReplica(HOME, logs, postgres,
                    broker.bootstrapServers(), consumer, port, identity.serviceConfig(), READY)));
        }
        Map<String, ServiceProcess> replicas = new HashMap<>();
        starting.forEach((consumer, replica) -> replicas.put(consumer, replica.join()));
        try (Admin admin = admin()) {
            for (String consumer : List.of(Services.REPORTING, Services.NOTIFICATION)) {
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                        assertThat(assignment(admin, consumer)).as(consumer + "'s members and their partitions")
                                .hasSize(2).allSatisfy((member, partitions) -> assertThat(partitions).isNotEmpty()));
                System.out.printf("R1 %s: two members share the ledger topic: %s%n", consumer,
                        assignment(admin, consumer));
            }
        }
        try {
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
                    System.out.printf("R1 %s: killed beside its replica, ready again after %d ms%n", consumer,
                            restarted.toMillis());
                    assertThat(load.unexpected()).isEmpty();
                    assertThat(load.lost()).isEmpty();
                    settle("R1 " + consumer, load);
                }
            }
        } finally {
            replicas.values().forEach(services::stop);
        }
        // The replicas gone: their partitions go back to the first instances, which read on from the group's offsets.
        try (SteadyReports load = SteadyReports.start(tasks(), pairs, 2, PAUSE)) {
            urge(urgedTask);
            Thread.sleep(3_000);
            load.close();
            settle("R1 replicas stopped", load);
        }
        // Every urge reaches the unit's inbox once, however often its event was read and by whichever replica.
        long urged = counts.count("tasks", "select count(*) from domain_event_entry where lower(payload_type) like '%urged%'");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(counts.count("notification",
                "select count(*) from reminder where kind = 'URGED'")).isEqualTo(urged));
        assertThat(counts.count("notification", "select count(*) - count(distinct reminder_key) from reminder"))
                .isZero();
        System.out.printf("R1 reminders: %d urges stored, %d URGED reminders sent%n", urged, urged);
    }

    @Test
    @Order(5)
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
    @Order(6)
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
    @Order(7)
    void r2BrokerStoppedForThirtySecondsUnderLoadLosesNothingAndThePublisherCatchesUpWithinTenSeconds()
            throws Exception {
        try (SteadyReports load = SteadyReports.start(tasks(), pairs, 2, PAUSE)) {
            Thread.sleep(2_000);
            String url = tasks();
            int port = broker.port();
            int controllerPort = broker.controllerPort();
            broker.close();
            long stoppedAt = System.nanoTime();
            long acceptedAtStop = load.accepted();
            // What an operator reads meanwhile: tasks-service stays ready (writes are stored and answered) and its
            // publisher says it is waiting for the broker, then retrying, and why.
            Map<String, JsonNode> publisher = new java.util.LinkedHashMap<>();
            Map<String, Integer> readSides = new HashMap<>();
            long acceptedMeanwhile;
            long storedBeforeReturn;
            try {
                while (System.nanoTime() - stoppedAt < Duration.ofSeconds(30).toNanos()) {
                    HttpResponse<String> ready = readiness(url);
                    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
                    JsonNode data = check(json(ready.body()), "Ledger publisher").path("data");
                    publisher.putIfAbsent(data.path("state").asText(), data);
                    if (readSides.isEmpty() && System.nanoTime() - stoppedAt > Duration.ofSeconds(10).toNanos()) {
                        for (String consumer : List.of(Services.REPORTING, Services.NOTIFICATION)) {
                            readSides.put(consumer, readiness(services.get(consumer).url()).statusCode());
                        }
                    }
                    Thread.sleep(500);
                }
                acceptedMeanwhile = load.accepted() - acceptedAtStop;
                storedBeforeReturn = counts.count("tasks", "select max(global_index) from domain_event_entry");
            } finally {
                // Back on its port and folder, even when a check above failed: the scenarios after this need it.
                broker = KafkaBroker.start(brokerData, port, controllerPort);
            }
            long returnedAt = System.nanoTime();
            long downMillis = (returnedAt - stoppedAt) / 1_000_000;
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                    .until(() -> counts.publisherPosition() >= storedBeforeReturn);
            long caughtUp = (System.nanoTime() - returnedAt) / 1_000_000;
            Thread.sleep(2_000);
            load.close();
            System.out.printf("R2 broker: stopped for %d ms under load; meanwhile %d reports answered 2xx, "
                            + "tasks-service ready (200) throughout, its publisher's states %s, read sides' readiness %s; "
                            + "the publisher had sent every event stored before the return (global index %d) "
                            + "%d ms after it (target: 10 s)%n", downMillis, acceptedMeanwhile,
                    publisher, readSides, storedBeforeReturn, caughtUp);
            assertThat(acceptedMeanwhile).as("reports stored while the broker was away").isPositive();
            assertThat(publisher).as("what the publisher said while the broker was away")
                    .containsKey("waiting for the broker");
            assertThat(load.unexpected()).isEmpty();
            assertThat(load.lost()).isEmpty();
            assertThat(caughtUp).as("ms from the broker's return until the publisher caught up").isLessThan(10_000);
            settle("R2 broker", load);
        }
    }

    @Test
    @Order(8)
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
     * First, on the ledger the suite starts with (about twenty thousand reminders in the month): after the other
     * scenarios the ledger makes about two hundred thousand, over three thousand a second of this rehearsal, more than
     * two cores send beside the rest of the system (some six hundred a second: the month's last ones went out minutes
     * after it), and the scenario would measure that throughput rather than whether each reminder goes out once.
     */
    @Test
    @Order(0)
    void r9TwoNotificationReplicasOverASimulatedMonthWithRestartsSendEveryExpectedReminderOnce() throws Exception {
        // Two replicas of notification-service on a database and consumer group of their own, whose clock runs a
        // month in a minute (twelve hours a second) from a moment both are given: they see the same ledger as the
        // real one and rehearse the month ahead of it. Ticks every second are twelve hours apart, and a tick over
        // this ledger (up to a hundred thousand reminders in the month) takes seconds, days of the rehearsal: a
        // running replica catches up from its last complete sweep (up to the catch-up limit, the month here), and a
        // restarted one from the catch-up window, which must span the other replica's last ticks before it went
        // down (ten days: twenty seconds).
        long speed = 43_200;
        Duration month = Duration.ofDays(30);
        Instant since = Instant.now().plusSeconds(45);
        Map<String, String> rehearsal = new HashMap<>(identity.serviceConfig());
        rehearsal.put("mp.messaging.incoming.ledger-events.group.id", "notification-rehearsal");
        rehearsal.put("duban.clock.rehearsal.speed", Long.toString(speed));
        rehearsal.put("duban.clock.rehearsal.since", since.toString());
        rehearsal.put("duban.reminders.tick", "1s");
        rehearsal.put("duban.reminders.late-after", "PT12H");
        rehearsal.put("duban.reminders.catch-up-window", "PT240H");
        rehearsal.put("duban.reminders.catch-up-limit", "P30D");
        List<CompletableFuture<ServiceProcess>> starting = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path logs = Files.createTempDirectory("duban-faults-rehearsal");
            int port = FreePort.any();
            starting.add(CompletableFuture.supplyAsync(() -> services.startOn(HOME, logs, postgres,
                    broker.bootstrapServers(), Services.NOTIFICATION, REHEARSAL_DATABASE, port, rehearsal, READY)));
        }
        List<ServiceProcess> replicas = new ArrayList<>(starting.stream().map(CompletableFuture::join).toList());
        // The replicas read the whole topic into a database of their own: forecasts wait until the first one holds
        // every event stored before it started.
        long stored = counts.storeIds().size();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() ->
                check(json(readiness(replicas.get(0).url()).body()), "Ledger view").path("data").path("events")
                        .asLong() >= stored);
        try (SteadyReports load = SteadyReports.start(tasks(), pairs, 2, PAUSE)) {
            // What each unit the load leaves alone (units 21–100) will be reminded of, as the ledger stands: asked
            // before the month runs, or while it runs (then from that moment on).
            Map<String, Forecast> forecasts = new HashMap<>();
            for (String unit : units.subList(20, 100)) {
                forecasts.put(unit, forecast(replicas.get(0).url(), unit));
            }
            Instant forecastDone = Instant.now();
            long startsIn = Duration.between(Instant.now(), since).toMillis();
            Thread.sleep(Math.max(0, startsIn));
            // A restart of each replica in turn, the other one sending meanwhile.
            Thread.sleep(8_000);
            for (int i = 0; i < replicas.size(); i++) {
                replicas.get(i).kill();
                replicas.set(i, services.restart(replicas.get(i), READY));
            }
            Instant end = since.plus(month);
            long untilEnd = Duration.between(Instant.now(), since).toMillis() + month.toMillis() / speed;
            Thread.sleep(Math.max(0, untilEnd) + 3_000);
            load.close();

            Map<String, Integer> expected = new HashMap<>();
            for (Map.Entry<String, Forecast> unit : forecasts.entrySet()) {
                Forecast forecast = unit.getValue();
                forecast.reminders().stream().filter(r -> !r.sendAt().isBefore(from(forecast, since))
                                && r.sendAt().isBefore(to(forecast, end)))
                        .forEach(r -> expected.merge(unit.getKey() + " " + r.key(), 1, Integer::sum));
            }
            // The month is over by the rehearsal's clock; a tick still running sends the rest of it.
            Map<String, Integer> sent = new HashMap<>();
            try {
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                    sent.clear();
                    for (Map.Entry<String, Forecast> unit : forecasts.entrySet()) {
                        counts.reminders(REHEARSAL_DATABASE, unit.getKey(), from(unit.getValue(), since),
                                        to(unit.getValue(), end))
                                .forEach(key -> sent.merge(unit.getKey() + " " + key, 1, Integer::sum));
                    }
                    return sent.keySet().containsAll(expected.keySet());
                });
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                // The assertions below name what is missing.
            }
            long late = counts.count(REHEARSAL_DATABASE, "select count(*) from reminder where late");
            long all = counts.count(REHEARSAL_DATABASE, "select count(*) from reminder");
            System.out.printf("R9 rehearsal: two notification replicas, a month (%s to %s) in %d s with a restart "
                            + "of each; forecasts of 80 units taken %d ms before the month began; %d reminders "
                            + "expected in it, %d sent in it (%d reminders in all, %d marked late); by kind: %s%n",
                    since, end, month.toMillis() / speed / 1000, Duration.between(forecastDone, since).toMillis(),
                    expected.size(), sent.size(), all, late, byKind(sent));
            assertThat(expected).as("reminders forecast for the month").hasSizeGreaterThan(100);
            List<String> missing = expected.keySet().stream().filter(key -> !sent.containsKey(key)).sorted().toList();
            List<String> extra = sent.keySet().stream().filter(key -> !expected.containsKey(key)).sorted().toList();
            System.out.printf("R9 rehearsal: %d forecast and not sent %s, %d sent and not forecast %s%n",
                    missing.size(), missing.stream().limit(5).toList(), extra.size(), extra.stream().limit(5).toList());
            assertThat(missing).as("reminders forecast for the month and not sent").isEmpty();
            assertThat(extra).as("reminders sent in the month and not forecast").isEmpty();
            assertThat(sent).as("reminders sent in the month, each once").allSatisfy((key, times) ->
                    assertThat(times).as(key).isOne());
            assertThat(counts.count(REHEARSAL_DATABASE, "select count(*) - count(distinct reminder_key) from reminder"))
                    .isZero();
            assertThat(load.unexpected()).isEmpty();
            // The replicas restarted last may still be reading what the load wrote while they were down.
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    assertThat(difference(counts.storeIds(), counts.appliedIds(REHEARSAL_DATABASE)))
                            .as("applied by the rehearsal's replicas against the store")
                            .isEqualTo("none missing, none extra"));
        } finally {
            replicas.forEach(services::stop);
        }
    }

    private static final String REHEARSAL_DATABASE = "notification_rehearsal";

    /** One unit's schedule: the reminders it will get from {@code asOf} until {@code until}. */
    private record Forecast(Instant asOf, Instant until, List<Upcoming> reminders) {
    }

    private record Upcoming(String kind, String taskId, String subject, Instant sendAt) {
        String key() {
            return kind + " " + taskId + " " + subject + " " + sendAt;
        }
    }

    /** The forecast's own window within the month: from when it was asked (or the month's start) ... */
    private static Instant from(Forecast forecast, Instant since) {
        return forecast.asOf().isAfter(since) ? forecast.asOf() : since;
    }

    /** ... to the end of its horizon or of the month. */
    private static Instant to(Forecast forecast, Instant end) {
        return forecast.until().isBefore(end) ? forecast.until() : end;
    }

    private static Forecast forecast(String notificationUrl, String unit) throws Exception {
        JsonNode schedule = json(get(notificationUrl + "/api/v1/units/" + unit + "/schedule", clerks.get(unit)));
        List<Upcoming> reminders = new ArrayList<>();
        for (JsonNode reminder : schedule.path("reminders")) {
            reminders.add(new Upcoming(reminder.path("kind").asText(), reminder.path("taskId").asText(),
                    reminder.path("subject").asText(), Instant.parse(reminder.path("sendAt").asText())));
        }
        return new Forecast(Instant.parse(schedule.path("asOf").asText()),
                Instant.parse(schedule.path("remindersUntil").asText()), reminders);
    }

    private static Map<String, Long> byKind(Map<String, Integer> reminders) {
        return reminders.keySet().stream().collect(Collectors.groupingBy(key -> key.split(" ")[1],
                java.util.TreeMap::new, Collectors.counting()));
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

    /** What tasks-service's group commit has committed: batches, the writes in them, the most in one. */
    private record BatchSizes(long count, long sum, long max) {
        /** The batches committed since {@code earlier} (the most in one is the meter's recent maximum). */
        BatchSizes since(BatchSizes earlier) {
            return new BatchSizes(count - earlier.count, sum - earlier.sum, max);
        }
    }

    private static BatchSizes batchSizes(String tasksUrl) throws Exception {
        HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(URI.create(tasksUrl + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(metrics.statusCode()).as(metrics.body()).isEqualTo(200);
        return new BatchSizes((long) meter(metrics.body(), "duban_writes_batch_commands_count"),
                (long) meter(metrics.body(), "duban_writes_batch_commands_sum"),
                (long) meter(metrics.body(), "duban_writes_batch_commands_max"));
    }

    /** One meter's value in Prometheus text, whatever its tags; fails when the service does not publish it. */
    private static double meter(String prometheus, String name) {
        java.util.regex.Matcher line = java.util.regex.Pattern.compile(
                "(?m)^" + name + "(?:\\{[^}]*})?\\s+(\\S+)").matcher(prometheus);
        if (!line.find()) {
            throw new AssertionError(name + " is not among tasks-service's meters");
        }
        return Double.parseDouble(line.group(1));
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

    /** Each member of a consumer group and the partitions of the ledger topic it holds. */
    private static Map<String, List<Integer>> assignment(Admin admin, String group) throws Exception {
        Map<String, List<Integer>> members = new HashMap<>();
        admin.describeConsumerGroups(List.of(group)).all().get().get(group).members().forEach(member ->
                members.put(member.consumerId(), member.assignment().topicPartitions().stream()
                        .map(TopicPartition::partition).sorted().toList()));
        return members;
    }

    private static HttpResponse<String> readiness(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** One named check of a health answer. */
    private static JsonNode check(JsonNode health, String name) {
        for (JsonNode check : health.path("checks")) {
            if (check.path("name").asText().equals(name)) {
                return check;
            }
        }
        throw new AssertionError("no check " + name + " in " + health);
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
