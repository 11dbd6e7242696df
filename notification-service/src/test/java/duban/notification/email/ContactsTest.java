package duban.notification.email;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import duban.testing.identity.As;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A unit's e-mail contacts: who may add and remove them, which addresses are taken, and how many. */
@QuarkusTest
class ContactsTest {

    private final String unit = "contacts-" + UUID.randomUUID().toString().substring(0, 8);

    private static ValidatableResponse add(RequestSpecification as, String unitId, String name, String address) {
        return as.contentType(ContentType.JSON).body(Map.of("name", name, "address", address))
                .post("/api/v1/units/{u}/contacts", unitId).then();
    }

    @Test
    void aClerkAddsToItsOwnUnitASupervisorToAnyAndTheListShowsThem() {
        String id = add(As.unit(unit), unit, " 张科长 ", "Zhang@XinXiang.GOV.cn").statusCode(201)
                .header("Location", containsString("/api/v1/units/" + unit + "/contacts/"))
                .body("name", equalTo("张科长"))
                .body("address", equalTo("Zhang@xinxiang.gov.cn"))
                .body("active", equalTo(true))
                .body("addedBy", equalTo("clerk-" + unit + "@duban.test"))
                .extract().path("id");
        add(As.supervisor(), unit, "办公室", "bgs@新乡.中国").statusCode(201)
                .body("address", equalTo("bgs@xn--wjq018c.xn--fiqs8s"))
                .body("addedBy", equalTo("supervisor@duban.test"));

        As.unit(unit).get("/api/v1/units/{u}/contacts", unit).then().statusCode(200)
                .body("unitId", equalTo(unit))
                .body("emailOn", notNullValue())
                .body("active", equalTo(2))
                .body("maxActive", equalTo(20))
                .body("contacts.id[0]", equalTo(id))
                .body("contacts.address", contains("Zhang@xinxiang.gov.cn", "bgs@xn--wjq018c.xn--fiqs8s"));
        As.auditor().get("/api/v1/units/{u}/contacts", unit).then().statusCode(200).body("contacts", hasSize(2));

        add(As.unit("别的单位"), unit, "外人", "x@example.com").statusCode(403);
        As.unit("别的单位").get("/api/v1/units/{u}/contacts", unit).then().statusCode(403);
        add(As.auditor(), unit, "审计", "audit@example.com").statusCode(403);
        As.unit(unit).get("/api/v1/units/{u}/contacts", unit).then().body("contacts", hasSize(2));
    }

    @Test
    void theSupervisorsContactsAreForSupervisorsOnlyAndAuditorsMayReadThem() {
        String address = "dcs-" + UUID.randomUUID().toString().substring(0, 8) + "@xinxiang.gov.cn";
        add(As.unit(unit), "SUPERVISORS", "冒充", "fake@example.com").statusCode(403)
                .contentType(containsString("application/problem+json"));
        add(As.unit("SUPERVISORS"), "SUPERVISORS", "冒充", "fake@example.com").statusCode(403);
        add(As.supervisor(), "SUPERVISORS", "督查室", address).statusCode(201);
        As.auditor().get("/api/v1/units/SUPERVISORS/contacts").then().statusCode(200)
                .body("contacts.address", org.hamcrest.Matchers.hasItem(address));
        As.unit(unit).get("/api/v1/units/SUPERVISORS/contacts").then().statusCode(403);
    }

    @Test
    void anAddressTheUnitHasInAnyCaseIsRefusedAndSoIsTheTwentyFirst() {
        add(As.supervisor(), unit, "甲", "kjj@xinxiang.gov.cn").statusCode(201);
        add(As.supervisor(), unit, "乙", "KJJ@XINXIANG.gov.cn").statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("type", containsString("contact-exists"));
        add(As.supervisor(), "another-" + unit, "乙", "KJJ@XINXIANG.gov.cn").statusCode(201);
        for (int i = 2; i <= 20; i++) {
            add(As.supervisor(), unit, "联系人" + i, "c" + i + "@xinxiang.gov.cn").statusCode(201);
        }
        add(As.supervisor(), unit, "联系人21", "c21@xinxiang.gov.cn").statusCode(409)
                .body("type", containsString("too-many-contacts"));
        As.supervisor().get("/api/v1/units/{u}/contacts", unit).then().body("active", equalTo(20));

        // One removed makes room again.
        String first = As.supervisor().get("/api/v1/units/{u}/contacts", unit).then().extract().path("contacts[0].id");
        As.supervisor().delete("/api/v1/units/{u}/contacts/{id}", unit, first).then().statusCode(204);
        add(As.supervisor(), unit, "联系人21", "c21@xinxiang.gov.cn").statusCode(201);
    }

    @Test
    void anAddressThatIsNotOnePlainMailboxIsRefusedNamingTheField() {
        for (String address : new String[] {"张科长 <kjj@xinxiang.gov.cn>", "\"kjj\"@xinxiang.gov.cn", "kjj@[10.0.0.1]",
                "a@x.cn, b@x.cn", "kjj@xinxiang.gov.cn\r\nBcc: all@example.com", "a".repeat(65) + "@x.cn"}) {
            add(As.supervisor(), unit, "甲", address).statusCode(400)
                    .contentType(containsString("application/problem+json"))
                    .body("errors[0].field", equalTo("address"));
        }
        As.supervisor().contentType(ContentType.JSON).body(Map.of("address", "kjj@xinxiang.gov.cn"))
                .post("/api/v1/units/{u}/contacts", unit).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem(containsString("name")));
        As.supervisor().get("/api/v1/units/{u}/contacts", unit).then().body("contacts", hasSize(0));
    }

    @Test
    void aRemovedContactIsKeptWithWhoRemovedItAndWhen() {
        String id = add(As.unit(unit), unit, "甲", "kjj@xinxiang.gov.cn").statusCode(201).extract().path("id");
        As.unit("别的单位").delete("/api/v1/units/{u}/contacts/{id}", unit, id).then().statusCode(403);
        As.unit(unit).delete("/api/v1/units/{u}/contacts/{id}", unit, id).then().statusCode(204);
        As.unit(unit).delete("/api/v1/units/{u}/contacts/{id}", unit, id).then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        As.unit(unit).delete("/api/v1/units/{u}/contacts/{id}", unit, UUID.randomUUID().toString()).then()
                .statusCode(404);

        As.unit(unit).get("/api/v1/units/{u}/contacts", unit).then().body("contacts", hasSize(0))
                .body("active", equalTo(0));
        As.unit(unit).queryParam("removed", true).get("/api/v1/units/{u}/contacts", unit).then()
                .body("contacts", hasSize(1))
                .body("contacts[0].active", equalTo(false))
                .body("contacts[0].removedBy", equalTo("clerk-" + unit + "@duban.test"))
                .body("contacts[0].removedAt", notNullValue());
        // The address may come back, as a new contact.
        add(As.unit(unit), unit, "甲", "kjj@xinxiang.gov.cn").statusCode(201).body("removedAt", nullValue());
    }
}
