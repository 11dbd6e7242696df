package duban.tasks.security;

import duban.tasks.attachment.Uploads;
import duban.tasks.imports.SeedNotice;
import duban.tasks.ledger.SeedLedgerFile;
import duban.tasks.task.api.TaskFixture;
import duban.testing.identity.As;
import duban.testing.identity.AuthorizationMatrix.Call;
import duban.testing.identity.AuthorizationMatrix.Sample;
import duban.testing.identity.Identity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One valid request per endpoint of tasks-service, with whatever it needs prepared first (as the
 * supervisor or the lead unit), so that every identity the rule admits gets a 2xx and every other one is
 * refused by the rule alone. A unit's clerk names its own unit in a body, as a clerk would; the owning unit
 * is the task's lead unit 市科技局, the other one 牧野区, which no task here concerns.
 */
final class TasksSamples {

    static final String OWNING = TaskFixture.unit(TaskFixture.LEAD);
    static final String OTHER = TaskFixture.unit(TaskFixture.OUTSIDER);

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Map<String, Sample> samples = new LinkedHashMap<>();

    Map<String, Sample> all() {
        tasks();
        taskCommands();
        plans();
        units();
        unitGroups();
        samples.put("GET /api/v1/audit/events", who -> as -> as.queryParam("limit", 5).get("/api/v1/audit/events"));
        samples.put("GET /api/v1/audit/verify", who -> as -> as.get("/api/v1/audit/verify"));
        samples.put("POST /api/v1/imports/notices", who -> as -> as.contentType("text/plain; charset=UTF-8")
                .queryParam("dryRun", true).body(SeedNotice.text()).post("/api/v1/imports/notices"));
        attachments();
        samples.put("POST /api/v1/imports/ledger", who -> as -> as.contentType(XLSX).queryParam("dryRun", true)
                .body(SeedLedgerFile.bytes()).post("/api/v1/imports/ledger"));
        return samples;
    }

    private void tasks() {
        samples.put("POST /api/v1/tasks", who -> as -> as.contentType(ContentType.JSON).body("""
                {"planId":"matrix-plan","code":"九.(九).1","title":"矩阵测试任务","leadUnitIds":["市科技局"]}""")
                .post("/api/v1/tasks"));
        onTask("GET /api/v1/tasks/{taskId}", task -> task, (task, unit) -> as -> as.get("/api/v1/tasks/{id}", task.id));
        onTask("GET /api/v1/tasks/{taskId}/history", task -> task,
                (task, unit) -> as -> as.get("/api/v1/tasks/{id}/history", task.id));
    }

    private void taskCommands() {
        command("revisions", fresh(), unit -> "{\"title\":\"加快培育高新技术企业\"}");
        command("unit-assignments", fresh(), unit -> "{\"leadUnitIds\":[\"市科技局\"],\"coUnitIds\":[\"红旗区\"]}");
        command("milestones", fresh(), unit -> "{\"dueOn\":\"2017-12-31\",\"description\":\"完成认定\"}");
        command("milestones/{milestoneId}/reschedulings", TaskFixture::withMilestone,
                unit -> "{\"dueOn\":\"2018-01-15\",\"reason\":\"认定批次推迟\"}");
        command("milestones/{milestoneId}/completion", TaskFixture::withMilestone,
                unit -> "{\"completedOn\":\"2017-12-20\"}");
        command("targets", fresh(), unit -> "{\"measureWord\":\"家\",\"total\":30,\"allocations\":[{\"unit\":\"红旗区\",\"min\":30}]}");
        command("reports", fresh(), unit -> "{\"unitId\":\"" + unit + "\",\"text\":\"矩阵测试进展\"}");
        command("reports/{reportId}/corrections", TaskFixture::withReport,
                unit -> "{\"unitId\":\"" + unit + "\",\"text\":\"更正后的进展\",\"reason\":\"填报有误\"}");
        command("acknowledgements", fresh(), unit -> "{\"note\":\"已签收\"}");
        command("reports/{reportId}/acceptance", task -> TaskFixture.createInReviewedPlan().withReport(),
                unit -> "{\"note\":\"予以确认\"}");
        command("reports/{reportId}/return", task -> TaskFixture.createInReviewedPlan().withReport(),
                unit -> "{\"reason\":\"未见佐证材料\"}");
        command("completion-requests", fresh(), unit -> "{\"unitId\":\"" + unit + "\"}");
        command("completion-requests/approval", task -> task.withMilestone().withCompletionRequest(),
                unit -> "{\"waivedMilestoneIds\":[\"m1\"]}");
        command("completion-requests/rejection", TaskFixture::withCompletionRequest, unit -> "{\"reason\":\"材料不全\"}");
        command("extension-requests", TaskFixture::withMilestone, unit -> "{\"milestoneId\":\"m1\",\"unitId\":\"" + unit
                + "\",\"requestedDueOn\":\"2018-01-31\",\"reason\":\"省级认定批次推迟\"}");
        command("extension-requests/{requestId}/grant", task -> task.withMilestone().withExtensionRequest(),
                unit -> "{\"note\":\"同意\"}");
        command("extension-requests/{requestId}/denial", task -> task.withMilestone().withExtensionRequest(),
                unit -> "{\"reason\":\"理由不充分\"}");
        command("urges", fresh(), unit -> "{\"unitIds\":[\"红旗区\"],\"message\":\"请按时报送\"}");
        command("suspension", fresh(), unit -> "{\"reason\":\"暂缓实施\"}");
        command("resumption", TaskFixture::suspended, unit -> "{\"note\":\"恢复实施\"}");
        command("cancellation", fresh(), unit -> "{\"reason\":\"任务撤销\"}");
    }

    private void attachments() {
        samples.put("POST /api/v1/attachments", who -> {
            byte[] file = Uploads.pdf(600);
            return as -> as.contentType("application/pdf").queryParam("name", "矩阵证明材料.pdf").body(file)
                    .post("/api/v1/attachments");
        });
        // a file the owning unit uploaded and named in a report on a task it leads
        samples.put("GET /api/v1/attachments/{sha256}", who -> {
            TaskFixture task = TaskFixture.create();
            byte[] file = Uploads.pdf(700);
            String sha = Uploads.uploadAsUnit(OWNING, file, "矩阵证明材料.pdf");
            As.unit(OWNING).contentType(ContentType.JSON).body("{\"unitId\":\"" + OWNING + "\",\"text\":\"矩阵测试进展\","
                    + "\"attachments\":[{\"name\":\"矩阵证明材料.pdf\",\"size\":700,\"sha256\":\"" + sha + "\"}]}")
                    .post("/api/v1/tasks/" + task.id + "/reports").then().statusCode(201);
            return as -> as.get("/api/v1/attachments/{sha}", sha);
        });
    }

    private void plans() {
        samples.put("POST /api/v1/plans", who -> as -> as.contentType(ContentType.JSON).body(planBody())
                .post("/api/v1/plans"));
        onPlan("POST /api/v1/plans/{planId}/amendments", plan -> as -> as.contentType(ContentType.JSON)
                .body("{\"title\":\"矩阵测试方案(修订)\",\"reason\":\"调整\"}").post("/api/v1/plans/{id}/amendments", plan));
        onPlan("POST /api/v1/plans/{planId}/report-review", plan -> as -> as.contentType(ContentType.JSON)
                .body("{\"required\":true,\"reason\":\"报送须经审核\"}").post("/api/v1/plans/{id}/report-review", plan));
        samples.put("GET /api/v1/plans", who -> as -> as.get("/api/v1/plans"));
        onPlan("GET /api/v1/plans/{planId}", plan -> as -> as.get("/api/v1/plans/{id}", plan));
        onPlan("GET /api/v1/plans/{planId}/tasks", plan -> as -> as.get("/api/v1/plans/{id}/tasks", plan));
        onPlan("GET /api/v1/plans/{planId}/ledger.xlsx", plan -> as -> as.get("/api/v1/plans/{id}/ledger.xlsx", plan));
    }

    private void units() {
        samples.put("POST /api/v1/units", who -> as -> as.contentType(ContentType.JSON).body(unitBody())
                .post("/api/v1/units"));
        onUnit("POST /api/v1/units/{unitId}/aliases", unit -> as -> as.contentType(ContentType.JSON)
                .body("{\"alias\":\"矩阵简称-" + shortId() + "\"}").post("/api/v1/units/{id}/aliases", unit));
        samples.put("GET /api/v1/units", who -> as -> as.get("/api/v1/units"));
        onUnit("GET /api/v1/units/{unitId}", unit -> as -> as.get("/api/v1/units/{id}", unit));
    }

    private void unitGroups() {
        samples.put("POST /api/v1/unit-groups", who -> as -> as.contentType(ContentType.JSON).body(groupBody())
                .post("/api/v1/unit-groups"));
        onGroup("POST /api/v1/unit-groups/{groupId}/redefinitions", group -> as -> as.contentType(ContentType.JSON)
                .body("{\"phrase\":\"矩阵单位组\",\"members\":[\"市科技局\"]}")
                .post("/api/v1/unit-groups/{id}/redefinitions", group));
        samples.put("GET /api/v1/unit-groups", who -> as -> as.get("/api/v1/unit-groups"));
        onGroup("GET /api/v1/unit-groups/{groupId}", group -> as -> as.get("/api/v1/unit-groups/{id}", group));
    }

    /** A POST on a task's sub-resource, on a task prepared for it, naming the caller's unit where a unit acts. */
    private void command(String path, UnaryOperator<TaskFixture> prepare, Function<String, String> body) {
        String concrete = path.replace("{milestoneId}", "m1").replace("{reportId}", "r1").replace("{requestId}", "x1");
        onTask("POST /api/v1/tasks/{taskId}/" + path, prepare, (task, unit) -> {
            String json = body.apply(unit);
            return as -> as.contentType(ContentType.JSON).body(json).post("/api/v1/tasks/" + task.id + "/" + concrete);
        });
    }

    private void onTask(String key, UnaryOperator<TaskFixture> prepare,
                        java.util.function.BiFunction<TaskFixture, String, Call> call) {
        samples.put(key, who -> call.apply(prepare.apply(TaskFixture.create()), actingUnit(who)));
    }

    private void onPlan(String key, Function<String, Call> call) {
        samples.put(key, who -> call.apply(created(As.supervisor().contentType(ContentType.JSON).body(planBody())
                .post("/api/v1/plans"))));
    }

    private void onUnit(String key, Function<String, Call> call) {
        samples.put(key, who -> call.apply(created(As.supervisor().contentType(ContentType.JSON).body(unitBody())
                .post("/api/v1/units"))));
    }

    private void onGroup(String key, Function<String, Call> call) {
        samples.put(key, who -> call.apply(created(As.supervisor().contentType(ContentType.JSON).body(groupBody())
                .post("/api/v1/unit-groups"))));
    }

    private static UnaryOperator<TaskFixture> fresh() {
        return task -> task;
    }

    /** The unit a caller names in a body: a clerk its own, anyone else the lead unit. */
    private static String actingUnit(Identity who) {
        String unit = who.unitOf(OWNING, OTHER);
        return unit == null ? OWNING : unit;
    }

    /** The id a 201 answer's Location names. */
    private static String created(Response response) {
        response.then().statusCode(201);
        String location = response.header("Location");
        return URLDecoder.decode(location.substring(location.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
    }

    private static String planBody() {
        return "{\"title\":\"矩阵测试方案\",\"docNumber\":\"矩阵〔2017〕" + shortId() + "号\",\"issuedOn\":\"2017-09-30\"}";
    }

    private static String unitBody() {
        return "{\"name\":\"矩阵测试单位-" + shortId() + "\",\"category\":\"CITY_DEPARTMENT\"}";
    }

    private static String groupBody() {
        return "{\"phrase\":\"矩阵单位组-" + shortId() + "\",\"members\":[\"市科技局\",\"红旗区\"]}";
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
