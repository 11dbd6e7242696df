package duban.tasks.unit.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import duban.testing.identity.As;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class UnitGroupResourceTest {

    static final String PROBLEM = "application/problem+json";

    String hongqi;
    String weibinName;
    String weibin;
    String weihuiAlias;
    String weihui;
    String phrase;

    @BeforeEach
    void registerUnits() {
        hongqi = Directory.register(Directory.fresh("红旗区"), "区");
        weibinName = Directory.fresh("卫滨区");
        weibin = Directory.register(weibinName, "区");
        weihuiAlias = Directory.fresh("卫辉");
        weihui = Directory.register(Directory.fresh("卫辉市"), "县(市)", weihuiAlias);
        phrase = Directory.fresh("各县(市)、区");
    }

    Response define(List<String> members) {
        return As.supervisor().contentType(ContentType.JSON).body(new UnitGroupRequest(phrase, members))
                .post("/api/v1/unit-groups");
    }

    @Test
    void definesAGroupNamingMembersByIdNameOrAlias() {
        Response created = define(List.of(hongqi, weibinName, weihuiAlias));
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/unit-groups/"))
                .header("ETag", equalTo("\"0\""))
                .body("phrase", equalTo(phrase))
                .body("members.id", contains(hongqi, weibin, weihui))
                .body("members.name", hasItem(weibinName));
        String id = created.path("id");

        As.auditor().get("/api/v1/unit-groups/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("members", hasSize(3));
        As.auditor().get("/api/v1/unit-groups").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.phrase", equalTo(phrase))
                .body("find { it.id == '" + id + "' }.members", hasSize(3));
    }

    @Test
    void unknownMembersAreNamedWithCloseMatches() {
        String typo = weibinName.replace("卫滨", "卫宾");
        define(List.of(hongqi, typo, "不存在的单位"))
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:unknown-unit"))
                .body("errors.field", contains("members[1]", "members[2]"))
                .body("errors[0].message", containsString("close matches: " + weibinName));
        As.auditor().get("/api/v1/unit-groups").then().body("phrase", org.hamcrest.Matchers.not(hasItem(phrase)));
    }

    @Test
    void aMistypedCharacterSuggestsTheUnitMeant() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Directory.register("新乡市科学技术局-" + suffix, "市直部门", "市科技局-" + suffix);
        define(List.of("市科枝局-" + suffix))
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:unknown-unit"))
                .body("errors[0].field", equalTo("members[0]"))
                .body("errors[0].message", containsString("市科技局-" + suffix));
    }

    @Test
    void invalidBodiesAreProblemsListingEachField() {
        As.supervisor().contentType(ContentType.JSON).body("{\"phrase\":\" \",\"members\":[]}")
                .post("/api/v1/unit-groups")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:validation"))
                .body("errors.field", hasItem("phrase"))
                .body("errors.field", hasItem("members"));
    }

    @Test
    void aRedefinitionReplacesTheMembersAndAsOfShowsTheOldOnes() throws InterruptedException {
        String id = define(List.of(hongqi, weibin)).then().statusCode(201).extract().path("id");
        Thread.sleep(20);
        String before = OffsetDateTime.now().toString();
        Thread.sleep(20);

        As.supervisor().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(new UnitGroupRequest(phrase, List.of(hongqi, weibin, weihui)))
                .post("/api/v1/unit-groups/" + id + "/redefinitions")
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("members.id", contains(hongqi, weibin, weihui));

        As.auditor().queryParam("asOf", before).get("/api/v1/unit-groups/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("members.id", contains(hongqi, weibin));
        As.auditor().get("/api/v1/unit-groups").then()
                .body("find { it.id == '" + id + "' }.members", hasSize(3));
    }

    @Test
    void aRedefinitionProblems() {
        String id = define(List.of(hongqi)).then().statusCode(201).extract().path("id");
        As.supervisor().contentType(ContentType.JSON).body(new UnitGroupRequest(phrase, List.of(hongqi, weibin)))
                .post("/api/v1/unit-groups/" + id + "/redefinitions").then().statusCode(200);

        As.supervisor().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(new UnitGroupRequest(phrase, List.of(weihui)))
                .post("/api/v1/unit-groups/" + id + "/redefinitions")
                .then().statusCode(412).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:stale-version"));
        As.supervisor().contentType(ContentType.JSON).body(new UnitGroupRequest(phrase, List.of(weibin, hongqi)))
                .post("/api/v1/unit-groups/" + id + "/redefinitions")
                .then().statusCode(422).body("type", equalTo("urn:duban:problem:no-change"));
        As.supervisor().contentType(ContentType.JSON).body(new UnitGroupRequest(phrase, List.of("卫辉")))
                .post("/api/v1/unit-groups/" + id + "/redefinitions")
                .then().statusCode(422).body("type", equalTo("urn:duban:problem:unknown-unit"));
        As.supervisor().contentType(ContentType.JSON).body(new UnitGroupRequest(phrase, List.of(hongqi)))
                .post("/api/v1/unit-groups/" + UUID.randomUUID() + "/redefinitions")
                .then().statusCode(404).contentType(PROBLEM);
        As.auditor().get("/api/v1/unit-groups/" + UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("urn:duban:problem:not-found"));

        As.auditor().get("/api/v1/unit-groups/" + id).then().body("version", equalTo(1));
    }

    @Test
    void idempotentDefinitionsRecordOneGroupAndAReusedKeyIsRefused() {
        String key = "group-" + UUID.randomUUID();
        UnitGroupRequest body = new UnitGroupRequest(phrase, List.of(hongqi, weihui));
        String id = As.supervisor().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/unit-groups").then().statusCode(201).extract().path("id");
        As.supervisor().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/unit-groups").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id));
        As.auditor().get("/api/v1/unit-groups").then().body("findAll { it.phrase == '" + phrase + "' }", hasSize(1));

        As.supervisor().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(new UnitGroupRequest(phrase, List.of(weibin)))
                .post("/api/v1/unit-groups").then().statusCode(422)
                .body("type", equalTo("urn:duban:problem:idempotency-key-reused"));
    }
}
