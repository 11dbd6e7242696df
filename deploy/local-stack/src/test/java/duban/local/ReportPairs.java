package duban.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The (task, unit) pairs a load reports on, each once: a unit reports on a task once a period (a second report is
 * refused, 409 period-already-reported), so every report takes a pair nobody used. Tasks are created as pairs run
 * out, each with every unit of the load as a lead unit; the tasks made are kept to check the store against.
 */
final class ReportPairs {

    /** A unit that owes a report on a task, and its clerk's token. */
    record Pair(String taskId, String unitId, String token) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final Supplier<String> tasksUrl;
    private final String supervisor;
    private final Map<String, String> clerks;
    private final Deque<Pair> unused = new ArrayDeque<>();
    private final List<String> tasks = new ArrayList<>();
    private final AtomicInteger made = new AtomicInteger();

    /** @param clerks each unit of the load and its clerk's token */
    ReportPairs(Supplier<String> tasksUrl, String supervisor, Map<String, String> clerks) {
        this.tasksUrl = tasksUrl;
        this.supervisor = supervisor;
        this.clerks = Map.copyOf(clerks);
    }

    /** The next unused pair, creating a task when none is left; empty when tasks-service did not create one. */
    synchronized Optional<Pair> next() throws InterruptedException {
        if (unused.isEmpty()) {
            createTask().ifPresent(this::owe);
        }
        return Optional.ofNullable(unused.poll());
    }

    /**
     * Creates {@code count} tasks now: a load of many clients otherwise waits, all of it, each time one is made, and
     * a fault may fall while it does rather than while reports are written.
     */
    synchronized void createAhead(int count) throws InterruptedException {
        for (int i = 0; i < count; i++) {
            owe(createTask().orElseThrow(() -> new IllegalStateException("tasks-service did not create a task")));
        }
    }

    private void owe(String taskId) {
        clerks.forEach((unit, token) -> unused.add(new Pair(taskId, unit, token)));
    }

    synchronized List<String> taskIds() {
        return List.copyOf(tasks);
    }

    private Optional<String> createTask() throws InterruptedException {
        String leads = String.join(",", clerks.keySet().stream().map(id -> "\"" + id + "\"").toList());
        String body = """
                {"planId":"faults","code":"六.(一).%d","title":"推进重点项目建设","leadUnitIds":[%s],
                 "timelineText":"2026年12月底前"}""".formatted(made.incrementAndGet(), leads);
        try {
            HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(tasksUrl.get() + "/api/v1/tasks"))
                            .timeout(Duration.ofSeconds(15)).header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + supervisor)
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Matcher id = ID.matcher(created.body());
            if (created.statusCode() != 201 || !id.find()) {
                return Optional.empty();
            }
            tasks.add(id.group(1));
            return Optional.of(id.group(1));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
