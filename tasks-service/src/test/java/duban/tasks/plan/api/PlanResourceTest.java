package duban.tasks.plan.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import duban.tasks.RegisteredUnits;
import duban.testing.identity.As;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class PlanResourceTest {

    static final String PROBLEM = "application/problem+json";

    static String newPlan(String title) {
        return """
                {"title":"%s","docNumber":"新政办〔2017〕102号","issuer":"新乡市人民政府办公室",
                 "issuedOn":"2017-09-30"}""".formatted(title);
    }

    static Response register(String title) {
        return As.supervisor().contentType(ContentType.JSON).body(newPlan(title)).post("/api/v1/plans");
    }

    @Test
    void registersAPlanWithTheDefaultRulesAndReadsItBack() {
        String title = "新乡市2017年科技创新工作方案 " + UUID.randomUUID();
        Response created = register(title);
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/plans/"))
                .header("ETag", equalTo("\"0\""))
                .body("title", equalTo(title))
                .body("docNumber", equalTo("新政办〔2017〕102号"))
                .body("issuedOn", equalTo("2017-09-30"))
                .body("reportingDays", contains(5, 20))
                .body("timeZone", equalTo("Asia/Shanghai"))
                .body("reportingDayPolicy", equalTo("NEXT_WORKING_DAY"))
                .body("version", equalTo(0));
        String id = created.path("id");

        As.auditor().get("/api/v1/plans/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("issuer", equalTo("新乡市人民政府办公室"));
        As.auditor().get("/api/v1/plans").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.title", equalTo(title))
                .body("find { it.id == '" + id + "' }.docNumber", equalTo("新政办〔2017〕102号"));
    }

    @Test
    void invalidBodiesAreProblemsListingEachField() {
        As.supervisor().contentType(ContentType.JSON).body("{\"title\":\"\",\"reportingDays\":[0,29]}")
                .post("/api/v1/plans")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:validation"))
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem(containsString("reportingDays")));
        As.supervisor().contentType(ContentType.JSON).body("{\"title\":\"x\",\"issuedOn\":\"30.9.2017\"}")
                .post("/api/v1/plans")
                .then().statusCode(400).body("type", equalTo("urn:duban:problem:malformed-json"));
    }

    @Test
    void reportingRulesTheLedgerRefusesAre422() {
        As.supervisor().contentType(ContentType.JSON)
                .body("{\"title\":\"方案\",\"reportingDays\":[5,5]}").post("/api/v1/plans")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:invalid-reporting-days"));
        As.supervisor().contentType(ContentType.JSON)
                .body("{\"title\":\"方案\",\"timeZone\":\"+08:00\"}").post("/api/v1/plans")
                .then().statusCode(422).body("type", equalTo("urn:duban:problem:invalid-time-zone"));
    }

    @Test
    void anAmendmentChangesWhatItNamesAndAsOfShowsTheBefore() throws InterruptedException {
        String id = register("新乡市2017年科技创新工作方案").path("id");
        Thread.sleep(20);
        String before = OffsetDateTime.now().toString();
        Thread.sleep(20);

        As.supervisor().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"reportingDays\":[10,25],\"reason\":\"市政府办公室调整报送日\"}")
                .post("/api/v1/plans/" + id + "/amendments")
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("reportingDays", contains(10, 25))
                .body("title", equalTo("新乡市2017年科技创新工作方案"))
                .body("version", equalTo(1));

        As.auditor().queryParam("asOf", before).get("/api/v1/plans/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("reportingDays", contains(5, 20));
        As.auditor().queryParam("asOf", "2000-01-01T00:00:00Z").get("/api/v1/plans/" + id).then().statusCode(404);
        As.auditor().queryParam("asOf", "tomorrow").get("/api/v1/plans/" + id).then().statusCode(400)
                .body("type", equalTo("urn:duban:problem:invalid-instant"));
    }

    @Test
    void aReportAfterTheReportingDaysWereAmendedFollowsTheNewDays() {
        RegisteredUnits.ensure("市科技局", "市财政局");
        String plan = register("报送日调整方案 " + UUID.randomUUID()).path("id");
        String task = As.supervisor().contentType(ContentType.JSON).body("""
                {"planId":"%s","code":"一.(一).1","title":"报送日调整后的任务","leadUnitIds":["市科技局","市财政局"]}"""
                .formatted(plan)).post("/api/v1/tasks").then().statusCode(201).extract().path("id");
        As.unit(RegisteredUnits.id("市科技局")).contentType(ContentType.JSON)
                .body("{\"reportId\":\"before\",\"unitId\":\"市科技局\",\"text\":\"按原报送日报送\"}")
                .post("/api/v1/tasks/" + task + "/reports").then().statusCode(201);

        As.supervisor().contentType(ContentType.JSON).body("{\"reportingDays\":[10,25]}")
                .post("/api/v1/plans/" + plan + "/amendments").then().statusCode(200);
        As.unit(RegisteredUnits.id("市财政局")).contentType(ContentType.JSON)
                .body("{\"reportId\":\"after\",\"unitId\":\"市财政局\",\"text\":\"按新报送日报送\"}")
                .post("/api/v1/tasks/" + task + "/reports").then().statusCode(201);

        As.supervisor().get("/api/v1/tasks/" + task).then().statusCode(200)
                .body("reports.find { it.reportId == 'before' }.period", matchesPattern(".*-(05|20)"))
                .body("reports.find { it.reportId == 'after' }.period", matchesPattern(".*-(10|25)"));
    }

    @Test
    void anAmendedTitleShowsInTheList() {
        String id = register("旧标题").path("id");
        String title = "新标题 " + UUID.randomUUID();
        As.supervisor().contentType(ContentType.JSON).body("{\"title\":\"" + title + "\"}")
                .post("/api/v1/plans/" + id + "/amendments").then().statusCode(200);
        As.auditor().get("/api/v1/plans").then().body("find { it.id == '" + id + "' }.title", equalTo(title));
    }

    @Test
    void amendmentProblems() {
        String id = register("新乡市2017年科技创新工作方案").path("id");
        As.supervisor().contentType(ContentType.JSON).body("{\"issuer\":\"新乡市人民政府\"}")
                .post("/api/v1/plans/" + id + "/amendments").then().statusCode(200);

        As.supervisor().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"docNumber\":\"新政办〔2017〕103号\"}")
                .post("/api/v1/plans/" + id + "/amendments")
                .then().statusCode(412).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:stale-version"));
        As.supervisor().contentType(ContentType.JSON).body("{\"issuer\":\"新乡市人民政府\"}")
                .post("/api/v1/plans/" + id + "/amendments")
                .then().statusCode(422).body("type", equalTo("urn:duban:problem:no-change"));
        As.supervisor().contentType(ContentType.JSON).body("{\"title\":\"  \"}")
                .post("/api/v1/plans/" + id + "/amendments")
                .then().statusCode(400).body("errors.field", hasItem("title"));
        As.supervisor().contentType(ContentType.JSON).body("{\"title\":\"x\"}")
                .post("/api/v1/plans/" + UUID.randomUUID() + "/amendments")
                .then().statusCode(404).contentType(PROBLEM).body("type", equalTo("urn:duban:problem:not-found"));
        As.auditor().get("/api/v1/plans/" + UUID.randomUUID()).then().statusCode(404);

        As.auditor().get("/api/v1/plans/" + id).then().body("version", equalTo(1));
    }

    @Test
    void idempotentRegistrationsRecordOnePlanAndAReusedKeyIsRefused() {
        String key = "plan-" + UUID.randomUUID();
        String title = "新乡市2017年科技创新工作方案 " + UUID.randomUUID();
        Response first = As.supervisor().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(newPlan(title)).post("/api/v1/plans");
        first.then().statusCode(201);
        As.supervisor().contentType(ContentType.JSON).header("Idempotency-Key", key).body(newPlan(title))
                .post("/api/v1/plans").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")))
                .body("id", equalTo(first.path("id")));
        As.auditor().get("/api/v1/plans").then().body("findAll { it.title == '" + title + "' }", hasSize(1));

        As.supervisor().contentType(ContentType.JSON).header("Idempotency-Key", key).body(newPlan("另一个方案"))
                .post("/api/v1/plans").then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:idempotency-key-reused"));

        String id = first.path("id");
        String amendKey = "amend-" + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            As.supervisor().contentType(ContentType.JSON).header("Idempotency-Key", amendKey)
                    .body("{\"issuer\":\"新乡市人民政府\"}")
                    .post("/api/v1/plans/" + id + "/amendments").then().statusCode(200).body("version", equalTo(1));
        }
        As.auditor().get("/api/v1/plans/" + id).then().body("version", equalTo(1));
    }
}
