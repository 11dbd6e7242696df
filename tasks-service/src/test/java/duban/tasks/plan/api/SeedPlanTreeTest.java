package duban.tasks.plan.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.oneOf;

import duban.tasks.imports.ImportIds;
import duban.tasks.imports.SeedNotice;
import duban.testing.identity.As;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The tree of the reference plan 新政办〔2017〕102号 as its import records it. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class SeedPlanTreeTest {

    @Test
    void theSeedPlansTreeIsInTheNoticesOrderWithUnitNames() {
        // Another test class may have imported the seed into this store already: then nothing is new.
        As.supervisor().contentType("text/plain; charset=UTF-8")
                .body(SeedNotice.text().getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports/notices")
                .then().statusCode(oneOf(200, 201));
        String planId = ImportIds.plan(SeedNotice.DOC_NUMBER);

        As.auditor().get("/api/v1/plans/" + planId).then().statusCode(200)
                .body("docNumber", equalTo(SeedNotice.DOC_NUMBER));
        As.auditor().get("/api/v1/plans").then().body("id", hasItem(planId));
        As.auditor().get("/api/v1/plans/" + planId + "/tasks").then().statusCode(200)
                .body("code", contains("一"))
                .body("[0].children.code", contains("一.(一)", "一.(二)", "一.(三)", "一.(四)", "一.(五)", "一.(六)",
                        "一.(七)", "一.(八)", "一.(九)"))
                .body("[0].children[1].children[0].children[1].code", equalTo("一.(二).1.(2)"))
                .body("[0].children[1].children[0].children[1].title", equalTo("加快发展高新技术企业"))
                .body("[0].children[1].children[0].children[1].leadUnits.name",
                        contains("新乡市科学技术局", "新乡市财政局", "新乡市国家税务局", "新乡市地方税务局"))
                .body("[0].children[1].children[0].children[1].status", equalTo("OPEN"))
                .body("[0].children[8].leadUnits.name", contains("新乡市科学技术局", "新乡市发展和改革委员会"))
                .body("[0].children[8].children", hasSize(0));
    }
}
