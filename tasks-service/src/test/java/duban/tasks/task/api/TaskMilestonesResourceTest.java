package duban.tasks.task.api;

import static duban.tasks.task.api.TaskFixture.PROBLEM;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import duban.testing.identity.As;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class TaskMilestonesResourceTest {

    @Test
    void aScheduledMilestoneIsShownWithItsCommitmentAndUnits() {
        TaskFixture task = TaskFixture.create();

        task.supervisor("milestones", """
                {"dueOn":"2017-12-31","description":"力争10家企业列入省创新龙头企业","commitment":"SOFT",
                 "responsibleUnitIds":["红旗区","市科技局"]}""", 201)
                .body("milestoneId", matchesPattern("[0-9a-f-]{36}"))
                .body("version", equalTo(1));

        task.read().body("milestones", hasSize(1))
                .body("milestones[0].dueOn", equalTo("2017-12-31"))
                .body("milestones[0].commitment", equalTo("SOFT"))
                .body("milestones[0].responsibleUnitIds",
                        equalTo(List.of(TaskFixture.unit("红旗区"), TaskFixture.unit("市科技局"))))
                .body("milestones[0].done", equalTo(false))
                .body("milestones[0].waived", equalTo(false));
    }

    @Test
    void aMilestoneBindingAnUnknownUnitIsRefusedWithCloseMatches() {
        TaskFixture task = TaskFixture.create();

        task.supervisor("milestones", """
                {"dueOn":"2017-12-31","description":"完成认定","responsibleUnitIds":["红旗","市科枝局"]}""", 422)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:unknown-unit"))
                .body("errors.field", equalTo(List.of("responsibleUnitIds[0]", "responsibleUnitIds[1]")))
                .body("errors[0].message", containsString("close matches: 红旗区"))
                .body("errors[1].message", containsString("close matches: 市科技局"));
        task.hasVersion(0);
    }

    @Test
    void aMilestoneCanOnlyBindUnitsOfTheTask() {
        TaskFixture task = TaskFixture.create();

        task.supervisor("milestones", """
                {"dueOn":"2017-12-31","description":"完成认定","responsibleUnitIds":["牧野区"]}""", 422)
                .body("type", equalTo("urn:duban:problem:unit-not-on-task"));
        task.supervisor("milestones", """
                {"milestoneId":"m1","dueOn":"2017-12-31","description":"完成认定"}""", 201);
        task.supervisor("milestones", """
                {"milestoneId":"m1","dueOn":"2018-03-31","description":"再次认定"}""", 422)
                .body("type", equalTo("urn:duban:problem:duplicate-id"));
        task.supervisor("milestones", """
                {"milestoneId":"第一节点","dueOn":"2018-03-31","description":"再次认定"}""", 400)
                .body("errors.field", equalTo(List.of("milestoneId")));
    }

    @Test
    void asOfShowsTheScheduleBeforeAndAfterARescheduling() throws InterruptedException {
        TaskFixture task = TaskFixture.create().withMilestone();
        Thread.sleep(20);
        String beforeMove = OffsetDateTime.now().toString();
        Thread.sleep(20);

        task.supervisor("milestones/m1/reschedulings", "{\"dueOn\":\"2018-01-31\",\"reason\":\"省级认定批次推迟\"}", 200);

        As.auditor().queryParam("asOf", beforeMove).get("/api/v1/tasks/" + task.id).then().statusCode(200)
                .body("version", equalTo(1))
                .body("milestones[0].dueOn", equalTo("2017-12-31"))
                .body("milestones[0].reschedulings", hasSize(0));
        task.read().body("version", equalTo(2))
                .body("milestones[0].dueOn", equalTo("2018-01-31"))
                .body("milestones[0].firstDueOn", equalTo("2017-12-31"))
                .body("milestones[0].reschedulings[0].previousDueOn", equalTo("2017-12-31"))
                .body("milestones[0].reschedulings[0].reason", equalTo("省级认定批次推迟"));
    }

    @Test
    void reschedulingToTheSameDayOrAnUnknownMilestoneIsRefused() {
        TaskFixture task = TaskFixture.create().withMilestone();

        task.supervisor("milestones/m1/reschedulings", "{\"dueOn\":\"2017-12-31\",\"reason\":\"不变\"}", 422)
                .body("type", equalTo("urn:duban:problem:no-change"));
        task.supervisor("milestones/m9/reschedulings", "{\"dueOn\":\"2018-01-31\",\"reason\":\"推迟\"}", 422)
                .body("type", equalTo("urn:duban:problem:unknown-milestone"));
        task.supervisor("milestones/m9/completion", "{\"completedOn\":\"2017-12-20\"}", 422)
                .body("type", equalTo("urn:duban:problem:unknown-milestone"));
        task.hasVersion(1);
    }

    @Test
    void aCompletedMilestoneIsShownDoneAndCannotBeMovedOrCompletedAgain() {
        TaskFixture task = TaskFixture.create().withMilestone();
        task.unit("市科技局", "reports", """
                {"reportId":"r-kj","unitId":"市科技局","text":"已完成认定","milestonesClaimedDone":["m1"]}""", 201);

        task.supervisor("milestones/m1/completion", "{\"completedOn\":\"2017-12-20\",\"note\":\"经核实\"}", 200);

        task.read().body("milestones[0].done", equalTo(true))
                .body("milestones[0].completedOn", equalTo("2017-12-20"))
                .body("milestones[0].completionNote", equalTo("经核实"))
                .body("milestones[0].claimedDoneBy", equalTo(List.of("r-kj")));
        task.supervisor("milestones/m1/completion", "{\"completedOn\":\"2017-12-21\"}", 409)
                .body("type", equalTo("urn:duban:problem:milestone-done"));
        task.supervisor("milestones/m1/reschedulings", "{\"dueOn\":\"2018-01-31\",\"reason\":\"推迟\"}", 409)
                .body("type", equalTo("urn:duban:problem:milestone-done"));
    }
}
