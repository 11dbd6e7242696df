package duban.reporting.plan;

import static duban.testing.ledger.ShanghaiTime.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import duban.events.envelope.CloudEvent;
import duban.events.plan.PlanRegistered;
import duban.events.plan.ReportingDayPolicy;
import duban.events.task.TaskAcknowledged;
import duban.events.task.TaskCreated;
import duban.events.task.UnitsReassigned;
import duban.testing.identity.As;
import duban.testing.ledger.LedgerTopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 签收 on the read side: a task assigned to two units on Friday 2026-11-06 is due to be acknowledged by the end of
 * Tuesday 2026-11-10; the lead acknowledges on Monday, the co-responsible unit only in December, after November's
 * cut-off.
 */
@QuarkusTest
class AcknowledgementViewsTest {

    private static final String WEDNESDAY = "2026-11-11T12:00:00+08:00";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private LedgerTopicWriter topic;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String plan = "plan-ack-" + suffix;
    private final String task = "task-ack-" + suffix;
    private final String lead = "kjj-" + suffix;
    private final String co = "czj-" + suffix;
    private CloudEvent leadAcknowledged;

    @BeforeEach
    void assignOnAFriday() {
        topic = new LedgerTopicWriter(bootstrap);
        topic.write(new PlanRegistered(plan, "督办工作方案", "新政办〔2026〕9号", "新乡市人民政府办公室",
                LocalDate.parse("2026-10-01"), List.of(5, 20), "Asia/Shanghai", ReportingDayPolicy.NEXT_WORKING_DAY),
                shanghai("2026-10-01T09:00"));
        topic.write(new TaskCreated(task, plan, null, "一.1", "培育科技型中小企业", "正文", List.of(lead), List.of(co),
                "2026年12月底前"), shanghai("2026-11-06T16:00"));
        leadAcknowledged = topic.write(new TaskAcknowledged(task, lead, "收到，立即落实"), shanghai("2026-11-09T10:00"));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                progress(WEDNESDAY).body("units.find { it.unitId == '" + lead + "' }.acknowledgement.state",
                        equalTo("ACKNOWLEDGED")));
    }

    @AfterEach
    void disconnect() {
        topic.close();
    }

    private ValidatableResponse progress(String asOf) {
        return As.supervisor().get("/api/v1/tasks/{task}/progress?asOf=" + asOf, task).then().statusCode(200);
    }

    private static ValidatableResponse dashboard(String unit, String asOf) {
        return As.unit(unit).get("/api/v1/units/{unit}/dashboard" + (asOf == null ? "" : "?asOf=" + asOf), unit)
                .then().statusCode(200);
    }

    private String unitOnProgress(String unit) {
        return "units.find { it.unitId == '" + unit + "' }.acknowledgement.";
    }

    @Test
    void theUnitThatDidNotAcknowledgeByTuesdayIsOverdueOnItsDashboardTheTaskAndTheOverview() {
        dashboard(co, WEDNESDAY)
                .body("tasks[0].acknowledgement.state", equalTo("OVERDUE"))
                .body("tasks[0].acknowledgement.label", equalTo("领办逾期"))
                .body("tasks[0].acknowledgement.dueOn", equalTo("2026-11-10"))
                .body("tasks[0].acknowledgement.acknowledgedAt", nullValue())
                .body("counts.overdueAcknowledgements", equalTo(1));
        dashboard(lead, WEDNESDAY)
                .body("tasks[0].acknowledgement.state", equalTo("ACKNOWLEDGED"))
                .body("tasks[0].acknowledgement.note", equalTo("收到，立即落实"))
                .body("counts.overdueAcknowledgements", equalTo(0));
        progress(WEDNESDAY)
                .body(unitOnProgress(co) + "state", equalTo("OVERDUE"))
                .body(unitOnProgress(lead) + "state", equalTo("ACKNOWLEDGED"));
        // As of Tuesday the co-responsible unit still had the day: OPEN, nothing counted.
        dashboard(co, "2026-11-10T23:00:00+08:00")
                .body("tasks[0].acknowledgement.state", equalTo("OPEN"))
                .body("counts.overdueAcknowledgements", equalTo(0));
        As.supervisor().get("/api/v1/plans/{plan}/overview?asOf=" + WEDNESDAY, plan).then().statusCode(200)
                .body("overall.overdueAcknowledgements", equalTo(1));
    }

    @Test
    void theBulletinCountsTheOverdueAcknowledgementAndAClosedMonthStaysTheSameAfterALateOne() throws Exception {
        String path = "/api/v1/plans/" + plan + "/bulletins/2026-11";
        ValidatableResponse bulletin = As.supervisor().get(path).then().statusCode(200);
        bulletin.body("units.find { it.unitId == '" + co + "' }.acknowledgementsOverdue", equalTo(1))
                .body("units.find { it.unitId == '" + lead + "' }.acknowledgementsOverdue", equalTo(0));
        byte[] json = As.supervisor().get(path).then().extract().asByteArray();
        byte[] xlsx = As.supervisor().get(path + ".xlsx").then().statusCode(200).extract().asByteArray();
        String html = As.supervisor().get(path + ".html").then().statusCode(200).extract().asString();
        BulletinDocuments.workbookMatches(xlsx, new ObjectMapper().readTree(json));
        Map<String, Map<String, String>> rows = BulletinDocuments.pageRows(html);
        assertThat(rows.get(co)).containsEntry("acknowledgements-overdue", "1");
        assertThat(rows.get(lead)).containsEntry("acknowledgements-overdue", "0");

        // Acknowledged in December: late, shown now, and November reads as it did.
        topic.write(new TaskAcknowledged(task, co, null), shanghai("2026-12-02T09:00"));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                dashboard(co, null).body("tasks[0].acknowledgement.state", equalTo("ACKNOWLEDGED_LATE"))
                        .body("counts.overdueAcknowledgements", equalTo(0)));
        assertThat(As.supervisor().get(path).then().extract().asByteArray()).isEqualTo(json);
        assertThat(As.supervisor().get(path + ".xlsx").then().extract().asByteArray()).isEqualTo(xlsx);
        assertThat(As.supervisor().get(path + ".html").then().extract().asString()).isEqualTo(html);
    }

    @Test
    void aUnitTakenOffAndAssignedAgainMustAcknowledgeAgain() {
        topic.write(new UnitsReassigned(task, List.of(co), List.of(), "调整牵头单位"), shanghai("2026-11-12T10:00"));
        topic.write(new UnitsReassigned(task, List.of(co), List.of(lead), "恢复同责单位"), shanghai("2026-11-13T10:00"));

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                progress("2026-11-13T12:00:00+08:00")
                        .body(unitOnProgress(lead) + "state", equalTo("OPEN"))
                        .body(unitOnProgress(lead) + "assignedAt", equalTo("2026-11-13T02:00:00Z"))
                        .body(unitOnProgress(lead) + "dueOn", equalTo("2026-11-17")));
        // The co-responsible unit became the lead: the same assignment, still overdue.
        progress("2026-11-13T12:00:00+08:00").body(unitOnProgress(co) + "assignedAt", equalTo("2026-11-06T08:00:00Z"))
                .body(unitOnProgress(co) + "state", equalTo("OVERDUE"));
        dashboard(lead, "2026-11-18T09:00:00+08:00").body("tasks[0].acknowledgement.state", equalTo("OVERDUE"))
                .body("counts.overdueAcknowledgements", equalTo(1));
    }

    @Test
    void aRedeliveredOrSecondAcknowledgementChangesNothing() {
        topic.send(leadAcknowledged);
        topic.write(new TaskAcknowledged(task, lead, "再次签收"), shanghai("2026-11-12T10:00"));
        // One partition keeps order: once this later event shows, the two before it have been consumed.
        topic.write(new TaskAcknowledged(task, co, null), shanghai("2026-11-13T10:00"));

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                progress("2026-11-20T12:00:00+08:00").body(unitOnProgress(co) + "state",
                        equalTo("ACKNOWLEDGED_LATE")));
        progress("2026-11-20T12:00:00+08:00")
                .body(unitOnProgress(lead) + "acknowledgedAt", equalTo("2026-11-09T02:00:00Z"))
                .body(unitOnProgress(lead) + "note", equalTo("收到，立即落实"))
                .body("version", equalTo(3));
    }
}
