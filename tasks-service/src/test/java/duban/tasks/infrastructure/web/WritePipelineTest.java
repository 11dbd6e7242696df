package duban.tasks.infrastructure.web;

import static org.hamcrest.Matchers.equalTo;

import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import duban.testing.identity.As;
import duban.tasks.unit.api.Directory;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the write pipeline promises every aggregate alike, checked on plans, units and unit groups (the task writes
 * have their own contract test): a replay answers the first result whole, a request refused before or after its
 * key was claimed leaves the key free, and a body that breaks its constraints is a 400 whatever key it carries.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class WritePipelineTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aReplayedAmendmentAnswersTheFirstResultWholeAndRecordsNothing() {
        String plan = registerPlan();
        String key = "amend-" + UUID.randomUUID();
        Response first = withKey(key).header("If-Match", "\"0\"").body("{\"issuer\":\"新乡市人民政府\"}")
                .post("/api/v1/plans/" + plan + "/amendments");
        first.then().statusCode(200).header("ETag", "\"1\"");

        withKey(key).header("If-Match", "\"0\"").body("{\"issuer\":\"新乡市人民政府\"}")
                .post("/api/v1/plans/" + plan + "/amendments")
                .then().statusCode(200)
                .header("Idempotent-Replayed", "true")
                .header("ETag", "\"1\"")
                .body(equalTo(first.body().asString()));
        As.auditor().get("/api/v1/plans/" + plan).then().header("ETag", "\"1\"");
    }

    @Test
    void aReplayedRedefinitionAnswersTheFirstResultWholeAndRecordsNothing() {
        String hongqi = Directory.fresh("红旗区");
        String weibin = Directory.fresh("卫滨区");
        Directory.register(hongqi, "DISTRICT");
        Directory.register(weibin, "DISTRICT");
        String group = As.supervisor().contentType(ContentType.JSON)
                .body("{\"phrase\":\"" + Directory.fresh("各区") + "\",\"members\":[\"" + hongqi + "\"]}")
                .post("/api/v1/unit-groups").then().statusCode(201).extract().path("id");
        String key = "redefine-" + UUID.randomUUID();
        String body = "{\"phrase\":\"" + Directory.fresh("各区") + "\",\"members\":[\"" + hongqi + "\",\"" + weibin + "\"]}";
        Response first = withKey(key).body(body).post("/api/v1/unit-groups/" + group + "/redefinitions");
        first.then().statusCode(200).header("ETag", "\"1\"");

        withKey(key).body(body).post("/api/v1/unit-groups/" + group + "/redefinitions")
                .then().statusCode(200)
                .header("Idempotent-Replayed", "true")
                .header("ETag", "\"1\"")
                .body(equalTo(first.body().asString()));
        As.auditor().get("/api/v1/unit-groups/" + group).then().header("ETag", "\"1\"");
    }

    @Test
    void aWriteRefusedAfterItsKeyWasClaimedLeavesTheKeyFree() {
        String unit = Directory.register(Directory.fresh("新乡市科学技术局"), "CITY_DEPARTMENT");
        String key = "alias-" + UUID.randomUUID();
        String body = "{\"alias\":\"" + Directory.fresh("市科技局") + "\"}";
        withKey(key).header("If-Match", "\"7\"").body(body).post("/api/v1/units/" + unit + "/aliases")
                .then().statusCode(412).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:stale-version"));
        withKey(key).header("If-Match", "not a version").body(body).post("/api/v1/units/" + unit + "/aliases")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:invalid-if-match"));

        withKey(key).header("If-Match", "\"0\"").body(body).post("/api/v1/units/" + unit + "/aliases")
                .then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void aWriteOnNoSuchAggregateIsNotFoundAndLeavesTheKeyFree() {
        String key = "amend-" + UUID.randomUUID();
        withKey(key).body("{\"issuer\":\"新乡市人民政府\"}").post("/api/v1/plans/" + UUID.randomUUID() + "/amendments")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:not-found"));

        withKey(key).body("{\"issuer\":\"新乡市人民政府\"}").post("/api/v1/plans/" + registerPlan() + "/amendments")
                .then().statusCode(200);
    }

    @Test
    void aBodyBreakingItsConstraintsIsABadRequestWhateverKeyItCarries() {
        String key = "plan-" + UUID.randomUUID();
        withKey(key).body(plan("新乡市2017年科技创新工作方案 " + UUID.randomUUID())).post("/api/v1/plans")
                .then().statusCode(201);

        withKey(key).body("{\"title\":\"\"}").post("/api/v1/plans")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:validation"));
    }

    private static RequestSpecification withKey(String key) {
        return As.supervisor().contentType(ContentType.JSON).header("Idempotency-Key", key);
    }

    private static String registerPlan() {
        return As.supervisor().contentType(ContentType.JSON).body(plan("新乡市2017年科技创新工作方案 " + UUID.randomUUID()))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
    }

    private static String plan(String title) {
        return "{\"title\":\"" + title + "\",\"docNumber\":\"新政办〔2017〕102号\"}";
    }
}
