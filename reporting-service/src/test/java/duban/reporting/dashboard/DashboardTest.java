package duban.reporting.dashboard;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import duban.events.Topics;
import duban.events.envelope.CloudEvent;
import duban.events.task.Allocation;
import duban.events.task.ProgressReportCorrected;
import duban.events.task.ProgressReported;
import duban.events.task.TargetSet;
import duban.events.task.TaskCancelled;
import duban.events.task.TaskCreated;
import duban.events.unit.UnitGroupDefined;
import duban.testing.identity.As;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import duban.testing.ledger.LedgerTopicWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = {
        @ResourceArg(name = "topics", value = Topics.LEDGER_EVENTS), @ResourceArg(name = "partitions", value = "1")})
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class DashboardTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private LedgerTopicWriter topic;
    private final String lead = "市科技局-" + UUID.randomUUID().toString().substring(0, 8);
    private final String co = "红旗区-" + UUID.randomUUID().toString().substring(0, 8);
    private final String taskId = UUID.randomUUID().toString();

    @BeforeEach
    void connect() {
        topic = new LedgerTopicWriter(bootstrap);
    }

    @AfterEach
    void disconnect() {
        topic.close();
    }

    private void createTask() {
        topic.write(new TaskCreated(taskId, "xinxiang-2017-102", null, "一.(二).1.(3)", "培育科技型中小企业", "正文",
                List.of(lead), List.of(co), "2017年12月底前"));
    }

    private static void awaitDashboard(String unit, Runnable check) {
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).untilAsserted(check::run);
    }

    private static io.restassured.response.ValidatableResponse dashboardOf(String unit) {
        return As.unit(unit).get("/api/v1/units/{unit}/dashboard", unit).then().statusCode(200);
    }

    @Test
    void aTaskShowsOnTheDashboardOfEachOfItsUnitsWithTheirRole() {
        createTask();

        awaitDashboard(lead, () -> dashboardOf(lead).body("tasks", hasSize(1))
                .body("tasks[0].taskId", equalTo(taskId))
                .body("tasks[0].role", equalTo("LEAD"))
                .body("tasks[0].title", equalTo("培育科技型中小企业"))
                .body("tasks[0].latestReport", nullValue()));
        dashboardOf(co).body("tasks", hasSize(1)).body("tasks[0].role", equalTo("CO"));
    }

    @Test
    void aUnitHoldingAShareInItsOwnNameOrThroughAGroupSeesTheTaskWithThatStanding() {
        String holder = "卫滨区-" + UUID.randomUUID().toString().substring(0, 8);
        String member = "卫辉市-" + UUID.randomUUID().toString().substring(0, 8);
        String group = "group-" + UUID.randomUUID();
        createTask();
        topic.write(new UnitGroupDefined(group, "自创区外", List.of(member)));
        topic.write(new TargetSet(taskId, "t1", "新培育高新技术企业", "家", new BigDecimal("9"), List.of(
                new Allocation(holder, null, false, BigDecimal.ONE, BigDecimal.ONE, false, List.of()),
                new Allocation(null, group, false, new BigDecimal("8"), new BigDecimal("8"), false, List.of())),
                List.of()));

        awaitDashboard(member, () -> dashboardOf(member).body("tasks", hasSize(1))
                .body("tasks[0].taskId", equalTo(taskId))
                .body("tasks[0].role", equalTo("GROUP_MEMBER")));
        dashboardOf(holder).body("tasks", hasSize(1)).body("tasks[0].role", equalTo("SHARE_HOLDER"));
        dashboardOf(lead).body("tasks[0].role", equalTo("LEAD"));
    }

    @Test
    void theUnitsLatestReportIsShownAndACorrectionReplacesIt() {
        createTask();
        topic.write(new ProgressReported(taskId, "r1", lead, LocalDate.of(2017, 11, 20), "已培育80家", List.of(),
                List.of(), List.of()));
        awaitDashboard(lead, () -> dashboardOf(lead).body("tasks[0].latestReport.text", equalTo("已培育80家")));

        topic.write(new ProgressReportCorrected(taskId, "r2", "r1", lead, LocalDate.of(2017, 11, 20), "已培育85家",
                List.of(), List.of(), List.of(), "数字有误"));

        awaitDashboard(lead, () -> dashboardOf(lead)
                .body("tasks[0].latestReport.text", equalTo("已培育85家"))
                .body("tasks[0].latestReport.supersedes", equalTo("r1"))
                .body("tasks[0].version", equalTo(2)));
    }

    @Test
    void theSameEventDeliveredTwiceChangesNothing() {
        createTask();
        CloudEvent report = topic.write(new ProgressReported(taskId, "r1", lead, LocalDate.of(2017, 11, 20),
                "第一次", List.of(), List.of(), List.of()));
        topic.write(new TaskCancelled(taskId, "合并到其他任务"));
        awaitDashboard(lead, () -> dashboardOf(lead).body("tasks[0].status", equalTo("CANCELLED")));

        topic.send(report);
        // One partition keeps order: once this later event shows, the redelivery has been consumed.
        String later = UUID.randomUUID().toString();
        topic.write(new TaskCreated(later, "xinxiang-2017-102", null, "一.(二).1.(4)", "后续任务", null,
                List.of(lead), List.of(), null));
        awaitDashboard(lead, () -> dashboardOf(lead).body("tasks", hasSize(2)));
        dashboardOf(lead)
                .body("tasks.find { it.taskId == '%s' }.status".formatted(taskId), equalTo("CANCELLED"))
                .body("tasks.find { it.taskId == '%s' }.version".formatted(taskId), equalTo(2));
    }

    @Test
    void aBurstOfEventsIsAppliedInTopicOrderAndEachOnceThoughOnePollCarriesThemAll() {
        createTask();
        CloudEvent first = topic.write(new ProgressReported(taskId, "r1", lead, LocalDate.of(2017, 11, 20), "第一次",
                List.of(), List.of(), List.of()));
        topic.send(first);
        topic.sendRaw("junk", "not a cloud event".getBytes(StandardCharsets.UTF_8));
        topic.write(new ProgressReportCorrected(taskId, "r2", "r1", lead, LocalDate.of(2017, 11, 20), "更正后",
                List.of(), List.of(), List.of(), "数字有误"));
        topic.send(first);
        topic.write(new TaskCancelled(taskId, "合并到其他任务"));

        awaitDashboard(lead, () -> dashboardOf(lead)
                .body("tasks[0].status", equalTo("CANCELLED"))
                .body("tasks[0].latestReport.text", equalTo("更正后"))
                .body("tasks[0].version", equalTo(3)));
    }

    @Test
    void garbageAndUnknownTypesOnTheTopicDoNotStopTheConsumer() {
        topic.sendRaw("junk", "not a cloud event".getBytes(StandardCharsets.UTF_8));
        topic.sendRaw("future", """
                {"specversion":"1.0","id":"%s","source":"/elsewhere","type":"duban.task.teleported.v1","subject":"x"}
                """.formatted(UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        createTask();

        awaitDashboard(lead, () -> dashboardOf(lead).body("tasks", hasSize(1)));
    }

    @Test
    void aUnitWithoutTasksHasAnEmptyDashboard() {
        dashboardOf("无任务单位").body("unitId", equalTo("无任务单位")).body("tasks", hasSize(0));
    }

    @Test
    void anOverlongUnitIdIsAProblem() {
        As.supervisor().get("/api/v1/units/{unit}/dashboard", "x".repeat(101)).then().statusCode(400)
                .contentType("application/problem+json");
    }
}
