package duban.notification.schedule;

import duban.testing.identity.As;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import duban.events.Topics;
import duban.events.plan.PlanRegistered;
import duban.events.plan.ReportingDayPolicy;
import duban.events.task.Allocation;
import duban.events.task.ProgressReported;
import duban.events.task.TargetSet;
import duban.events.task.TaskCancelled;
import duban.events.task.TaskAcknowledged;
import duban.events.task.TaskCreated;
import duban.events.unit.UnitGroupDefined;
import duban.notification.MutableClock;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import duban.testing.ledger.LedgerTopicWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = {
        @ResourceArg(name = "topics", value = Topics.LEDGER_EVENTS), @ResourceArg(name = "partitions", value = "1")})
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class ScheduleTest {

    /** 2017-10-02 10:00 in Asia/Shanghai: the 国庆 holiday runs 10-01 to 10-08. */
    static final Instant DURING_NATIONAL_DAY = OffsetDateTime.parse("2017-10-02T10:00:00+08:00").toInstant();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    MutableClock clock;

    private LedgerTopicWriter topic;
    private final String unit = "市科技局-" + UUID.randomUUID().toString().substring(0, 8);
    private final String planId = "plan-" + UUID.randomUUID();
    private final String taskId = UUID.randomUUID().toString();

    @BeforeEach
    void connect() {
        topic = new LedgerTopicWriter(bootstrap);
        clock.set(DURING_NATIONAL_DAY);
    }

    @AfterEach
    void disconnect() {
        topic.close();
    }

    private void createTask(String id, String parentId, Instant at) {
        topic.write(new TaskCreated(id, planId, parentId, "一.(二).1.(3)", "培育科技型中小企业", null, List.of(unit),
                List.of(), "2017年12月底前"), at);
        // Acknowledged (签收) at once: these tests are about reporting reminders alone.
        topic.write(new TaskAcknowledged(id, unit, null), at);
    }

    private ValidatableResponse scheduleOf(String unitId) {
        return As.unit(unitId).get("/api/v1/units/{unit}/schedule", unitId).then().statusCode(200);
    }

    private void eventually(Runnable check) {
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).untilAsserted(check::run);
    }

    @Test
    void aReportingDayInTheNationalHolidayMovesToTheNextWorkingDay() {
        createTask(taskId, null, DURING_NATIONAL_DAY);

        eventually(() -> scheduleOf(unit).body("obligations", hasSize(1))
                .body("obligations[0].taskId", equalTo(taskId))
                .body("obligations[0].firstPeriod", equalTo("2017-10-05"))
                .body("nextDeadline.period", equalTo("2017-10-05"))
                .body("nextDeadline.deadlineDate", equalTo("2017-10-09"))
                .body("nextDeadline.deadlineAt", equalTo("2017-10-09T16:00:00Z"))
                .body("nextDeadline.moved", equalTo(true))
                .body("warnings", empty()));
    }

    @Test
    void theScheduleListsTheRemindersOfTheNextThirtyDaysWithTheirChannels() {
        createTask(taskId, null, DURING_NATIONAL_DAY);

        // 10-05 falls in the holiday: its day is Monday 10-09 and its reminder three working days before fell
        // before the task existed; 11-05 is a Sunday, so its deadline is Monday 11-06 and the reminder three working
        // days before is Wednesday 11-01, within 30 days; its day itself is not. A period not filed by its day is
        // reminded as overdue the working day after (10-10, 10-23): shown ahead too, as the ledger stands.
        eventually(() -> scheduleOf(unit)
                .body("remindersUntil", equalTo("2017-11-01T02:00:00Z"))
                .body("reminders.sendAt", contains("2017-10-09T01:00:00Z", "2017-10-10T01:00:00Z",
                        "2017-10-17T01:00:00Z", "2017-10-20T01:00:00Z", "2017-10-23T01:00:00Z",
                        "2017-11-01T01:00:00Z"))
                .body("reminders.kind", contains("REPORT_DUE_TODAY", "REPORT_OVERDUE", "REPORT_DUE_SOON",
                        "REPORT_DUE_TODAY", "REPORT_OVERDUE", "REPORT_DUE_SOON"))
                .body("reminders.subject", contains("2017-10-05", "2017-10-05", "2017-10-20", "2017-10-20",
                        "2017-10-20", "2017-11-05"))
                .body("reminders.taskId", everyItem(equalTo(taskId)))
                .body("reminders.copiedToSupervisors", contains(false, true, false, false, true, false))
                .body("reminders[0].channels[0]", equalTo("INBOX")));

        // A report filed for 10-05 takes that period's reminder away; the others stay.
        topic.write(new ProgressReported(taskId, "r1", unit, LocalDate.of(2017, 10, 5), "已启动", List.of(), List.of(),
                List.of()), DURING_NATIONAL_DAY.plusSeconds(60));
        clock.set(DURING_NATIONAL_DAY.plusSeconds(61));
        eventually(() -> scheduleOf(unit).body("reminders.subject", contains("2017-10-20", "2017-10-20",
                "2017-10-20", "2017-11-05")));
    }

    @Test
    void aTokenClaimingTheSupervisorsPseudoUnitReadsNoneOfTheirCopies() {
        for (String path : List.of("/api/v1/units/{unit}/schedule", "/api/v1/units/{unit}/notifications")) {
            As.unit("SUPERVISORS").get(path, "SUPERVISORS").then().statusCode(403)
                    .body("type", containsString("supervisors-only"));
        }
        As.supervisor().get("/api/v1/units/{unit}/notifications", "SUPERVISORS").then().statusCode(200);
    }

    @Test
    void underTheKeepPolicyTheDeadlineStaysOnTheCalendarDay() {
        topic.write(new PlanRegistered(planId, "工作方案", "新政办〔2017〕102号", "新乡市人民政府办公室",
                LocalDate.of(2017, 9, 28), List.of(5, 20), "Asia/Shanghai", ReportingDayPolicy.KEEP), DURING_NATIONAL_DAY);
        createTask(taskId, null, DURING_NATIONAL_DAY);

        eventually(() -> scheduleOf(unit).body("nextDeadline.deadlineDate", equalTo("2017-10-05"))
                .body("nextDeadline.moved", equalTo(false)));
    }

    @Test
    void aFiledReportMovesTheUnitOnToTheNextPeriod() {
        createTask(taskId, null, DURING_NATIONAL_DAY);
        topic.write(new ProgressReported(taskId, "r1", unit, LocalDate.of(2017, 10, 5), "已启动", List.of(), List.of(),
                List.of()), DURING_NATIONAL_DAY.plusSeconds(60));
        clock.set(DURING_NATIONAL_DAY.plusSeconds(61));

        eventually(() -> scheduleOf(unit)
                .body("obligations[0].reportedForCurrentPeriod", equalTo(true))
                .body("nextDeadline.period", equalTo("2017-10-20"))
                .body("nextDeadline.deadlineDate", equalTo("2017-10-20")));
    }

    @Test
    void aTaskThatGetsSubtasksOrIsCancelledIsNoLongerOwed() {
        String child = UUID.randomUUID().toString();
        createTask(taskId, null, DURING_NATIONAL_DAY);
        createTask(child, taskId, DURING_NATIONAL_DAY);
        eventually(() -> scheduleOf(unit).body("obligations.taskId", contains(child)));

        topic.write(new TaskCancelled(child, "并入其他任务"), DURING_NATIONAL_DAY.plusSeconds(60));
        clock.set(DURING_NATIONAL_DAY.plusSeconds(61));

        eventually(() -> scheduleOf(unit).body("obligations", empty()).body("nextDeadline", nullValue()));
    }

    @Test
    void aYearWithoutCalendarDataFallsBackToWeekendsAndSaysSo() {
        Instant in2031 = OffsetDateTime.parse("2031-03-02T10:00:00+08:00").toInstant();
        clock.set(in2031);
        createTask(taskId, null, in2031);

        eventually(() -> scheduleOf(unit).body("obligations", hasSize(1))
                .body("nextDeadline.period", equalTo("2031-03-05"))
                .body("warnings", not(empty())));
    }

    @Test
    void aMemberOfAGroupHoldingAShareOwesReportsAndACoResponsibleUnitWithoutShareDoesNot() {
        String member = "卫辉市-" + UUID.randomUUID().toString().substring(0, 8);
        String co = "市财政局-" + UUID.randomUUID().toString().substring(0, 8);
        String group = "group-" + UUID.randomUUID();
        topic.write(new TaskCreated(taskId, planId, null, "二.(一).1", "培育高新技术企业", null, List.of(unit), List.of(co),
                "2017年12月底前"), DURING_NATIONAL_DAY);
        topic.write(new UnitGroupDefined(group, "各县(市)、区", List.of(member)), DURING_NATIONAL_DAY);
        topic.write(new TargetSet(taskId, "t1", "新培育高新技术企业", "家", new BigDecimal("5"), List.of(
                new Allocation(null, group, true, BigDecimal.ONE, BigDecimal.ONE, false, List.of())), List.of()),
                DURING_NATIONAL_DAY.plusSeconds(60));
        clock.set(DURING_NATIONAL_DAY.plusSeconds(61));

        eventually(() -> scheduleOf(member).body("obligations.taskId", contains(taskId))
                .body("nextDeadline.period", equalTo("2017-10-05")));
        scheduleOf(co).body("obligations", empty());

        // The group is redefined without the member: it owes nothing more.
        topic.write(new UnitGroupDefined(group, "各县(市)、区", List.of(co)), DURING_NATIONAL_DAY.plusSeconds(120));
        clock.set(DURING_NATIONAL_DAY.plusSeconds(121));
        eventually(() -> scheduleOf(member).body("obligations", empty()));
        scheduleOf(co).body("obligations.taskId", contains(taskId));
    }

    @Test
    void aUnitWithoutObligationsOwesNothing() {
        scheduleOf("无任务单位").body("obligations", empty()).body("nextDeadline", nullValue());
    }
}
