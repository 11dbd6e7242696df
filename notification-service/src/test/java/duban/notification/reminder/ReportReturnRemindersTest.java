package duban.notification.reminder;

import static duban.testing.ledger.ShanghaiTime.shanghai;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import duban.events.plan.PlanRegistered;
import duban.events.plan.ReportReviewSet;
import duban.events.plan.ReportingDayPolicy;
import duban.events.task.ProgressReported;
import duban.events.task.ReportReturned;
import duban.events.task.TaskCreated;
import duban.notification.MutableClock;
import duban.testing.identity.As;
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

/**
 * A report returned (退回) on a plan that reviews its reports: the unit is told at once, with the reason and the day
 * its correction is due, once; its schedule shows the correction owed; not corrected by that day, the unit and the
 * supervisors are reminded the next working day, once.
 */
@QuarkusTest
class ReportReturnRemindersTest {

    private static final String REASON = "内容空泛，未写明培育进度";

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
    void writeAReportAndReturnIt() {
        topic = new LedgerTopicWriter(bootstrap);
        clock.set(shanghai("2017-10-31T12:00"));
        topic.write(new PlanRegistered(plan, "方案", null, null, LocalDate.parse("2017-11-01"), List.of(5, 20),
                "Asia/Shanghai", ReportingDayPolicy.NEXT_WORKING_DAY), shanghai("2017-10-31T10:00"));
        topic.write(new ReportReviewSet(plan, true, "进展情况须经督查室审核"), shanghai("2017-10-31T10:00"));
        topic.write(new TaskCreated(task, plan, null, "二.(一).1", "培育高新技术企业", null, List.of(unit), List.of(),
                null), shanghai("2017-10-31T10:00"));
        clock.set(shanghai("2017-11-02T10:00:01"));
        topic.write(new ProgressReported(task, "r1", unit, LocalDate.parse("2017-11-05"), "正在推进", List.of(),
                List.of(), List.of()), shanghai("2017-11-02T10:00"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> schedule()
                .body("obligations[0].nextDue.period", equalTo("2017-11-20")));
        // returned after the deadline (Monday 11-06), to be corrected by Thursday 11-09
        clock.set(shanghai("2017-11-07T10:00:01"));
        topic.write(new ReportReturned(task, "r1", REASON, LocalDate.parse("2017-11-09")),
                shanghai("2017-11-07T10:00"));
    }

    @AfterEach
    void disconnect() {
        topic.close();
    }

    private ValidatableResponse inbox() {
        return As.unit(unit).get("/api/v1/units/{u}/notifications", unit).then().statusCode(200);
    }

    private ValidatableResponse schedule() {
        return As.unit(unit).get("/api/v1/units/{u}/schedule", unit).then().statusCode(200);
    }

    private void runAt(String localDateTime) {
        clock.set(shanghai(localDateTime));
        tick.run().await().atMost(Duration.ofSeconds(30));
    }

    private static String ofKind(String kind) {
        return "items.findAll { it.kind == '" + kind + "' }";
    }

    @Test
    void theReturnGoesOutAtOnceOnceAndTheScheduleShowsTheCorrectionOwed() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> inbox()
                .body(ofKind("REPORT_RETURNED"), hasSize(1)));
        inbox().body(ofKind("REPORT_RETURNED") + "[0].subject", equalTo("r1"))
                .body(ofKind("REPORT_RETURNED") + "[0].heading", equalTo("报告退回：二.(一).1"))
                .body(ofKind("REPORT_RETURNED") + "[0].body", equalTo("「二.(一).1 培育高新技术企业」2017年11月5日期进展情况"
                        + "被督查室退回，退回理由：" + REASON + "。请于2017年11月9日前更正后重新报送。"));
        schedule().body("corrections", hasSize(1))
                .body("corrections[0].period", equalTo("2017-11-05"))
                .body("corrections[0].reportId", equalTo("r1"))
                .body("corrections[0].reason", equalTo(REASON))
                .body("corrections[0].correctBy", equalTo("2017-11-09"))
                .body("reminders.find { it.kind == 'CORRECTION_OVERDUE' }.sendAt", equalTo("2017-11-10T01:00:00Z"));

        runAt("2017-11-07T10:05");
        runAt("2017-11-08T09:00");
        inbox().body(ofKind("REPORT_RETURNED"), hasSize(1));
    }

    @Test
    void notCorrectedByItsDayTheUnitAndTheSupervisorsAreRemindedTheNextWorkingDayOnce() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> inbox()
                .body(ofKind("REPORT_RETURNED"), hasSize(1)));
        runAt("2017-11-09T23:00");
        inbox().body(ofKind("CORRECTION_OVERDUE"), hasSize(0));
        runAt("2017-11-10T09:00");
        runAt("2017-11-10T09:05");
        inbox().body(ofKind("CORRECTION_OVERDUE"), hasSize(1))
                .body(ofKind("CORRECTION_OVERDUE") + "[0].body", containsString("应于2017年11月9日前更正，至今未更正"))
                .body(ofKind("REPORT_OVERDUE"), hasSize(0));
        As.supervisor().get("/api/v1/units/SUPERVISORS/notifications").then().statusCode(200)
                .body("items.findAll { it.aboutUnit == '" + unit + "' && it.kind == 'CORRECTION_OVERDUE' }",
                        hasSize(1));
        schedule().body("corrections", hasSize(0));
    }
}
