package duban.tasks.unit.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

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
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class UnitResourceTest {

    static final String PROBLEM = "application/problem+json";

    @Test
    void registersAUnitAndReadsItBackWithItsVersion() {
        String name = Directory.fresh("新乡市科学技术局");
        String alias = Directory.fresh("市科技局");
        Response created = As.supervisor().contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"category\":\"市直部门\",\"aliases\":[\"" + alias + "\"]}")
                .post("/api/v1/units");
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/units/"))
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo(name))
                .body("category", equalTo("CITY_DEPARTMENT"))
                .body("categoryLabel", equalTo("市直部门"))
                .body("aliases", contains(alias))
                .body("version", equalTo(0));
        String id = created.path("id");

        As.auditor().get("/api/v1/units/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo(name));
        As.auditor().get("/api/v1/units").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.aliases", contains(alias));
    }

    @Test
    void theCategoryIsTakenAsCodeOrChineseLabel() {
        As.supervisor().contentType(ContentType.JSON)
                .body(new RegisterUnitRequest(Directory.fresh("卫辉市"), "县（市）", List.of()))
                .post("/api/v1/units").then().statusCode(201).body("category", equalTo("COUNTY"));
        As.supervisor().contentType(ContentType.JSON)
                .body(new RegisterUnitRequest(Directory.fresh("红旗区"), "DISTRICT", List.of()))
                .post("/api/v1/units").then().statusCode(201).body("categoryLabel", equalTo("区"));
    }

    @Test
    void invalidBodiesAreProblemsListingEachField() {
        As.supervisor().contentType(ContentType.JSON).body("{\"name\":\"\",\"aliases\":[\"\"]}")
                .post("/api/v1/units")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:validation"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("category"))
                .body("errors.field", hasItem(containsString("aliases")));
        As.supervisor().contentType(ContentType.JSON)
                .body(new RegisterUnitRequest(Directory.fresh("某单位"), "街道", List.of()))
                .post("/api/v1/units")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:validation"))
                .body("errors[0].field", equalTo("category"))
                .body("errors[0].message", containsString("市直部门"));
    }

    @Test
    void aNameOrAliasAnotherUnitGoesByIsRefused() {
        String name = Directory.fresh("新乡市财政局");
        String alias = Directory.fresh("市财政局");
        String holder = Directory.register(name, "CITY_DEPARTMENT", alias);

        As.supervisor().contentType(ContentType.JSON).body(new RegisterUnitRequest(name, "OTHER", List.of()))
                .post("/api/v1/units")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:unit-name-taken"))
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", containsString(holder));
        // another unit's alias as a name, and another unit's name as an alias
        As.supervisor().contentType(ContentType.JSON).body(new RegisterUnitRequest(alias, "OTHER", List.of()))
                .post("/api/v1/units")
                .then().statusCode(409).body("type", equalTo("urn:duban:problem:unit-name-taken"));
        As.supervisor().contentType(ContentType.JSON)
                .body(new RegisterUnitRequest(Directory.fresh("财政"), "OTHER", List.of(name)))
                .post("/api/v1/units")
                .then().statusCode(409).body("errors[0].field", equalTo("aliases[0]"));

        As.auditor().get("/api/v1/units").then()
                .body("findAll { it.name == '" + alias + "' }", hasSize(0))
                .body("findAll { it.name == '" + name + "' }", hasSize(1));
    }

    @Test
    void anAliasIsAddedWithIfMatchAndShownInTheDirectory() {
        String id = Directory.register(Directory.fresh("新乡市教育局"), "CITY_DEPARTMENT");
        String alias = Directory.fresh("市教育局");

        As.supervisor().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(new AddAliasRequest(alias))
                .post("/api/v1/units/" + id + "/aliases")
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("aliases", contains(alias))
                .body("version", equalTo(1));

        As.auditor().get("/api/v1/units").then()
                .body("find { it.id == '" + id + "' }.aliases", contains(alias));
    }

    @Test
    void anAliasAnotherUnitGoesByIsRefused() {
        String taken = Directory.fresh("市教育局");
        Directory.register(Directory.fresh("新乡市教育局"), "CITY_DEPARTMENT", taken);
        String id = Directory.register(Directory.fresh("新乡市教育局"), "CITY_DEPARTMENT");

        As.supervisor().contentType(ContentType.JSON).body(new AddAliasRequest(taken))
                .post("/api/v1/units/" + id + "/aliases")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:unit-name-taken"))
                .body("errors[0].field", equalTo("alias"));
        As.auditor().get("/api/v1/units/" + id).then().body("version", equalTo(0)).body("aliases", hasSize(0));
    }

    @Test
    void theUnitsOwnNameAsAliasIsRefusedByTheLedgerRule() {
        String name = Directory.fresh("新乡市民政局");
        String id = Directory.register(name, "CITY_DEPARTMENT");

        As.supervisor().contentType(ContentType.JSON).body(new AddAliasRequest(name))
                .post("/api/v1/units/" + id + "/aliases")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:alias-equals-name"));
    }

    @Test
    void aStaleIfMatchIsRefusedAndAppendsNothing() {
        String id = Directory.register(Directory.fresh("新乡市商务局"), "CITY_DEPARTMENT");
        As.supervisor().contentType(ContentType.JSON).body(new AddAliasRequest(Directory.fresh("市商务局")))
                .post("/api/v1/units/" + id + "/aliases").then().statusCode(200);

        As.supervisor().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(new AddAliasRequest(Directory.fresh("商务局")))
                .post("/api/v1/units/" + id + "/aliases")
                .then().statusCode(412).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:stale-version"));
        As.supervisor().contentType(ContentType.JSON).header("If-Match", "soon")
                .body(new AddAliasRequest(Directory.fresh("商务局")))
                .post("/api/v1/units/" + id + "/aliases")
                .then().statusCode(400).body("type", equalTo("urn:duban:problem:invalid-if-match"));

        As.auditor().get("/api/v1/units/" + id).then().body("version", equalTo(1)).body("aliases", hasSize(1));
    }

    @Test
    void anUnknownUnitIsNotFound() {
        As.auditor().get("/api/v1/units/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:not-found"));
        As.supervisor().contentType(ContentType.JSON).body(new AddAliasRequest(Directory.fresh("无")))
                .post("/api/v1/units/" + UUID.randomUUID() + "/aliases")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void theSameIdempotencyKeyAndBodyAnswerTheFirstResultAndRecordNothingNew() {
        String key = "unit-" + UUID.randomUUID();
        RegisterUnitRequest body = new RegisterUnitRequest(Directory.fresh("新乡市工信局"), "CITY_DEPARTMENT", List.of());
        Response first = As.supervisor().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/units");
        first.then().statusCode(201);

        As.supervisor().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/units")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")))
                .body("id", equalTo(first.path("id")));
        As.auditor().get("/api/v1/units").then().body("findAll { it.name == '" + body.name() + "' }", hasSize(1));

        String id = first.path("id");
        String aliasKey = "alias-" + UUID.randomUUID();
        AddAliasRequest alias = new AddAliasRequest(Directory.fresh("市工信局"));
        for (int i = 0; i < 2; i++) {
            As.supervisor().contentType(ContentType.JSON).header("Idempotency-Key", aliasKey).body(alias)
                    .post("/api/v1/units/" + id + "/aliases").then().statusCode(200).body("version", equalTo(1));
        }
        As.auditor().get("/api/v1/units/" + id).then().body("version", equalTo(1));
    }

    @Test
    void anIdempotencyKeyReusedForAnotherRequestIsRefused() {
        String key = "unit-" + UUID.randomUUID();
        As.supervisor().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(new RegisterUnitRequest(Directory.fresh("新乡市水利局"), "CITY_DEPARTMENT", List.of()))
                .post("/api/v1/units").then().statusCode(201);
        String other = Directory.fresh("新乡市林业局");
        As.supervisor().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(new RegisterUnitRequest(other, "CITY_DEPARTMENT", List.of()))
                .post("/api/v1/units")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:idempotency-key-reused"));
        As.auditor().get("/api/v1/units").then().body("name", not(hasItem(other)));
    }

    @Test
    void asOfShowsTheDirectoryAndTheUnitBeforeAnAliasWasAdded() throws InterruptedException {
        String name = Directory.fresh("新乡市卫生健康委员会");
        String id = Directory.register(name, "CITY_DEPARTMENT");
        Thread.sleep(20);
        String before = OffsetDateTime.now().toString();
        Thread.sleep(20);
        String alias = Directory.fresh("市卫健委");
        As.supervisor().contentType(ContentType.JSON).body(new AddAliasRequest(alias))
                .post("/api/v1/units/" + id + "/aliases").then().statusCode(200);
        String later = Directory.fresh("新乡市医保局");
        Directory.register(later, "CITY_DEPARTMENT");

        As.auditor().queryParam("asOf", before).get("/api/v1/units").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.aliases", hasSize(0))
                .body("name", not(hasItem(later)));
        As.auditor().get("/api/v1/units").then()
                .body("find { it.id == '" + id + "' }.aliases", contains(alias))
                .body("name", hasItem(later));
        As.auditor().queryParam("asOf", before).get("/api/v1/units/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("aliases", hasSize(0));
        As.auditor().queryParam("asOf", "2000-01-01T00:00:00+08:00").get("/api/v1/units/" + id)
                .then().statusCode(404);
        As.auditor().queryParam("asOf", "last week").get("/api/v1/units").then().statusCode(400)
                .contentType(PROBLEM).body("type", equalTo("urn:duban:problem:invalid-instant"));
    }

    @Test
    void theDirectoryIsSortedByCategoryThenNameInPinyinOrder() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String zhang = "张庄研究所-" + suffix;
        String bai = "白庄研究所-" + suffix;
        String city = Directory.fresh("新乡市审计局");
        Directory.register(zhang, "OTHER");
        Directory.register(bai, "OTHER");
        Directory.register(city, "CITY_DEPARTMENT");

        List<String> names = As.auditor().get("/api/v1/units").then().statusCode(200)
                .extract().jsonPath().getList("name");
        org.junit.jupiter.api.Assertions.assertTrue(names.indexOf(city) < names.indexOf(bai), names::toString);
        org.junit.jupiter.api.Assertions.assertTrue(names.indexOf(bai) < names.indexOf(zhang), names::toString);
    }
}
