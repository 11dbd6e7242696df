package duban.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import duban.embedded.KafkaBroker;
import duban.embedded.PostgresServer;
import duban.events.Topics;
import java.io.File;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The contract as tools nobody here wrote read it ({@code contract/check}): the packaged tasks-service, on a real
 * broker and PostgreSQL, imports the reference plan and takes acknowledgements, reports and an urge; the check then
 * lints the OpenAPI documents, validates the AsyncAPI document and reads every record with kcat, each valid against
 * the published JSON Schemas. One record broken on purpose makes it fail and name that record.
 */
class ContractCheckTest {

    private static final Path HOME = Path.of(System.getProperty("duban.home", "../..")).toAbsolutePath().normalize();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern COUNTS = Pattern.compile("records read: (\\d+), valid: (\\d+), invalid: (\\d+)");

    @Test
    void everyRecordTheProductWritesIsValidAndABrokenOneIsNamed() throws Exception {
        for (String tool : List.of("kcat", "node", "npm")) {
            assumeTrue(onPath(tool), tool + " is not installed: the contract check is skipped (.ci/run installs it)");
        }
        try (PostgresServer postgres = PostgresServer.start(); KafkaBroker broker = KafkaBroker.start()) {
            LocalIdentity identity = LocalIdentity.in(Files.createTempDirectory("duban-contract-identity"));
            try (Services services = Services.start(HOME, Files.createTempDirectory("duban-contract-logs"), postgres,
                    broker.bootstrapServers(), new Services.Ports(FreePort.any(), FreePort.any(), FreePort.any()),
                    identity.serviceConfig(), Duration.ofSeconds(120), false)) {
                String tasks = services.get(Services.TASKS).url();
                String supervisor = identity.tokens().supervisor("supervisor@contract");
                assertThat(DemoData.load(tasks, supervisor, HOME)).isEqualTo(38);
                int acknowledged = DemoData.acknowledgeSome(tasks, supervisor,
                        unit -> identity.tokens().unit("clerk@contract", unit));
                int reported = reportAndUrge(tasks, supervisor, identity);

                Run passing = check("--bootstrap", broker.bootstrapServers());
                assertThat(passing.exitCode()).as(passing.output()).isZero();
                assertThat(passing.output()).contains("Your API descriptions are valid", "asyncapi.yaml is valid",
                        "duban.task.progress-reported.v1: " + reported + " valid",
                        "duban.task.acknowledged.v1: " + acknowledged + " valid",
                        "duban.task.urged.v1: 1 valid", "contract/check: passed");
                long read = counts(passing.output())[0];
                // the plan's 144 events, then what the units and the supervisor did
                assertThat(read).isEqualTo(144 + acknowledged + reported + 1);
                assertThat(counts(passing.output())).containsExactly(read, read, 0L);

                String brokenId = publishAReportWithoutItsText(broker.bootstrapServers());
                Run failing = check("records", "--bootstrap", broker.bootstrapServers());
                assertThat(failing.exitCode()).as(failing.output()).isEqualTo(1);
                assertThat(counts(failing.output())).containsExactly(read + 1, read, 1L);
                assertThat(failing.output())
                        .contains("duban.task.progress-reported.v1: " + reported + " valid, 1 INVALID")
                        .containsPattern("INVALID duban\\.ledger\\.events\\.v1\\[\\d+]@\\d+ type "
                                + "duban\\.task\\.progress-reported\\.v1 id " + brokenId)
                        .contains("data must have required property 'text'")
                        .doesNotContain("contract/check: passed");
            }
        }
    }

    /** Three leaf tasks' lead units report, and the supervisor urges the first; answers the reports recorded. */
    private static int reportAndUrge(String tasks, String supervisor, LocalIdentity identity) throws Exception {
        String planId = null;
        for (JsonNode plan : JSON.readTree(send(get(tasks + "/api/v1/plans", supervisor), 200))) {
            if (DemoData.PLAN_ID.equals(plan.path("docNumber").asText())) {
                planId = plan.path("id").asText();
            }
        }
        List<JsonNode> leaves = new ArrayList<>();
        JSON.readTree(send(get(tasks + "/api/v1/plans/" + planId + "/tasks", supervisor), 200))
                .forEach(node -> collectLeaves(node, leaves));
        int reported = 0;
        for (JsonNode leaf : leaves.subList(0, 3)) {
            String unit = leaf.path("leadUnits").path(0).path("id").asText();
            send(post(tasks + "/api/v1/tasks/" + leaf.path("id").asText() + "/reports",
                    identity.tokens().unit("clerk@contract", unit),
                    JSON.writeValueAsString(Map.of("unitId", unit, "text", "已完成年度任务的60%。"))), 201);
            reported++;
        }
        JsonNode first = leaves.get(0);
        send(post(tasks + "/api/v1/tasks/" + first.path("id").asText() + "/urges", supervisor,
                JSON.writeValueAsString(Map.of("unitIds", List.of(first.path("leadUnits").path(0).path("id").asText()),
                        "message", "请于本周内报送进展"))), 201);
        return reported;
    }

    private static void collectLeaves(JsonNode node, List<JsonNode> into) {
        if (node.path("children").isEmpty() && !node.path("leadUnits").isEmpty()) {
            into.add(node);
        }
        node.path("children").forEach(child -> collectLeaves(child, into));
    }

    /**
     * Copies a progress report from the topic under a new id, without the text every report must have, as a faulty
     * producer would write it; answers the new id.
     */
    private static String publishAReportWithoutItsText(String bootstrap) throws Exception {
        ConsumerRecord<String, byte[]> report = null;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "contract-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.LEDGER_EVENTS));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (report == null && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (JSON.readTree(record.value()).path("type").asText().equals("duban.task.progress-reported.v1")) {
                        report = record;
                    }
                }
            }
        }
        assertThat(report).as("a progress report on the topic").isNotNull();
        ObjectNode broken = (ObjectNode) JSON.readTree(report.value());
        String id = UUID.randomUUID().toString();
        broken.put("id", id);
        ((ObjectNode) broken.get("data")).remove("text");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.LEDGER_EVENTS, report.key(),
                    JSON.writeValueAsBytes(broken));
            for (Header header : report.headers()) {
                record.headers().add(header);
            }
            producer.send(record).get(30, TimeUnit.SECONDS);
        }
        return id;
    }

    private record Run(int exitCode, String output) {
    }

    private static Run check(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(HOME.resolve("contract/check").toString()));
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("duban-contract-check", ".log");
        Process process = new ProcessBuilder(command).directory(HOME.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        // the first run installs the pinned tools with npm ci
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("contract/check finished").isTrue();
        String text = Files.readString(output, StandardCharsets.UTF_8);
        System.out.println(text);
        return new Run(process.exitValue(), text);
    }

    /** Records read, valid and invalid, summed over the topics the check read. */
    private static long[] counts(String output) {
        long[] sums = new long[3];
        Matcher matcher = COUNTS.matcher(output);
        boolean any = false;
        while (matcher.find()) {
            any = true;
            for (int i = 0; i < 3; i++) {
                sums[i] += Long.parseLong(matcher.group(i + 1));
            }
        }
        assertThat(any).as("counts in " + output).isTrue();
        return sums;
    }

    private static boolean onPath(String tool) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, tool))) {
                return true;
            }
        }
        return false;
    }

    private static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build();
    }

    private static HttpRequest post(String url, String token, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    private static String send(HttpRequest request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(request.uri() + ": " + answer.body()).isEqualTo(expected);
        return answer.body();
    }
}
