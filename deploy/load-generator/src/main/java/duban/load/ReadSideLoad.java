package duban.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import duban.events.Topics;
import duban.events.task.TaskUrged;
import java.io.IOException;
import java.net.URI;
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
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The read sides under load, on a running system (`./duban up`): a synthetic plan written straight onto the ledger
 * topic with the {@code events} records, then
 * <ul>
 * <li>{@code dashboard}: 64 clients (by default) read unit dashboards of a 20,000-task, 500-unit plan through
 * {@code wrk}, after a warm-up; then the plan's bulletin is timed;</li>
 * <li>{@code reminders}: notification-service works out a tick over 100,000 open obligations (its own
 * {@code duban.reminders.due} timer, read at {@code /q/metrics}), then 10,000 urges go out at once and the time until
 * all are in the inboxes (its database) and on {@code duban.notifications.v1} is measured;</li>
 * <li>{@code rebuild}: a plan of N events (1,000,000 by default) is put on the topic, reporting-service applies it,
 * then a rebuild of its ledger view is timed (events/s) against a bare Kafka consumer reading the same records.</li>
 * </ul>
 * Exit code 0 when the run was carried out (targets met or not: the figures say), 2 for bad arguments, 3 when it
 * could not be.
 */
public final class ReadSideLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Map<String, String> options;
    private final LoadIdentity identity;

    private ReadSideLoad(Map<String, String> options) {
        this.options = options;
        this.identity = LoadIdentity.of(Path.of(System.getProperty("duban.load.identity", ".local/identity")));
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("--help")) {
            System.out.println("""
                    read-side modes:
                      dashboard --reporting http://localhost:8082 --bootstrap localhost:9092 --tasks 20000 --units 500
                                --clients 64 --warmup 20s --duration 60s
                      reminders --notification http://localhost:8083 --bootstrap localhost:9092 --tasks 2000 --units 50
                                --urge-tasks 200 --pg-url jdbc:postgresql://localhost:15432/notification
                                --pg-user postgres --pg-password ''
                      freshness --tasks-url http://localhost:8081 --reporting http://localhost:8082 --rate 500
                                --units 500 --leads 10 --warmup 10s --duration 60s --sample-every 5 --poll-ms 10
                      rebuild   --reporting http://localhost:8082 --bootstrap localhost:9092 --events 1000000
                                --units 500""");
            System.exit(args.length == 0 ? 2 : 0);
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                System.err.println("expected an option, found " + args[i]);
                System.exit(2);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        ReadSideLoad load = new ReadSideLoad(options);
        try {
            switch (args[0]) {
                case "dashboard" -> load.dashboard();
                case "reminders" -> load.reminders();
                case "freshness" -> load.freshness();
                case "rebuild" -> load.rebuild();
                default -> {
                    System.err.println("unknown mode " + args[0]);
                    System.exit(2);
                }
            }
        } catch (IllegalStateException e) {
            System.err.println("the run could not be carried out: " + e.getMessage());
            System.exit(3);
        }
    }

    private void dashboard() throws Exception {
        String reporting = option("reporting", "http://localhost:8082");
        int tasks = number("tasks", 20_000);
        int units = number("units", 500);
        String name = "dashboard-" + System.currentTimeMillis();
        MachineMonitor machine = new MachineMonitor();
        try (SyntheticPlan plan = new SyntheticPlan(option("bootstrap", "localhost:9092"), name, tasks, units,
                number("leads", 1), number("co", 1))) {
            long started = System.nanoTime();
            long events = plan.write(Instant.now());
            int lastUnit = units - 1;
            int expected = plan.tasksOf(lastUnit);
            String lastUrl = reporting + "/api/v1/units/" + plan.unitId(lastUnit) + "/dashboard?size=1";
            waitFor(Duration.ofMinutes(10), () -> json(get(lastUrl, identity.clerkOf(plan.unitId(lastUnit))))
                    .path("page").path("totalTasks").asInt() == expected);
            System.out.printf(Locale.ROOT, "%,d events of a %,d-task, %,d-unit plan written and shown on the last "
                    + "unit's dashboard after %.1f s%n", events, tasks, units, seconds(started));

            Path script = Files.createTempFile("duban-dashboards", ".lua");
            Files.writeString(script, wrkScript(plan, units), StandardCharsets.UTF_8);
            int clients = number("clients", 64);
            System.out.println("warm-up: " + firstLines(wrk(reporting, script, clients, option("warmup", "20s")), 0));
            machine.start();
            String measured = wrk(reporting, script, clients, option("duration", "60s"));
            MachineMonitor.Sample sample = machine.stop();
            System.out.println(measured);
            System.out.printf(Locale.ROOT, "dashboards: %s requests/s, p99 %s with %d clients (targets ≥ 3,000/s, "
                            + "p99 ≤ 20 ms); load %.2f → %.2f, machine busy %.0f %%, generator %.2f cores%n",
                    find(measured, "Requests/sec:\\s+([0-9.]+)"), find(measured, "99%\\s+([0-9.]+\\w+)"), clients,
                    sample.loadBefore(), sample.loadAfter(), sample.machineBusy() * 100, sample.generatorCores());

            String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
            String bulletin = reporting + "/api/v1/plans/" + plan.planId() + "/bulletins/" + month;
            List<String> timings = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                long t = System.nanoTime();
                HttpResponse<String> answer = HTTP.send(request(bulletin, identity.supervisor()).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("bulletin answered " + answer.statusCode() + ": " + answer.body());
                }
                timings.add(String.format(Locale.ROOT, "%.0f ms", (System.nanoTime() - t) / 1e6));
            }
            System.out.printf("bulletin of the %,d-unit plan for %s, 8 times in a row (target ≤ 1 s): %s%n", units,
                    month, String.join(", ", timings));
        }
    }

    private void freshness() throws Exception {
        try (TasksApi api = new TasksApi(URI.create(option("tasks-url", "http://localhost:8081")),
                Duration.ofSeconds(30), identity)) {
            new Freshness(api, option("reporting", "http://localhost:8082"), identity).run(number("units", 500),
                    number("leads", 10), number("rate", 500), DurationText.parse(option("warmup", "10s")),
                    DurationText.parse(option("duration", "60s")), number("sample-every", 5), number("poll-ms", 10));
        }
    }

    /** A wrk script that reads every unit's dashboard in turn, each with its own clerk's token. */
    private String wrkScript(SyntheticPlan plan, int units) {
        StringBuilder lua = new StringBuilder("units = {}\ntokens = {}\n");
        for (int unit = 0; unit < units; unit++) {
            lua.append("units[").append(unit + 1).append("] = \"").append(plan.unitId(unit)).append("\"\n");
            lua.append("tokens[").append(unit + 1).append("] = \"").append(identity.clerkOf(plan.unitId(unit)))
                    .append("\"\n");
        }
        // Requests are formatted in init(), once wrk knows the Host header each needs.
        lua.append("""
                counter = 0
                function setup(thread)
                  thread:set("offset", counter)
                  counter = counter + 137
                end
                function init(args)
                  n = offset
                  requests = {}
                  for i = 1, #units do
                    requests[i] = wrk.format("GET", "/api/v1/units/" .. units[i] .. "/dashboard",
                      {["Host"] = wrk.headers["Host"], ["Authorization"] = "Bearer " .. tokens[i]})
                  end
                end
                function request()
                  n = n + 1
                  return requests[(n % #requests) + 1]
                end
                function response(status, headers, body)
                  if status ~= 200 then
                    io.stderr:write("status " .. status .. "\\n")
                  end
                end
                """);
        return lua.toString();
    }

    private static String wrk(String url, Path script, int clients, String duration) throws Exception {
        Process process = new ProcessBuilder("wrk", "-t2", "-c" + clients, "-d" + duration, "--latency",
                "--timeout", "10s", "-s", script.toString(), url).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed (Debian package wrk): " + output);
        }
        return output;
    }

    private void reminders() throws Exception {
        String notification = option("notification", "http://localhost:8083");
        int tasks = number("tasks", 2_000);
        int units = number("units", 50);
        int urged = number("urge-tasks", 200);
        String name = "reminders-" + System.currentTimeMillis();
        try (SyntheticPlan plan = new SyntheticPlan(option("bootstrap", "localhost:9092"), name, tasks, units,
                units, 0)) {
            long started = System.nanoTime();
            long events = plan.write(Instant.now());
            String schedule = notification + "/api/v1/units/" + plan.unitId(0) + "/schedule";
            waitFor(Duration.ofMinutes(10), () -> json(get(schedule, identity.clerkOf(plan.unitId(0))))
                    .path("obligations").size() == tasks);
            System.out.printf(Locale.ROOT, "%,d events: %,d tasks × %,d units = %,d open obligations, in the "
                    + "schedule after %.1f s%n", events, tasks, units, (long) tasks * units, seconds(started));

            Map<String, Double> before = tickTimer(notification);
            System.out.println("waiting for two ticks of the scheduler (every 60 s by default)…");
            waitFor(Duration.ofMinutes(4), () -> tickTimer(notification).get("count") >= before.get("count") + 2);
            Map<String, Double> after = tickTimer(notification);
            double ticks = after.get("count") - before.get("count");
            System.out.printf(Locale.ROOT, "a tick over every open obligation: mean %.0f ms over %.0f ticks, max %.0f "
                            + "ms in the last minutes (target ≤ 2 s)%n",
                    (after.get("sum") - before.get("sum")) / ticks * 1000, ticks, after.get("max") * 1000);

            try (KafkaConsumer<String, byte[]> consumer = notificationsAtTheirEnd(option("bootstrap",
                    "localhost:9092"))) {
                int expected = urged * units;
                long urgedAt = System.nanoTime();
                for (int task = 0; task < urged; task++) {
                    plan.send(new TaskUrged(plan.taskId(task), units(plan, units), "请于本周内报送进展"),
                            Instant.now());
                }
                plan.flush();
                Duration inbox = null;
                Duration kafka = null;
                long onTopic = 0;
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
                while ((inbox == null || (consumer != null && kafka == null)) && System.nanoTime() < deadline) {
                    if (inbox == null && urgesStored(plan.planId()) >= expected) {
                        inbox = Duration.ofNanos(System.nanoTime() - urgedAt);
                    }
                    if (consumer != null && kafka == null) {
                        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                            if (new String(record.value(), StandardCharsets.UTF_8).contains(plan.planId())) {
                                onTopic++;
                            }
                        }
                        if (onTopic >= expected) {
                            kafka = Duration.ofNanos(System.nanoTime() - urgedAt);
                        }
                    } else {
                        Thread.sleep(100);
                    }
                }
                System.out.printf(Locale.ROOT, "%,d urges (%d tasks × %d units): all in the inboxes after %s, all on "
                                + "%s after %s (target ≤ 10 s)%n", expected, urged, units, seconds(inbox),
                        Topics.NOTIFICATIONS, consumer == null ? "– (no such topic: no Kafka channel)"
                                : kafka == null ? "– (" + onTopic + " seen)" : seconds(kafka));
            }
        }
    }

    private static List<String> units(SyntheticPlan plan, int units) {
        List<String> ids = new ArrayList<>();
        for (int unit = 0; unit < units; unit++) {
            ids.add(plan.unitId(unit));
        }
        return ids;
    }

    /** A consumer at the current end of the notifications topic, or null when there is no such topic. */
    private static KafkaConsumer<String, byte[]> notificationsAtTheirEnd(String bootstrap) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(),
                new ByteArrayDeserializer());
        List<PartitionInfo> partitions = consumer.listTopics().getOrDefault(Topics.NOTIFICATIONS, List.of());
        if (partitions.isEmpty()) {
            consumer.close();
            return null;
        }
        List<TopicPartition> assigned = partitions.stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(assigned);
        consumer.seekToEnd(assigned);
        assigned.forEach(consumer::position);
        return consumer;
    }

    private long urgesStored(String planId) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                option("pg-url", "jdbc:postgresql://localhost:15432/notification"), option("pg-user", "postgres"),
                option("pg-password", ""));
             PreparedStatement count = connection.prepareStatement(
                     "select count(*) from reminder where kind = 'URGED' and plan_id = ?")) {
            count.setString(1, planId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The count, sum (s) and max (s) of notification-service's {@code duban.reminders.due} timer. */
    private Map<String, Double> tickTimer(String notification) throws Exception {
        String metrics = get(notification + "/q/metrics", null);
        Map<String, Double> timer = new HashMap<>();
        for (String part : List.of("count", "sum", "max")) {
            Matcher value = Pattern.compile("(?m)^duban_reminders_due_seconds_" + part + "\\s+([0-9.Ee+-]+)$")
                    .matcher(metrics);
            timer.put(part, value.find() ? Double.parseDouble(value.group(1)) : 0.0);
        }
        return timer;
    }

    private void rebuild() throws Exception {
        String reporting = option("reporting", "http://localhost:8082");
        String bootstrap = option("bootstrap", "localhost:9092");
        int events = number("events", 1_000_000);
        int units = number("units", 500);
        int tasks = Math.max(1, (events - 1 - units) / 2);
        try (SyntheticPlan plan = new SyntheticPlan(bootstrap, "rebuild-" + System.currentTimeMillis(), tasks, units,
                1, 1)) {
            long started = System.nanoTime();
            long written = plan.write(Instant.now());
            System.out.printf(Locale.ROOT, "%,d events written onto the topic in %.1f s%n", written, seconds(started));
        }
        // The live consumer applies them first, so that the rebuild is measured on its own.
        long applying = System.nanoTime();
        waitFor(Duration.ofHours(1), () -> ledgerViewLag(reporting) == 0);
        System.out.printf(Locale.ROOT, "reporting-service applied them after %.1f s%n", seconds(applying));

        long started = System.nanoTime();
        HttpResponse<String> accepted = HTTP.send(request(reporting + "/api/v1/admin/rebuild", identity.supervisor())
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("the rebuild was not started: " + accepted.statusCode() + " "
                    + accepted.body());
        }
        JsonNode[] status = new JsonNode[1];
        waitFor(Duration.ofHours(2), () -> {
            status[0] = json(get(reporting + "/api/v1/admin/rebuild", identity.supervisor()));
            return List.of("done", "failed").contains(status[0].path("state").asText());
        });
        double rebuildSeconds = seconds(started);
        if (!status[0].path("state").asText().equals("done")) {
            throw new IllegalStateException("the rebuild failed: " + status[0]);
        }
        long rebuilt = status[0].path("eventsDone").asLong();
        double rebuildRate = rebuilt / rebuildSeconds;

        long reading = System.nanoTime();
        long read = readWholeTopic(bootstrap);
        double bareSeconds = seconds(reading);
        double bareRate = read / bareSeconds;

        System.out.printf(Locale.ROOT, "rebuild: %,d events in %.1f s = %,.0f events/s from POST to the fresh memory "
                        + "(reading and writing alone %,.0f events/s; switch %s ms, rows copied %s) — target ≥ 20,000/s%n",
                rebuilt, rebuildSeconds, rebuildRate, status[0].path("eventsPerSecond").asDouble(),
                status[0].path("switchMillis").asText(), status[0].path("rowsCopied"));
        System.out.printf(Locale.ROOT, "bare consumer: %,d records in %.1f s = %,.0f records/s%n", read, bareSeconds,
                bareRate);
        System.out.printf(Locale.ROOT, "rebuild ÷ bare consumer: %.2f%n", rebuildRate / bareRate);
    }

    /** The "Ledger view" readiness check's total lag; fails while the service is not ready. */
    private static long ledgerViewLag(String reporting) throws IOException, InterruptedException {
        for (JsonNode check : json(get(reporting + "/q/health/ready", null)).path("checks")) {
            if (check.path("name").asText().equals("Ledger view")) {
                return check.path("data").path("lag").asLong(-1);
            }
        }
        return -1;
    }

    /** Reads the whole ledger topic with a consumer of no group, as fast as it goes; answers the records read. */
    private static long readWholeTopic(String bootstrap) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.LEDGER_EVENTS).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long read = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                read += consumer.poll(Duration.ofMillis(500)).count();
            }
            return read;
        }
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void waitFor(Duration timeout, Check check) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (check.holds()) {
                    return;
                }
            } catch (IOException | IllegalStateException e) {
                last = e;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("not there after " + timeout + (last == null ? "" : ": " + last));
    }

    private static HttpRequest.Builder request(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static String get(String url, String token) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(request(url, token).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + answer.statusCode());
        }
        return answer.body();
    }

    private static JsonNode json(String body) throws IOException {
        return JSON.readTree(body);
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        return matcher.find() ? matcher.group(1) : "?";
    }

    private static String firstLines(String text, int skip) {
        return Arrays.stream(text.split("\n")).skip(skip).filter(line -> line.contains("Requests/sec")
                || line.contains("99%")).map(String::trim).collect(Collectors.joining("; "));
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static String seconds(Duration duration) {
        return duration == null ? "– (not within 5 min)" : String.format(Locale.ROOT, "%.2f s",
                duration.toNanos() / 1e9);
    }

    private String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private int number(String name, int fallback) {
        return Integer.parseInt(option(name, Integer.toString(fallback)));
    }
}
