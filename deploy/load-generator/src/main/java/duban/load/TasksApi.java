package duban.load;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The calls of tasks-service the generator makes, each thread over its own kept-alive HTTP/1.1
 * connection ({@link KeepAliveConnection}).
 */
final class TasksApi implements AutoCloseable {

    /** The status and body of one answer. */
    record Answer(int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final URI base;
    private final LoadIdentity identity;
    private final ThreadLocal<KeepAliveConnection> connections;
    private final Queue<KeepAliveConnection> opened = new ConcurrentLinkedQueue<>();

    TasksApi(URI base, Duration timeout, LoadIdentity identity) {
        this.base = base;
        this.identity = identity;
        this.connections = ThreadLocal.withInitial(() -> {
            KeepAliveConnection connection = new KeepAliveConnection(base, timeout);
            opened.add(connection);
            return connection;
        });
    }

    /** Closes every thread's connection; the threads that used them have finished. */
    @Override
    public void close() {
        opened.forEach(KeepAliveConnection::close);
    }

    URI base() {
        return base;
    }

    /** {@code GET /q/health/ready}. */
    Answer ready() throws IOException, InterruptedException {
        return connections.get().exchange("GET", path("/q/health/ready"), null, null, null);
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

    private Answer post(String path, String json, String token) throws IOException {
        return connections.get().exchange("POST", path(path), "application/json", token, json);
    }

    /** The request target: the base URL's own path (when it has one) followed by {@code path}. */
    private String path(String path) {
        String prefix = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
        return prefix + path;
    }
}
