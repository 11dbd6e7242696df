package duban.tasks.task.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import duban.testing.identity.As;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class TaskResourceTest {

    static final String PROBLEM = "application/problem+json";

    static String newTask() {
        return """
                {"planId":"xinxiang-2017-102","code":"一.(二).1.(2)","title":"加快发展高新技术企业",
                 "text":"实施“小升高”培育行动","leadUnitIds":["市科技局","市财政局"],"coUnitIds":["红旗区"],
                 "timelineText":"12月底前,全市新培育高新技术企业30家"}""";
    }

    static Response create() {
        TaskFixture.registerUnits();
        return As.supervisor().contentType(ContentType.JSON).body(newTask()).post("/api/v1/tasks");
    }

    @Test
    void createsATaskAndReadsItBackWithItsVersion() {
        Response created = create();
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/tasks/"))
                .header("ETag", equalTo("\"0\""))
                .body("title", equalTo("加快发展高新技术企业"))
                .body("leadUnitIds", equalTo(java.util.List.of(TaskFixture.unit("市科技局"), TaskFixture.unit("市财政局"))))
                .body("status", equalTo("OPEN"))
                .body("version", equalTo(0));
        String id = created.path("id");

        As.supervisor().get("/api/v1/tasks/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo("一.(二).1.(2)"))
                .body("timelineText", equalTo("12月底前,全市新培育高新技术企业30家"))
                .body("coUnitIds", hasItem(TaskFixture.unit("红旗区")));
    }

    @Test
    void aReportIsAppendedAndShownAsTheUnitsLatest() {
        String id = create().path("id");

        As.unit(TaskFixture.unit("市科技局")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"unitId\":\"市科技局\",\"text\":\"已完成第二批高企推荐工作。\"}")
                .post("/api/v1/tasks/" + id + "/reports")
                .then().statusCode(201)
                .header("ETag", equalTo("\"1\""))
                .body("reportId", notNullValue())
                .body("version", equalTo(1));

        As.supervisor().get("/api/v1/tasks/" + id).then().statusCode(200)
                .body("version", equalTo(1))
                .body("reports", hasSize(1))
                .body("reports[0].unitId", equalTo(TaskFixture.unit("市科技局")))
                .body("reports[0].text", equalTo("已完成第二批高企推荐工作。"))
                .body("reports[0].period", notNullValue());
    }

    @Test
    void aStaleIfMatchIsRefusedAndAppendsNothing() {
        String id = create().path("id");
        As.unit(TaskFixture.unit("市科技局")).contentType(ContentType.JSON).body("{\"unitId\":\"市科技局\",\"text\":\"进展一\"}")
                .post("/api/v1/tasks/" + id + "/reports")
                .then().statusCode(201);

        As.unit(TaskFixture.unit("市财政局")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"unitId\":\"市财政局\",\"text\":\"进展二\"}")
                .post("/api/v1/tasks/" + id + "/reports")
                .then().statusCode(412).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:stale-version"));

        As.supervisor().get("/api/v1/tasks/" + id).then().body("version", equalTo(1));
    }

    @Test
    void aReportFromAUnitNotOnTheTaskIsRefusedByTheLedgerRule() {
        String id = create().path("id");

        As.unit(TaskFixture.unit("牧野区")).contentType(ContentType.JSON).body("{\"unitId\":\"牧野区\",\"text\":\"不是我们的任务\"}")
                .post("/api/v1/tasks/" + id + "/reports")
                .then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:not-responsible-unit"))
                .body("detail", containsString(TaskFixture.unit("牧野区")));

        As.supervisor().get("/api/v1/tasks/" + id).then().body("version", equalTo(0));
    }

    @Test
    void aSecondReportForTheSamePeriodIsAConflict() {
        String id = create().path("id");
        String report = "{\"unitId\":\"市科技局\",\"text\":\"进展\"}";
        As.unit(TaskFixture.unit("市科技局")).contentType(ContentType.JSON).body(report).post("/api/v1/tasks/" + id + "/reports")
                .then().statusCode(201);

        As.unit(TaskFixture.unit("市科技局")).contentType(ContentType.JSON).body(report).post("/api/v1/tasks/" + id + "/reports")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:period-already-reported"));
    }

    @Test
    void theSameIdempotencyKeyAndBodyAnswerTheFirstResultAndRecordNothingNew() {
        String key = "create-" + java.util.UUID.randomUUID();
        Response first = As.supervisor().contentType(ContentType.JSON).header("Idempotency-Key", key).body(newTask())
                .post("/api/v1/tasks");
        first.then().statusCode(201);
        String id = first.path("id");

        As.supervisor().contentType(ContentType.JSON).header("Idempotency-Key", key).body(newTask()).post("/api/v1/tasks")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")))
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id));

        String report = "{\"unitId\":\"市科技局\",\"text\":\"只报一次\"}";
        String reportKey = "report-" + java.util.UUID.randomUUID();
        String reportId = As.unit(TaskFixture.unit("市科技局")).contentType(ContentType.JSON).header("Idempotency-Key", reportKey).body(report)
                .post("/api/v1/tasks/" + id + "/reports").then().statusCode(201).extract().path("reportId");
        As.unit(TaskFixture.unit("市科技局")).contentType(ContentType.JSON).header("Idempotency-Key", reportKey).body(report)
                .post("/api/v1/tasks/" + id + "/reports").then().statusCode(201).body("reportId", equalTo(reportId));

        As.supervisor().get("/api/v1/tasks/" + id).then().body("version", equalTo(1)).body("reports", hasSize(1));
    }

    @Test
    void anIdempotencyKeyReusedForAnotherRequestIsRefused() {
        String key = "create-" + java.util.UUID.randomUUID();
        As.supervisor().contentType(ContentType.JSON).header("Idempotency-Key", key).body(newTask()).post("/api/v1/tasks")
                .then().statusCode(201);

        As.supervisor().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(newTask().replace("加快发展高新技术企业", "另一个任务")).post("/api/v1/tasks")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:idempotency-key-reused"));
    }

    @Test
    void aRefusedCommandKeepsNoIdempotencyRecordSoTheKeyCanBeUsedAgain() {
        String id = create().path("id");
        String key = "report-" + java.util.UUID.randomUUID();
        As.unit(TaskFixture.unit("牧野区")).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"unitId\":\"牧野区\",\"text\":\"不是我们的任务\"}")
                .post("/api/v1/tasks/" + id + "/reports").then().statusCode(403);

        As.unit(TaskFixture.unit("市科技局")).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"unitId\":\"市科技局\",\"text\":\"改由牵头单位报送\"}")
                .post("/api/v1/tasks/" + id + "/reports").then().statusCode(201);
    }

    @Test
    void anUnusableIdempotencyKeyIsABadRequest() {
        As.supervisor().contentType(ContentType.JSON).header("Idempotency-Key", "x".repeat(201)).body(newTask())
                .post("/api/v1/tasks")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:invalid-idempotency-key"));
    }

    @Test
    void aTaskKeepsItsReportingCadenceAndLeaderLinesAsData() {
        TaskFixture.registerUnits();
        String body = """
                {"planId":"xinxiang-2017-102","code":"一.(三).1","title":"生物育种项目","leadUnitIds":["市科技局"],
                 "timelineText":"平原示范区要牵头做好与省农科院的沟通对接工作,并从10月份开始每半月报送工作进展情况。",
                 "reportingCadence":{"frequency":"SEMI_MONTHLY","startsOn":"2017-10-01",
                                     "text":"从10月份开始每半月报送工作进展情况"},
                 "leaders":[{"role":"分管领导","text":"王副市长"}]}""";
        String id = As.supervisor().contentType(ContentType.JSON).body(body).post("/api/v1/tasks")
                .then().statusCode(201).extract().path("id");

        As.supervisor().get("/api/v1/tasks/" + id).then().statusCode(200)
                .body("reportingCadence.frequency", equalTo("SEMI_MONTHLY"))
                .body("reportingCadence.startsOn", equalTo("2017-10-01"))
                .body("reportingCadence.daysOfMonth", hasSize(0))
                .body("reportingCadence.text", equalTo("从10月份开始每半月报送工作进展情况"))
                .body("leaders", hasSize(1))
                .body("leaders[0].role", equalTo("分管领导"))
                .body("leaders[0].text", equalTo("王副市长"));
    }

    @Test
    void aTaskThatStatesNoCadenceOrLeadersShowsNone() {
        String id = create().then().statusCode(201).extract().path("id");

        As.supervisor().get("/api/v1/tasks/" + id).then().statusCode(200)
                .body("reportingCadence", equalTo(null))
                .body("leaders", hasSize(0));
    }

    @Test
    void aMalformedCadenceOrLeaderLineIsAProblemListingEachField() {
        TaskFixture.registerUnits();
        String body = """
                {"planId":"xinxiang-2017-102","code":"一.(三).1","title":"生物育种项目","leadUnitIds":["市科技局"],
                 "reportingCadence":{"daysOfMonth":[5,32],"text":" "},
                 "leaders":[{"text":"王副市长"}]}""";
        As.supervisor().contentType(ContentType.JSON).body(body).post("/api/v1/tasks")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:validation"))
                .body("errors.field", hasItem("reportingCadence.frequency"))
                .body("errors.field", hasItem("reportingCadence.text"))
                .body("errors.field", hasItem(containsString("reportingCadence.daysOfMonth")))
                .body("errors.field", hasItem(containsString("leaders")));
    }

    @Test
    void repeatedReportingDaysAreRefusedByTheLedgerRule() {
        TaskFixture.registerUnits();
        String body = """
                {"planId":"xinxiang-2017-102","code":"一.(三).1","title":"生物育种项目","leadUnitIds":["市科技局"],
                 "reportingCadence":{"frequency":"MONTHLY","daysOfMonth":[5,5],"text":"每月5日、5日报送"}}""";
        As.supervisor().contentType(ContentType.JSON).body(body).post("/api/v1/tasks")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:invalid-reporting-days"));
    }

    @Test
    void invalidBodiesAreProblemsListingEachField() {
        As.supervisor().contentType(ContentType.JSON).body("{\"planId\":\"p\",\"code\":\"\",\"leadUnitIds\":[]}")
                .post("/api/v1/tasks")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:validation"))
                .body("errors.field", hasItem("code"))
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("leadUnitIds"));
    }

    @Test
    void brokenJsonIsAProblemThatLeaksNothing() {
        As.supervisor().contentType(ContentType.JSON).body("{\"planId\": [1,2")
                .post("/api/v1/tasks")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:malformed-json"))
                .body(org.hamcrest.Matchers.not(containsString("Exception")));
    }

    @Test
    void anUnknownTaskIsNotFound() {
        TaskFixture.registerUnits();
        As.supervisor().get("/api/v1/tasks/does-not-exist").then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:not-found"));
        As.unit(TaskFixture.unit("市科技局")).contentType(ContentType.JSON).body("{\"unitId\":\"市科技局\",\"text\":\"x\"}")
                .post("/api/v1/tasks/does-not-exist/reports")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void asOfShowsTheTaskBeforeLaterEvents() throws InterruptedException {
        String id = create().path("id");
        String before = java.time.OffsetDateTime.now().toString();
        Thread.sleep(20);
        As.unit(TaskFixture.unit("市科技局")).contentType(ContentType.JSON).body("{\"unitId\":\"市科技局\",\"text\":\"后来的进展\"}")
                .post("/api/v1/tasks/" + id + "/reports").then().statusCode(201);

        As.supervisor().queryParam("asOf", before).get("/api/v1/tasks/" + id).then().statusCode(200)
                .body("version", equalTo(0)).body("reports", hasSize(0));
        As.supervisor().queryParam("asOf", "yesterday").get("/api/v1/tasks/" + id).then().statusCode(400)
                .contentType(PROBLEM).body("type", equalTo("urn:duban:problem:invalid-instant"));
    }

    @Test
    void anUnknownUnitIsRefusedNamingTheCloseMatches() {
        TaskFixture.registerUnits();
        As.supervisor().contentType(ContentType.JSON)
                .body(newTask().replace("\"市财政局\"", "\"市科枝局\"").replace("\"红旗区\"", "\"不存在的单位\""))
                .post("/api/v1/tasks")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:unknown-unit"))
                .body("errors.field", equalTo(java.util.List.of("leadUnitIds[1]", "coUnitIds[0]")))
                .body("errors[0].message", containsString("close matches: 市科技局"))
                .body("errors[1].message", containsString("不存在的单位"));
    }

    @Test
    void aReportNamingAnUnknownUnitIsRefusedAndAppendsNothing() {
        String id = create().path("id");

        As.unit("市科枝局").contentType(ContentType.JSON).body("{\"unitId\":\"市科枝局\",\"text\":\"进展\"}")
                .post("/api/v1/tasks/" + id + "/reports")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:unknown-unit"))
                .body("errors[0].field", equalTo("unitId"))
                .body("errors[0].message", containsString("市科技局"));
        As.supervisor().get("/api/v1/tasks/" + id).then().body("version", equalTo(0));
    }
}
