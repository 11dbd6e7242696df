package duban.tasks.task.api;

import static duban.tasks.task.api.TaskFixture.PROBLEM;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class TaskTargetsResourceTest {

    /** 30家, of which 红旗区 2家 and 市科技局 26-28家 (2家 of them through 红旗区's breakdown), and 牧野区 谋划1家. */
    private static final String TARGET = """
            {"targetId":"t-gaoqi","description":"新培育高新技术企业","measureWord":"家","total":30,
             "allocations":[
               {"unit":"红旗区","min":2,"children":[{"unit":"市科技局","min":2}]},
               {"unit":"市科技局","min":26,"max":28},
               {"unit":"牧野区","min":1,"soft":true}]}""";

    @Test
    void aTargetIsShownWithItsBreakdownTree() {
        TaskFixture task = TaskFixture.create();

        task.supervisor("targets", TARGET, 201).body("targetId", equalTo("t-gaoqi"));

        task.read().body("targets", hasSize(1))
                .body("targets[0].measureWord", equalTo("家"))
                .body("targets[0].total", equalTo(30))
                .body("targets[0].allocations", hasSize(3))
                .body("targets[0].allocations[0].unitId", equalTo(TaskFixture.unit("红旗区")))
                .body("targets[0].allocations[0].children[0].unitId", equalTo(TaskFixture.unit("市科技局")))
                .body("targets[0].allocations[1].max", equalTo(28))
                .body("targets[0].allocations[2].soft", equalTo(true))
                .body("targets[0].warnings", hasSize(0));
    }

    @Test
    void aBreakdownThatDoesNotAddUpIsRefusedUnlessAcceptedAndThenWarned() {
        TaskFixture task = TaskFixture.create();
        String mismatch = """
                {"targetId":"t1","measureWord":"家","total":30,"allocations":[{"unit":"红旗区","min":2}]%s}""";

        task.supervisor("targets", mismatch.formatted(""), 422).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:allocation-mismatch"))
                .body("detail", containsString("2家"));
        task.hasVersion(0);

        task.supervisor("targets", mismatch.formatted(",\"acceptMismatch\":true"), 201);
        task.read().body("targets[0].warnings[0]", containsString("the total is 30家"));
    }

    @Test
    void settingATargetAgainReplacesIt() {
        TaskFixture task = TaskFixture.create();
        task.supervisor("targets", TARGET, 201);

        task.supervisor("targets", """
                {"targetId":"t-gaoqi","measureWord":"家","total":31,"allocations":[{"unit":"市科技局","min":31}]}""", 201);

        task.read().body("targets", hasSize(1)).body("targets[0].total", equalTo(31))
                .body("targets[0].allocations", hasSize(1));
    }

    @Test
    void aTargetThatIsPartOfAnotherIsShownWithItsWhole() {
        TaskFixture task = TaskFixture.create();
        task.supervisor("targets", """
                {"targetId":"t-institutes","description":"新引进新型研发机构","measureWord":"家","total":19}""", 201);

        task.supervisor("targets", """
                {"targetId":"t-high-end","description":"新引进高端新型研发机构","measureWord":"家","total":6,
                 "partOfTargetId":"t-institutes"}""", 201);

        task.read().body("targets", hasSize(2))
                .body("targets[0].partOfTargetId", equalTo(null))
                .body("targets[1].targetId", equalTo("t-high-end"))
                .body("targets[1].partOfTargetId", equalTo("t-institutes"));
    }

    @Test
    void aPartOfATargetTheTaskDoesNotHaveIsRefusedAndAppendsNothing() {
        TaskFixture task = TaskFixture.create();

        task.supervisor("targets", """
                {"targetId":"t-high-end","measureWord":"家","total":6,"partOfTargetId":"t-institutes"}""", 422)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:invalid-part-of"))
                .body("detail", containsString("t-institutes"));
        task.supervisor("targets", """
                {"targetId":"t-self","measureWord":"家","total":6,"partOfTargetId":"t-self"}""", 422)
                .body("type", equalTo("urn:duban:problem:invalid-part-of"));
        task.hasVersion(0);
    }

    @Test
    void aMalformedPartOfIdIsABadRequestNamingTheField() {
        TaskFixture task = TaskFixture.create();

        task.supervisor("targets", """
                {"measureWord":"家","total":6,"partOfTargetId":"19家中的6家"}""", 400).contentType(PROBLEM)
                .body("errors.field", org.hamcrest.Matchers.hasItem("partOfTargetId"));
    }

    @Test
    void anUnknownUnitDeepInTheBreakdownIsNamedByItsPath() {
        TaskFixture task = TaskFixture.create();

        task.supervisor("targets", """
                {"measureWord":"家","total":2,
                 "allocations":[{"unit":"红旗区","min":2,"children":[{"unit":"牧野","min":2}]}]}""", 422)
                .body("type", equalTo("urn:duban:problem:unknown-unit"))
                .body("errors[0].field", equalTo("allocations[0].children[0].unit"))
                .body("errors[0].message", containsString("牧野区"));
    }

    @Test
    void aGroupHolderStaysAGroupIdAndMustBeDefined() {
        TaskFixture task = TaskFixture.create();

        task.supervisor("targets", """
                {"measureWord":"项","total":5,"allocations":[{"groupId":"no-such-group","min":5}]}""", 422)
                .body("type", equalTo("urn:duban:problem:unknown-unit-group"))
                .body("detail", containsString("no-such-group"));
    }

    @Test
    void theLatestCumulativeCountOfEachUnitComesFromItsReportInForce() {
        TaskFixture task = TaskFixture.create().withTarget();
        task.unit("红旗区", "reports", """
                {"reportId":"r-hq","unitId":"红旗区","text":"已认定1家","counts":[{"targetId":"t1","cumulative":1}]}""",
                201);
        task.unit("市科技局", "reports", """
                {"reportId":"r-kj","unitId":"市科技局","text":"已认定12家","counts":[{"targetId":"t1","cumulative":12}]}""",
                201);

        task.unit("市科技局", "reports/r-kj/corrections", """
                {"reportId":"r-kj-2","unitId":"市科技局","text":"已认定10家","counts":[{"targetId":"t1","cumulative":10}],
                 "reason":"重复统计2家"}""", 201);

        task.read().body("targets[0].latestCounts", hasSize(2))
                .body("targets[0].latestCounts.find { it.unitId == '%s' }.cumulative".formatted(TaskFixture.unit("红旗区")),
                        equalTo(1))
                .body("targets[0].latestCounts.find { it.unitId == '%s' }.cumulative".formatted(TaskFixture.unit("市科技局")),
                        equalTo(10))
                .body("targets[0].latestCounts.find { it.unitId == '%s' }.reportId".formatted(TaskFixture.unit("市科技局")),
                        equalTo("r-kj-2"));
        task.unit("市科技局", "reports/r-kj-2/corrections", """
                {"unitId":"市科技局","text":"计数","counts":[{"targetId":"t9","cumulative":1}],"reason":"补充"}""", 422)
                .body("type", equalTo("urn:duban:problem:unknown-target"));
    }
}
