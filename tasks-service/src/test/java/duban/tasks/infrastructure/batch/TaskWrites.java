package duban.tasks.infrastructure.batch;

import duban.tasks.RegisteredUnits;
import duban.testing.identity.As;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The writes the batch tests send through the API, and the version they read back. */
final class TaskWrites {

    static final String SCIENCE = "市科技局";
    static final String FINANCE = "市财政局";

    private TaskWrites() {
    }

    /** A progress report by {@code unit}'s clerk, with its own Idempotency-Key ({@code key}) and an If-Match or none. */
    static Response report(String task, String unit, String text, String key, String ifMatch) {
        var request = As.unit(RegisteredUnits.id(unit)).contentType(ContentType.JSON).header("Idempotency-Key", key);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.body(Map.of("unitId", RegisteredUnits.id(unit), "text", text))
                .post("/api/v1/tasks/" + task + "/reports");
    }

    /** The task's version, as its ETag. */
    static String version(String task) {
        return As.supervisor().get("/api/v1/tasks/" + task).then().statusCode(200).extract().header("ETag");
    }

    /** Creates a task of a plan of its own led by {@code leads}; answers its id. */
    static String newTask(String... leads) {
        return createTask(leads).then().statusCode(201).extract().path("id");
    }

    /** Sends the creation of a task led by {@code leads} (a write that names no task) and answers the answer. */
    static Response createTask(String... leads) {
        String units = Arrays.stream(leads).map(unit -> "\"" + RegisteredUnits.id(unit) + "\"")
                .collect(Collectors.joining(","));
        return As.supervisor().contentType(ContentType.JSON).body("""
                {"planId":"p-batch-%s","code":"一.(一).1","title":"成批提交任务","leadUnitIds":[%s]}"""
                        .formatted(UUID.randomUUID(), units))
                .post("/api/v1/tasks");
    }
}
