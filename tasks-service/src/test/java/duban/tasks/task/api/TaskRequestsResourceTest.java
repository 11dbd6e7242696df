package duban.tasks.task.api;

import static duban.tasks.task.api.TaskFixture.PROBLEM;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Completion (办结) and extension (延期) requests: a unit asks, a supervisor decides, the task shows both. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class TaskRequestsResourceTest {

    @Test
    void onlyALeadUnitAsksForCompletionAndOnlyOnceAtATime() {
        TaskFixture task = TaskFixture.create();

        task.unit("红旗区", "completion-requests", "{\"unitId\":\"红旗区\"}", 403).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:not-lead-unit"));
        task.unit("市科技局", "completion-requests", "{\"unitId\":\"市科技局\",\"note\":\"申请销号\"}", 201);
        task.unit("市财政局", "completion-requests", "{\"unitId\":\"市财政局\"}", 409)
                .body("type", equalTo("urn:duban:problem:completion-already-requested"));

        task.read().body("completionRequests", hasSize(1))
                .body("completionRequests[0].unitId", equalTo(TaskFixture.unit("市科技局")))
                .body("completionRequests[0].outcome", equalTo("PENDING"));
    }

    @Test
    void approvalNeedsEveryMilestoneDoneOrWaivedAndClosesTheTask() {
        TaskFixture task = TaskFixture.create().withMilestone().withCompletionRequest();

        task.supervisor("completion-requests/approval", "{}", 409)
                .body("type", equalTo("urn:duban:problem:milestones-open"))
                .body("detail", containsString("m1"));
        task.supervisor("completion-requests/approval", "{\"waivedMilestoneIds\":[\"m1\"],\"note\":\"同意办结\"}", 200);

        task.read().body("status", equalTo("COMPLETED"))
                .body("milestones[0].waived", equalTo(true))
                .body("completionRequests[0].outcome", equalTo("APPROVED"))
                .body("completionRequests[0].decision", equalTo("同意办结"))
                .body("completionRequests[0].waivedMilestoneIds", equalTo(List.of("m1")));
    }

    @Test
    void aRejectionIsShownAndAnotherRequestMayFollow() {
        TaskFixture task = TaskFixture.create().withCompletionRequest();

        task.supervisor("completion-requests/rejection", "{\"reason\":\"佐证材料不全\"}", 200);
        task.supervisor("completion-requests/rejection", "{\"reason\":\"再次驳回\"}", 409)
                .body("type", equalTo("urn:duban:problem:no-completion-request"));
        task.unit("市科技局", "completion-requests", "{\"unitId\":\"市科技局\",\"note\":\"已补充材料\"}", 201);

        task.read().body("status", equalTo("OPEN"))
                .body("completionRequests.outcome", equalTo(List.of("REJECTED", "PENDING")))
                .body("completionRequests[0].decision", equalTo("佐证材料不全"))
                .body("completionRequests[0].decidedAt", notNullValue());
    }

    @Test
    void anExtensionIsAskedByAResponsibleUnitAndAGrantMovesTheMilestone() {
        TaskFixture task = TaskFixture.create().withMilestone();
        String ask = """
                {"milestoneId":"m1","unitId":"%s","requestedDueOn":"2018-01-31","reason":"企业申报材料需补充"}""";

        task.unit("牧野区", "extension-requests", ask.formatted("牧野区"), 403)
                .body("type", equalTo("urn:duban:problem:not-responsible-unit"));
        String requestId = task.unit("红旗区", "extension-requests", ask.formatted("红旗区"), 201)
                .extract().path("requestId");
        task.unit("市科技局", "extension-requests", ask.formatted("市科技局"), 409)
                .body("type", equalTo("urn:duban:problem:extension-already-requested"));

        task.supervisor("extension-requests/" + requestId + "/grant", "{\"dueOn\":\"2018-01-15\",\"note\":\"同意延期\"}",
                200).body("version", equalTo(4)); // the grant and the move: two events

        task.read().body("milestones[0].dueOn", equalTo("2018-01-15"))
                .body("milestones[0].reschedulings[0].reason", containsString(requestId))
                .body("extensionRequests", hasSize(1))
                .body("extensionRequests[0].unitId", equalTo(TaskFixture.unit("红旗区")))
                .body("extensionRequests[0].requestedDueOn", equalTo("2018-01-31"))
                .body("extensionRequests[0].outcome", equalTo("GRANTED"))
                .body("extensionRequests[0].grantedDueOn", equalTo("2018-01-15"));
        task.supervisor("extension-requests/" + requestId + "/denial", "{\"reason\":\"改变主意\"}", 409)
                .body("type", equalTo("urn:duban:problem:extension-decided"));
    }

    @Test
    void aDeniedExtensionLeavesTheMilestoneWhereItWas() {
        TaskFixture task = TaskFixture.create().withMilestone().withExtensionRequest();

        task.supervisor("extension-requests/x1/denial", "{\"reason\":\"理由不充分\"}", 200);

        task.read().body("milestones[0].dueOn", equalTo("2017-12-31"))
                .body("extensionRequests[0].outcome", equalTo("DENIED"))
                .body("extensionRequests[0].decision", equalTo("理由不充分"));
    }

    @Test
    void anExtensionMustMoveTheMilestoneLaterAndNameAKnownRequest() {
        TaskFixture task = TaskFixture.create().withMilestone().withExtensionRequest();

        task.supervisor("extension-requests/x1/grant", "{\"dueOn\":\"2017-12-01\"}", 422)
                .body("type", equalTo("urn:duban:problem:extension-not-later"));
        task.supervisor("extension-requests/x9/grant", "{}", 422)
                .body("type", equalTo("urn:duban:problem:unknown-extension-request"));
        task.hasVersion(2);
    }

    @Test
    void requestsNamingUnknownUnitsOrMilestonesAreRefused() {
        TaskFixture task = TaskFixture.create().withMilestone();

        task.unit("市科技局", "completion-requests", "{\"unitId\":\"市科枝局\"}", 422)
                .body("type", equalTo("urn:duban:problem:unknown-unit"))
                .body("errors[0].message", containsString("市科技局"));
        task.unit("红旗区", "extension-requests", """
                {"milestoneId":"m1","unitId":"红旗","requestedDueOn":"2018-01-31","reason":"推迟"}""", 422)
                .body("type", equalTo("urn:duban:problem:unknown-unit"))
                .body("errors[0].message", containsString("红旗区"));
        task.unit("红旗区", "extension-requests", """
                {"milestoneId":"m9","unitId":"红旗区","requestedDueOn":"2018-01-31","reason":"推迟"}""", 422)
                .body("type", equalTo("urn:duban:problem:unknown-milestone"));
        task.unit("红旗区", "extension-requests", """
                {"milestoneId":"m1","unitId":"红旗区","requestedDueOn":"2017-12-31","reason":"推迟"}""", 422)
                .body("type", equalTo("urn:duban:problem:extension-not-later"));
        task.supervisor("extension-requests/x9/denial", "{\"reason\":\"不予延期\"}", 422)
                .body("type", equalTo("urn:duban:problem:unknown-extension-request"));
        task.withCompletionRequest();
        task.supervisor("completion-requests/approval", "{\"waivedMilestoneIds\":[\"m1\",\"m9\"]}", 422)
                .body("type", equalTo("urn:duban:problem:unknown-milestone"));
        task.hasVersion(2);
    }
}
