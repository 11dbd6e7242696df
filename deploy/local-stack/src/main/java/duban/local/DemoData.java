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
import java.util.UUID;

/**
 * Loads the reference plan 新政办〔2017〕102号 by importing its notice ({@code demo/xinxiang-2017-102.txt})
 * through the public REST API, exactly as a supervision office would, so the demo shows the real plan: its
 * 38 tasks (27 leaves), units, groups, milestones and targets.
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
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
