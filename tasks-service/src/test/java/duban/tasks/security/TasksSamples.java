package duban.tasks.security;

import duban.embedded.identity.As;
import duban.embedded.identity.AuthorizationMatrix.Sample;
import duban.embedded.identity.Identity;
import duban.tasks.imports.SeedNotice;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One valid request per endpoint of tasks-service, with whatever it needs prepared first (as the
 * supervisor), so that every identity the rule admits gets a 2xx and every other one is refused by the rule
 * alone. A unit's clerk sends what a clerk would: its own unit in the body.
 */
final class TasksSamples {

    private final String owning;
    private final String other;

    TasksSamples(String owning, String other) {
        this.owning = owning;
        this.other = other;
    }

    Map<String, Sample> all() {
        Map<String, Sample> samples = new LinkedHashMap<>();
        samples.put("POST /api/v1/tasks", who -> as -> as.contentType(ContentType.JSON).body(taskBody())
                .post("/api/v1/tasks"));
        samples.put("GET /api/v1/tasks/{taskId}", who -> {
            String task = newTask();
            return as -> as.get("/api/v1/tasks/{taskId}", task);
        });
        samples.put("GET /api/v1/tasks/{taskId}/history", who -> {
            String task = newTask();
            return as -> as.get("/api/v1/tasks/{taskId}/history", task);
        });
        samples.put("POST /api/v1/tasks/{taskId}/reports", who -> {
            String task = newTask();
            String body = "{\"unitId\":\"" + actingUnit(who) + "\",\"text\":\"矩阵测试进展\"}";
            return as -> as.contentType(ContentType.JSON).body(body).post("/api/v1/tasks/{taskId}/reports", task);
        });
        samples.put("GET /api/v1/audit/events", who -> as -> as.queryParam("limit", 5).get("/api/v1/audit/events"));
        samples.put("GET /api/v1/audit/verify", who -> as -> as.get("/api/v1/audit/verify"));
        samples.put("POST /api/v1/imports/notices", who -> as -> as.contentType("text/plain; charset=UTF-8")
                .queryParam("dryRun", true).body(SeedNotice.text()).post("/api/v1/imports/notices"));
        return samples;
    }

    /** The unit a caller names in a body: a clerk its own, anyone else the owning unit. */
    private String actingUnit(Identity who) {
        String unit = who.unitOf(owning, other);
        return unit == null ? owning : unit;
    }

    private String newTask() {
        return As.supervisor().contentType(ContentType.JSON).body(taskBody()).post("/api/v1/tasks")
                .then().statusCode(201).extract().path("id");
    }

    private String taskBody() {
        return """
                {"planId":"matrix-plan","code":"九.(九).%s","title":"矩阵测试任务","leadUnitIds":["%s"]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), owning);
    }
}
