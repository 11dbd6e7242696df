package duban.notification.reminder;

import static duban.testing.ledger.ShanghaiTime.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import duban.events.plan.PlanRegistered;
import duban.events.plan.ReportingDayPolicy;
import duban.events.task.MilestoneCommitment;
import duban.events.task.MilestoneScheduled;
import duban.events.task.ProgressReported;
import duban.events.task.TaskAcknowledged;
import duban.events.task.TaskCreated;
import duban.events.task.TaskUrged;
import duban.notification.MutableClock;
import duban.testing.identity.As;
import io.restassured.RestAssured;
import duban.testing.ledger.LedgerTopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reminders go out on their day at nine, once, and stop when their reason is gone. */
@QuarkusTest
class RemindersTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    MutableClock clock;

    @Inject
    ReminderTick tick;

    private LedgerTopicWriter topic;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String plan = "plan-" + suffix;
    private final String task = "task-" + suffix;
    private final String unit = "kjj-" + suffix;

    @BeforeEach
    void writeATask() {
        topic = new LedgerTopicWriter(bootstrap);
        // Ticks also run by themselves (every minute, and when events arrive): before any reminder falls due here.
        clock.set(shanghai("2017-10-31T12:00"));
        topic.write(new PlanRegistered(plan, "方案", null, null, LocalDate.parse("2017-11-01"), List.of(5, 20),
                "Asia/Shanghai", ReportingDayPolicy.NEXT_WORKING_DAY), shanghai("2017-10-31T10:00"));
        topic.write(new TaskCreated(task, plan, null, "二.(一).1", "培育高新技术企业", null, List.of(unit), List.of(),
                null), shanghai("2017-10-31T10:00"));
        // Acknowledged (签收) at once: these tests are about the other reminders.
        topic.write(new TaskAcknowledged(task, unit, null), shanghai("2017-10-31T10:00"));
        topic.write(new MilestoneScheduled(task, "m1", LocalDate.parse("2017-11-24"), "完成认定",
                MilestoneCommitment.FIRM, List.of()), shanghai("2017-10-31T10:00"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                As.unit(unit).get("/api/v1/units/{u}/schedule", unit).then().body("obligations", hasSize(1)));
    }

    @AfterEach
    void disconnect() {
        topic.close();
    }

    private ValidatableResponse inbox() {
        return As.unit(unit).get("/api/v1/units/{u}/notifications", unit).then().statusCode(200);
    }

    /** Moves the clock and runs a tick at once, as the scheduler would within a minute. */
    private void runAt(String localDateTime) {
        clock.set(shanghai(localDateTime));
        tick.run().await().atMost(Duration.ofSeconds(30));
    }

    @Test
    void aReportIsRemindedOnItsDaysAtNineOnceAndNotAfterItIsFiled() {
        // the 11-05 period (a Sunday, due Monday 11-06): three working days before is Wednesday 11-01
        runAt("2017-11-01T08:59");
        inbox().body("items", hasSize(0));
        runAt("2017-11-01T09:00");
        runAt("2017-11-01T09:05");
        tick.run().await().atMost(Duration.ofSeconds(30));
        inbox().body("items.kind", contains("REPORT_DUE_SOON"))
                .body("items[0].subject", equalTo("2017-11-05"))
                .body("items[0].late", equalTo(false))
                .body("unread", equalTo(1));

        clock.set(shanghai("2017-11-02T10:00:01"));
        topic.write(new ProgressReported(task, "r1", unit, LocalDate.parse("2017-11-05"), "已启动", List.of(),
                List.of(), List.of()), shanghai("2017-11-02T10:00"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> As.unit(unit)
                .get("/api/v1/units/{u}/schedule", unit).then().body("obligations[0].nextDue.period",
                        equalTo("2017-11-20")));
        runAt("2017-11-06T09:00");
        inbox().body("items.kind", contains("REPORT_DUE_SOON"));
    }

    @Test
    void aMissedDeadlineAndAnOverdueMilestoneAreCopiedToTheSupervisorsAndAnUrgeGoesOutAtOnce() {
        runAt("2017-11-01T09:00");
        runAt("2017-11-06T09:00");
        runAt("2017-11-07T09:00");
        inbox().body("items.kind", contains("REPORT_OVERDUE", "REPORT_DUE_TODAY", "REPORT_DUE_SOON"));
        As.supervisor().get("/api/v1/units/SUPERVISORS/notifications").then().statusCode(200)
                .body("items.find { it.aboutUnit == '" + unit + "' }.kind", equalTo("REPORT_OVERDUE"));

        clock.set(shanghai("2017-11-07T10:00:01"));
        topic.write(new TaskUrged(task, List.of(unit), "请抓紧报送"), shanghai("2017-11-07T10:00"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> inbox().body("items[0].kind", equalTo("URGED"))
                .body("items[0].body", equalTo("督查室催办「二.(一).1 培育高新技术企业」：请抓紧报送")));
    }

    @Test
    void aDeadlineThatPassedWhileNoTickCompletedStillGetsItsMorningReminderLateBesideTheOverdueOne() {
        // The last complete sweep reached 11-06 08:00; the next completes only on 11-07 at 10:30, after the deadline
        // (11-06, a Monday) and the overdue reminder's morning. The deadline's morning reminder fell due meanwhile:
        // it is sent then, late, not dropped because the period has since become missing.
        tick.forgetSweeps();
        runAt("2017-11-06T08:00");
        inbox().body("items", hasSize(0));
        runAt("2017-11-07T10:30");
        inbox().body("items.kind", contains("REPORT_OVERDUE", "REPORT_DUE_TODAY"))
                .body("items.subject", contains("2017-11-05", "2017-11-05"))
                .body("items.late", contains(true, true));
        runAt("2017-11-07T11:00");
        inbox().body("items", hasSize(2));
    }

    @Test
    void remindersMissedWhileTheServiceWasDownAreCaughtUpOnceAndMarkedLate() {
        // down from 11-01 to 11-06 10:30: the due-soon reminder (11-01) lies outside the catch-up window, the
        // deadline-morning one (11-06 09:00) is caught up, late. A restart forgets how far the ticks before it swept.
        tick.forgetSweeps();
        runAt("2017-11-06T10:30");
        inbox().body("items.kind", contains("REPORT_DUE_TODAY")).body("items[0].late", equalTo(true));
        // Caught up late, and counted so at /q/metrics (unauthenticated, as Prometheus scrapes it).
        String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern(
                "duban_reminders_sent_total\\{kind=\"REPORT_DUE_TODAY\",late=\"true\"} [1-9]")
                .containsPattern("duban_reminders_due_seconds_count [1-9]")
                .containsPattern("duban_reminders_due_seconds_max [0-9.E-]+");
        String id = inbox().extract().path("items[0].id");
        As.unit(unit).post("/api/v1/units/{u}/notifications/{id}/read", unit, id).then().statusCode(204);
        inbox().body("unread", equalTo(0));
        As.unit("别的单位").post("/api/v1/units/{u}/notifications/{id}/read", unit, id).then().statusCode(403);
    }
}
