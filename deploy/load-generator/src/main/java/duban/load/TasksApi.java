package duban.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The calls of tasks-service the generator makes, over one shared HTTP/1.1 client (one
 * connection per concurrent caller, kept alive).
 */
final class TasksApi {

    /** The status and body of one answer. */
    record Answer(int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final URI base;
    private final Duration timeout;
    private final HttpClient http;
    private final LoadIdentity identity;

    TasksApi(URI base, Duration timeout, LoadIdentity identity) {
        this.base = base;
        this.timeout = timeout;
        this.identity = identity;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    URI base() {
        return base;
    }

    /** {@code GET /q/health/ready}. */
    Answer ready() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/q/health/ready")).timeout(timeout).GET().build();
        return send(request);
    }

    /** Registers a unit and returns its id; anything but 201 is an exception. */
    String registerUnit(String name) throws IOException, InterruptedException {
        Answer answer = post("/api/v1/units", JsonBodies.registerUnit(name), identity.supervisor());
        if (!answer.ok()) {
            throw new IOException("registering unit " + name + " answered " + answer.status() + ": "
                    + JsonBodies.abbreviate(answer.body()));
        }
        return JsonBodies.id(answer.body());
    }

    /** Creates a task and returns its id; anything but 201 is an exception. */
    String createTask(String planId, String code, String title, List<String> leadUnitIds)
            throws IOException, InterruptedException {
        Answer answer = post("/api/v1/tasks", JsonBodies.createTask(planId, code, title, leadUnitIds),
                identity.supervisor());
        if (!answer.ok()) {
            throw new IOException("creating task " + code + " answered " + answer.status() + ": "
                    + JsonBodies.abbreviate(answer.body()));
        }
        return JsonBodies.id(answer.body());
    }

    /** Sends one progress report; returns once the whole answer has arrived. */
    Answer report(TaskPair pair, String text) throws IOException, InterruptedException {
        return post("/api/v1/tasks/" + pair.taskId() + "/reports", JsonBodies.report(pair.unitId(), text),
                identity.clerkOf(pair.unitId()));
    }

    private Answer post(String path, String json, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        return send(request);
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body());
    }
}
