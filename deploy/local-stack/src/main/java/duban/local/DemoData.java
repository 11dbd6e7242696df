package duban.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.UUID;
import java.util.function.Function;

/**
 * Loads the reference plan 新政办〔2017〕102号 by importing its notice ({@code demo/xinxiang-2017-102.txt})
 * through the public REST API, exactly as a supervision office would, so the demo shows the real plan: its
 * 38 tasks (27 leaves), units, groups, milestones and targets; then has some of its units acknowledge (签收) their
 * assignments and leaves the others unacknowledged, so that both show.
 */
final class DemoData {

    /** The plan's 文号: the notice importer derives every id of the plan from it. */
    static final String PLAN_ID = "新政办〔2017〕102号";

    /** The demo notice, relative to the project's home. */
    static final Path NOTICE = Path.of("demo", "xinxiang-2017-102.txt");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DemoData() {
    }

    /**
     * Imports the demo notice from the project home named by {@code duban.home} as the supervisor whose
     * token is given; returns the tasks created.
     */
    static int load(String tasksUrl, String supervisorToken) {
        return load(tasksUrl, supervisorToken, Path.of(System.getProperty("duban.home", ".")));
    }

    static int load(String tasksUrl, String supervisorToken, Path home) {
        String notice;
        try {
            notice = Files.readString(home.resolve(NOTICE), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the demo notice " + NOTICE, e);
        }
        HttpResponse<String> response = post(tasksUrl + "/api/v1/imports/notices", notice, "demo-notice-import",
                supervisorToken);
        // 200: imported before (the import is idempotent), which a fresh .local/ never sees but is no error.
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw new IllegalStateException("demo notice refused: " + response.statusCode() + " " + response.body());
        }
        try {
            JsonNode summary = new ObjectMapper().readTree(response.body());
            return summary.path("tasksCreated").asInt();
        } catch (IOException e) {
            throw new IllegalStateException("unreadable import summary: " + response.body(), e);
        }
    }

    /**
     * 签收 in the demo, the same on every run: on every other task of the plan in the notice's order (the 1st, 3rd…)
     * each lead and co-responsible unit acknowledges its assignment, each as its own clerk; on the others only the
     * first lead unit does, and the rest stay unacknowledged. Returns the acknowledgements recorded; one recorded
     * before (a second run) is no error.
     *
     * @param unitToken a clerk's bearer token for a unit id
     */
    static int acknowledgeSome(String tasksUrl, String supervisorToken, Function<String, String> unitToken) {
        ObjectMapper json = new ObjectMapper();
        String planId = null;
        for (JsonNode plan : read(json, get(tasksUrl + "/api/v1/plans", supervisorToken))) {
            if (PLAN_ID.equals(plan.path("docNumber").asText())) {
                planId = plan.path("id").asText();
            }
        }
        if (planId == null) {
            throw new IllegalStateException("the demo plan " + PLAN_ID + " is not registered");
        }
        List<JsonNode> tasks = new ArrayList<>();
        read(json, get(tasksUrl + "/api/v1/plans/" + planId + "/tasks", supervisorToken))
                .forEach(area -> collectAssigned(area, tasks));
        int recorded = 0;
        for (int index = 0; index < tasks.size(); index++) {
            JsonNode task = tasks.get(index);
            List<String> units = new ArrayList<>();
            task.path("leadUnits").forEach(unit -> units.add(unit.path("id").asText()));
            if (index % 2 == 0) {
                task.path("coUnits").forEach(unit -> units.add(unit.path("id").asText()));
            } else {
                units.subList(1, units.size()).clear();
            }
            for (String unitId : units) {
                String taskId = task.path("id").asText();
                HttpResponse<String> answer = send(HttpRequest.newBuilder(
                                URI.create(tasksUrl + "/api/v1/tasks/" + taskId + "/acknowledgements"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", "demo-ack-" + taskId + "-" + unitId)
                        .header("Authorization", "Bearer " + unitToken.apply(unitId))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"note\":\"已签收,将按时报送\"}", StandardCharsets.UTF_8))
                        .build());
                if (answer.statusCode() == 201) {
                    recorded++;
                } else if (answer.statusCode() != 409) {
                    throw new IllegalStateException("demo acknowledgement refused: " + answer.statusCode() + " "
                            + answer.body());
                }
            }
        }
        return recorded;
    }

    /** The nodes of the tree that have units of their own (leaves, and the areas or items that name units). */
    private static void collectAssigned(JsonNode node, List<JsonNode> into) {
        if (!node.path("leadUnits").isEmpty()) {
            into.add(node);
        }
        node.path("children").forEach(child -> collectAssigned(child, into));
    }

    private static JsonNode read(ObjectMapper json, String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable answer: " + body, e);
        }
    }

    private static String get(String url, String token) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + ": " + answer.statusCode() + " " + answer.body());
        }
        return answer.body();
    }

    /**
     * The id the importer gives a unit it registers: a name-based UUID of the unit's name. It mirrors
     * tasks-service's {@code duban.tasks.imports.ImportIds#unit}, which a test there pins, since this runner
     * does not have tasks-service's classes at run time.
     */
    static String unitId(String name) {
        String key = "duban:unit\u001f" + name;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static HttpResponse<String> post(String url, String text, String idempotencyKey, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                // a whole plan in one transaction: a few seconds on a small machine
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .header("Idempotency-Key", idempotencyKey)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
                .build();
        return send(request);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
