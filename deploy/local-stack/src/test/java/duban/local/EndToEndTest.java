package duban.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import duban.embedded.KafkaBroker;
import duban.embedded.PostgresServer;
import duban.events.EventJson;
import duban.events.Topics;
import duban.events.envelope.CloudEvent;
import duban.events.envelope.CloudEventCodec;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three packaged services as separate processes, on one real broker and one real PostgreSQL:
 * a task and a report posted to tasks-service show on the reporting dashboard and in the
 * notification schedule, and an independent consumer reads them from the topic as CloudEvents.
 */
class EndToEndTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path HOME = Path.of(System.getProperty("duban.home", "../..")).toAbsolutePath().normalize();

    private static PostgresServer postgres;
    private static KafkaBroker broker;
    private static Services services;
    private static LocalIdentity identity;
    private static TraceCollector traces;

    @BeforeAll
    static void startTheSystem() throws IOException {
        postgres = PostgresServer.start();
        broker = KafkaBroker.start();
        Path logs = Files.createTempDirectory("duban-e2e-logs");
        identity = LocalIdentity.in(Files.createTempDirectory("duban-e2e-identity"));
        // Traced as an operator would trace them: each service's own OTLP exporter, to a collector of the test's.
        traces = TraceCollector.start();
        Map<String, String> config = new java.util.LinkedHashMap<>(identity.serviceConfig());
        config.putAll(traces.serviceConfig());
        services = Services.start(HOME, logs, postgres, broker.bootstrapServers(),
                new Services.Ports(FreePort.any(), FreePort.any(), FreePort.any()), config, Duration.ofSeconds(120), true);
        services.readyAfter().forEach((name, after) ->
                System.out.printf("%s ready after %d ms%n", name, after.toMillis()));
    }

    @AfterAll
    static void stopTheSystem() {
        if (services != null) {
            services.processes().forEach(p -> System.out.printf("%s resident %d MiB%n", p.name(), p.residentKiB() / 1024));
            services.close();
        }
        if (broker != null) {
            broker.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (traces != null) {
            traces.close();
        }
    }

    /**
     * A write followed by its trace id alone, as a front end that starts the trace would follow it: the request, the
     * command, the append and the publish in tasks-service, and the apply of its event in each consuming service,
     * every apply a child of the publish that put the record on the topic.
     */
    @Test
    void oneTraceIdFollowsAWriteThroughAllThreeServices() throws Exception {
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String callerSpanId = HexFormat.of().formatHex(randomBytes(8));
        String supervisor = identity.tokens().supervisor("supervisor@e2e");
        HttpResponse<String> registered = HTTP.send(HttpRequest.newBuilder(
                        URI.create(services.get(Services.TASKS).url() + "/api/v1/units"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + supervisor)
                .header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"市追踪局-%s\",\"category\":\"CITY_DEPARTMENT\"}"
                        .formatted(UUID.randomUUID().toString().substring(0, 8)), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String unitId = json(registered.body()).get("id").asText();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            List<TraceCollector.ReceivedSpan> trace = traces.ofTrace(traceId);
            TraceCollector.ReceivedSpan request = one(trace, Services.TASKS, "POST /api/v1/units");
            assertThat(request.kind()).isEqualTo(Span.SpanKind.SPAN_KIND_SERVER);
            assertThat(request.parentSpanId()).isEqualTo(callerSpanId);
            TraceCollector.ReceivedSpan command = one(trace, Services.TASKS, "command RegisterUnit");
            assertThat(one(trace, Services.TASKS, "append").parentSpanId()).isEqualTo(command.spanId());
            TraceCollector.ReceivedSpan publish = one(trace, Services.TASKS, "publish " + Topics.LEDGER_EVENTS);
            assertThat(publish.kind()).isEqualTo(Span.SpanKind.SPAN_KIND_PRODUCER);
            assertThat(publish.parentSpanId()).isEqualTo(command.spanId());
            for (String consumer : List.of(Services.REPORTING, Services.NOTIFICATION)) {
                TraceCollector.ReceivedSpan apply = one(trace, consumer, "apply duban.unit.registered.v1");
                assertThat(apply.kind()).isEqualTo(Span.SpanKind.SPAN_KIND_CONSUMER);
                assertThat(apply.parentSpanId()).as(consumer).isEqualTo(publish.spanId());
            }
        });
        // The record on the topic names the same trace, for a consumer nobody here wrote.
        assertThat(readTopic(unitId, 1)).singleElement()
                .satisfies(event -> assertThat(event.traceparent()).startsWith("00-" + traceId + "-"));
        System.out.printf("trace %s: %s%n", traceId, traces.ofTrace(traceId).stream()
                .map(span -> span.service() + " " + span.name()).toList());
    }

    private static TraceCollector.ReceivedSpan one(List<TraceCollector.ReceivedSpan> trace, String service,
                                                   String name) {
        List<TraceCollector.ReceivedSpan> named = trace.stream()
                .filter(span -> span.service().equals(service) && span.name().equals(name)).toList();
        assertThat(named).as("%s's span %s in %s", service, name, trace).hasSize(1);
        return named.get(0);
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        java.util.concurrent.ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] |= 1; // an all-zero id is invalid in W3C Trace Context
        return bytes;
    }

    @Test
    void aTaskAndItsReportTravelFromTheCommandSideToEveryConsumer() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String tasks = services.get(Services.TASKS).url();
        String supervisor = identity.tokens().supervisor("supervisor@e2e");
        String unit = registerUnit(tasks, supervisor, "市科技局-" + suffix, "CITY_DEPARTMENT");
        registerUnit(tasks, supervisor, "高新区-" + suffix, "FUNCTIONAL_ZONE");
        String clerk = identity.tokens().unit("clerk@e2e", unit);
        // Units are named by id, name or alias: the lead by its id, the co-responsible unit by its name.
        HttpResponse<String> created = post(tasks + "/api/v1/tasks", supervisor, """
                {"planId":"xinxiang-2017-102","code":"一.(二).1.(3)","title":"培育科技型中小企业",
                 "leadUnitIds":["%s"],"coUnitIds":["高新区-%s"],"timelineText":"2017年12月底前全市新培育科技型中小企业150家"}
                """.formatted(unit, suffix));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String taskId = json(created.body()).get("id").asText();
        HttpResponse<String> reported = post(tasks + "/api/v1/tasks/" + taskId + "/reports", clerk,
                "{\"unitId\":\"%s\",\"text\":\"已培育科技型中小企业80家。\"}".formatted(unit));
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
        long postedAt = System.nanoTime();

        String dashboardUrl = services.get(Services.REPORTING).url() + "/api/v1/units/" + encode(unit) + "/dashboard";
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            JsonNode dashboard = json(get(dashboardUrl, clerk));
            assertThat(dashboard.get("tasks")).hasSize(1);
            // path(), not get(): a field not there yet must fail the assertion (and be retried), not throw.
            assertThat(dashboard.path("tasks").path(0).path("taskId").asText()).isEqualTo(taskId);
            assertThat(dashboard.path("tasks").path(0).path("latestReport").path("text").asText())
                    .isEqualTo("已培育科技型中小企业80家。");
        });
        String scheduleUrl = services.get(Services.NOTIFICATION).url() + "/api/v1/units/" + encode(unit) + "/schedule";
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            JsonNode schedule = json(get(scheduleUrl, clerk));
            assertThat(schedule.get("obligations")).hasSize(1);
            assertThat(schedule.path("obligations").path(0).path("taskId").asText()).isEqualTo(taskId);
            assertThat(schedule.path("nextDeadline").path("deadlineAt").asText()).isNotBlank();
        });
        System.out.printf("dashboard and schedule caught up %d ms after the report was accepted%n",
                (System.nanoTime() - postedAt) / 1_000_000);

        List<CloudEvent> onTopic = readTopic(taskId, 2);
        assertThat(onTopic).extracting(CloudEvent::type)
                .containsExactly("duban.task.created.v1", "duban.task.progress-reported.v1");
        assertThat(onTopic).extracting(CloudEvent::sequence).containsExactly(0L, 1L);
        assertThat(onTopic).allSatisfy(event -> {
            assertThat(event.id()).isNotBlank();
            assertThat(event.source()).isEqualTo("/duban/tasks-service");
            assertThat(event.subject()).isEqualTo(taskId);
            assertThat(event.time()).isNotNull();
            assertThat(event.data()).isNotNull();
        });
        assertThat(onTopic.get(1).data().get("unitId").asText()).isEqualTo(unit);
        // The actor is on the event; the token that proved it is nowhere: not in events, not in any log.
        assertThat(onTopic.get(1).actorUser()).isEqualTo("clerk@e2e");
        assertThat(onTopic.get(1).toString()).doesNotContain(clerk);
        for (ServiceProcess process : services.processes()) {
            assertThat(Files.readString(process.log())).as(process.name() + " log")
                    .doesNotContain(supervisor).doesNotContain(clerk).doesNotContain("PRIVATE KEY");
        }
    }

    @Test
    void twoNotificationReplicasOnOneDatabaseSendEachUrgeOnceAndARestartSendsNothingAgain() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String tasks = services.get(Services.TASKS).url();
        String supervisor = identity.tokens().supervisor("supervisor@e2e");
        List<String> units = new ArrayList<>();
        for (String district : List.of("红旗区", "卫滨区", "牧野区", "凤泉区")) {
            units.add(registerUnit(tasks, supervisor, district + "-" + suffix, "DISTRICT"));
        }
        List<String> taskIds = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            HttpResponse<String> created = post(tasks + "/api/v1/tasks", supervisor, """
                    {"planId":"replicas-%s","code":"三.(一).%d","title":"加快推进科技创新平台建设",
                     "leadUnitIds":[%s],"timelineText":"2026年12月底前"}
                    """.formatted(suffix, i, quoted(units)));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            taskIds.add(json(created.body()).get("id").asText());
        }
        Path logs = Files.createTempDirectory("duban-e2e-replica");
        ServiceProcess replica = services.startReplica(HOME, logs, postgres, broker.bootstrapServers(),
                Services.NOTIFICATION, FreePort.any(), identity.serviceConfig(), Duration.ofSeconds(120));
        try {
            // Both replicas see every urge (they share the ledger view's table) and race to send it.
            for (String taskId : taskIds) {
                HttpResponse<String> urged = post(tasks + "/api/v1/tasks/" + taskId + "/urges", supervisor,
                        "{\"unitIds\":[%s],\"message\":\"请于本周内报送进展\"}".formatted(quoted(units)));
                assertThat(urged.statusCode()).as(urged.body()).isEqualTo(201);
            }
            List<String> both = List.of(services.get(Services.NOTIFICATION).url(), replica.url());
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                for (String unit : units) {
                    for (String notification : both) {
                        assertThat(urgesIn(notification, unit, taskIds)).as(unit + " at " + notification)
                                .containsExactlyInAnyOrderElementsOf(taskIds);
                    }
                }
            });
            assertThat(urgesStored(taskIds)).isEqualTo(taskIds.size() * units.size());

            // A replica that restarts works the same reminders out again, and claims none of them a second time.
            services.stop(replica);
            replica = services.startReplica(HOME, Files.createTempDirectory("duban-e2e-replica"), postgres,
                    broker.bootstrapServers(), Services.NOTIFICATION, FreePort.any(), identity.serviceConfig(),
                    Duration.ofSeconds(120));
            String restarted = replica.url();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(urgesIn(restarted, units.get(0), taskIds)).hasSize(taskIds.size()));
            Thread.sleep(3_000);
            assertThat(urgesStored(taskIds)).isEqualTo(taskIds.size() * units.size());
            for (String unit : units) {
                assertThat(urgesIn(restarted, unit, taskIds)).containsExactlyInAnyOrderElementsOf(taskIds);
            }
        } finally {
            services.stop(replica);
        }
    }

    @Test
    void onTheSeedPlanEveryUnitIsRemindedOfExactlyTheReportsItsDashboardShowsOwed() throws Exception {
        String tasks = services.get(Services.TASKS).url();
        String supervisor = identity.tokens().supervisor("supervisor@e2e");
        DemoData.load(tasks, supervisor, HOME);
        String planId = null;
        List<String> units = new ArrayList<>();
        for (String line : Files.readAllLines(HOME.resolve("demo/xinxiang-2017-102.ledger.jsonl"))) {
            JsonNode event = json(line);
            switch (event.path("type").asText()) {
                case "duban.plan.registered.v1" -> planId = event.path("data").path("planId").asText();
                case "duban.unit.registered.v1" -> units.add(event.path("data").path("unitId").asText());
                default -> { }
            }
        }
        assertThat(units).hasSize(44);
        String plan = planId;
        String reporting = services.get(Services.REPORTING).url();
        String notification = services.get(Services.NOTIFICATION).url();
        // The two services read the topic each at its own pace: compare once both have the whole plan.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            int compared = 0;
            for (String unit : units) {
                String clerk = identity.tokens().unit("clerk@e2e", unit);
                List<String> owedOnTheDashboard = new ArrayList<>();
                for (JsonNode entry : json(get(reporting + "/api/v1/units/" + unit + "/dashboard?size=200&planId="
                        + plan, clerk)).path("tasks")) {
                    if (entry.path("owesReports").asBoolean()) {
                        owedOnTheDashboard.add(entry.path("taskId").asText());
                    }
                }
                List<String> remindedOf = new ArrayList<>();
                for (JsonNode obligation : json(get(notification + "/api/v1/units/" + unit + "/schedule", clerk))
                        .path("obligations")) {
                    if (obligation.path("planId").asText().equals(plan)) {
                        remindedOf.add(obligation.path("taskId").asText());
                    }
                }
                assertThat(remindedOf).as("reminded of, against owed on the dashboard of " + unit)
                        .containsExactlyInAnyOrderElementsOf(owedOnTheDashboard);
                compared += remindedOf.size();
            }
            // 38 tasks, 27 of them leaves; every one of the 44 units owes on at least one.
            assertThat(compared).isGreaterThan(units.size());
        });
    }

    /** The tasks of {@code taskIds} the unit's inbox holds an urge of, once per urge it holds. */
    private static List<String> urgesIn(String notification, String unit, List<String> taskIds) throws Exception {
        String clerk = identity.tokens().unit("clerk@e2e", unit);
        JsonNode inbox = json(get(notification + "/api/v1/units/" + encode(unit) + "/notifications?size=200", clerk));
        List<String> urged = new ArrayList<>();
        for (JsonNode item : inbox.path("items")) {
            if (item.path("kind").asText().equals("URGED") && taskIds.contains(item.path("taskId").asText())) {
                urged.add(item.path("taskId").asText());
            }
        }
        return urged;
    }

    /** Every urge reminder stored for these tasks, whichever replica sent it. */
    private static long urgesStored(List<String> taskIds) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("notification"),
                postgres.username(), postgres.password());
             PreparedStatement count = connection.prepareStatement(
                     "select count(*) from reminder where kind = 'URGED' and task_id = any (?)")) {
            count.setArray(1, connection.createArrayOf("varchar", taskIds.toArray()));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static String quoted(List<String> ids) {
        return String.join(",", ids.stream().map(id -> "\"" + id + "\"").toList());
    }

    private static List<CloudEvent> readTopic(String key, int count) {
        CloudEventCodec codec = new CloudEventCodec();
        List<CloudEvent> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.LEDGER_EVENTS));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (found.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        found.add(codec.read(record.value()));
                    }
                }
            }
        }
        return found;
    }

    @Test
    void aPackagedServiceRefusesToStartInProductionWithTheDevelopmentKey() throws Exception {
        postgres.ensureDatabase("refused");
        Map<String, String> production = new java.util.LinkedHashMap<>(identity.serviceConfig());
        production.put("quarkus.profile", "prod");
        production.put("mp.jwt.verify.issuer", "https://id.example.gov.cn");
        production.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl("refused"));
        production.put("quarkus.datasource.username", postgres.username());
        production.put("quarkus.datasource.password", postgres.password());
        production.put("kafka.bootstrap.servers", broker.bootstrapServers());
        Path log = Files.createTempFile("duban-refused", ".log");
        try (ServiceProcess tasks = ServiceProcess.start(HOME, Services.TASKS, FreePort.any(), production,
                List.of("-Xmx256m"), log)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks.awaitReady(Duration.ofSeconds(90)))
                    .hasMessageContaining("exited");
        }
        assertThat(Files.readString(log)).contains("refusing to start: the token verification key is a development key");
    }

    private static String registerUnit(String tasks, String supervisor, String name, String category) throws Exception {
        HttpResponse<String> registered = post(tasks + "/api/v1/units", supervisor,
                "{\"name\":\"%s\",\"category\":\"%s\"}".formatted(name, category));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return json(registered.body()).get("id").asText();
    }

    private static HttpResponse<String> post(String url, String token, String body)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String get(String url, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(url + " " + response.body()).isEqualTo(200);
        return response.body();
    }

    private static JsonNode json(String body) throws IOException {
        return EventJson.mapper().readTree(body);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
