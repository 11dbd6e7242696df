package duban.notification.reminder;

import static duban.testing.ledger.ShanghaiTime.shanghai;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import duban.events.plan.PlanRegistered;
import duban.events.plan.ReportingDayPolicy;
import duban.events.task.TaskAcknowledged;
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
 * 签收 reminders: a task assigned on Friday 2026-11-06 to a lead and a co-responsible unit is due to be acknowledged by
 * the end of Tuesday 2026-11-10. The lead acknowledges on Monday; the other unit is reminded on Tuesday at nine, and
 * on Wednesday it is 领办逾期, copied to the supervisors, each once.
 */
@QuarkusTest
class AcknowledgementRemindersTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    MutableClock clock;

    @Inject
    ReminderTick tick;

    private LedgerTopicWriter topic;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String plan = "plan-ack-" + suffix;
    private final String task = "task-ack-" + suffix;
    private final String lead = "kjj-" + suffix;
    private final String co = "czj-" + suffix;

    @BeforeEach
    void assignOnAFriday() {
        topic = new LedgerTopicWriter(bootstrap);
        clock.set(shanghai("2026-11-06T16:00:01"));
        topic.write(new PlanRegistered(plan, "督办工作方案", null, null, LocalDate.parse("2026-10-01"), List.of(5, 20),
                "Asia/Shanghai", ReportingDayPolicy.NEXT_WORKING_DAY), shanghai("2026-10-01T09:00"));
        topic.write(new TaskCreated(task, plan, null, "一.1", "培育科技型中小企业", null, List.of(lead), List.of(co), null),
                shanghai("2026-11-06T16:00"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> schedule(co)
                .body("reminders.kind", contains("ACKNOWLEDGEMENT_DUE", "ACKNOWLEDGEMENT_OVERDUE")));
    }

    @AfterEach
    void disconnect() {
        topic.close();
    }

    private static ValidatableResponse inbox(String unit) {
        return As.unit(unit).get("/api/v1/units/{u}/notifications", unit).then().statusCode(200);
    }

    private static ValidatableResponse schedule(String unit) {
        return As.unit(unit).get("/api/v1/units/{u}/schedule", unit).then().statusCode(200);
    }

    private void runAt(String localDateTime) {
        clock.set(shanghai(localDateTime));
        tick.run().await().atMost(Duration.ofSeconds(30));
    }

    private void leadAcknowledgesOnMonday() {
        clock.set(shanghai("2026-11-09T10:00:01"));
        topic.write(new TaskAcknowledged(task, lead, "收到"), shanghai("2026-11-09T10:00"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> schedule(lead)
                .body("reminders.findAll { it.kind.startsWith('ACKNOWLEDGEMENT') }", hasSize(0)));
    }

    @Test
    void theScheduleShowsTheComingAcknowledgementRemindersAtNine() {
        schedule(co).body("reminders[0].sendAt", equalTo("2026-11-10T01:00:00Z"))
                .body("reminders[0].heading", equalTo("签收提醒：一.1"))
                .body("reminders[0].subject", equalTo("2026-11-06T08:00:00Z"))
                .body("reminders[1].sendAt", equalTo("2026-11-11T01:00:00Z"))
                .body("reminders[1].copiedToSupervisors", equalTo(true));
    }

    @Test
    void theDueMorningThenTheOverdueOneCopiedToTheSupervisorsEachOnceAndNoneWhenAcknowledged() {
        leadAcknowledgesOnMonday();

        runAt("2026-11-10T08:59");
        inbox(co).body("items", hasSize(0));
        runAt("2026-11-10T09:00");
        runAt("2026-11-10T09:05");
        inbox(co).body("items.kind", contains("ACKNOWLEDGEMENT_DUE"))
                .body("items[0].body", equalTo("交办任务「一.1 培育科技型中小企业」请于今天（2026年11月10日）内签收。"));

        runAt("2026-11-11T09:00");
        tick.run().await().atMost(Duration.ofSeconds(30));
        inbox(co).body("items.kind", contains("ACKNOWLEDGEMENT_OVERDUE", "ACKNOWLEDGEMENT_DUE"))
                .body("items[0].heading", equalTo("领办逾期：一.1"));
        As.supervisor().get("/api/v1/units/SUPERVISORS/notifications?size=100").then().statusCode(200)
                .body("items.findAll { it.aboutUnit == '" + co + "' }.kind", contains("ACKNOWLEDGEMENT_OVERDUE"))
                .body("items.find { it.aboutUnit == '" + co + "' }.body",
                        equalTo(co + "交办任务「一.1 培育科技型中小企业」应于2026年11月10日前签收，至今未签收。"))
                .body("items.findAll { it.aboutUnit == '" + lead + "' }", hasSize(0));
        inbox(lead).body("items", hasSize(0));

        runAt("2026-11-12T09:00");
        inbox(co).body("items.kind", contains("ACKNOWLEDGEMENT_OVERDUE", "ACKNOWLEDGEMENT_DUE"));
    }

    @Test
    void aTickThatComesLaterThanTheCatchUpWindowStillSendsWhatFellDueSinceTheLastCompleteSweep() {
        // The replica has been running: its last complete sweep was on Monday at nine. The next one that completes
        // comes on Thursday (a database outage, or a tick slower than the 36-hour window): Tuesday's reminder, before
        // the window, is sent then with Wednesday's, both late, rather than lost.
        tick.forgetSweeps();
        clock.set(shanghai("2026-11-09T09:00"));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            tick.run().await().atMost(Duration.ofSeconds(30));
            return clock.instant().equals(tick.sweptUntil());
        });
        inbox(co).body("items", hasSize(0));

        runAt("2026-11-12T09:00");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> inbox(co)
                .body("items.kind", contains("ACKNOWLEDGEMENT_OVERDUE", "ACKNOWLEDGEMENT_DUE"))
                .body("items.late", contains(true, true)));
        As.supervisor().get("/api/v1/units/SUPERVISORS/notifications?size=100").then().statusCode(200)
                .body("items.findAll { it.aboutUnit == '" + co + "' }.kind", contains("ACKNOWLEDGEMENT_OVERDUE"));

        // A restarted replica knows no sweep and no claimed key: it offers the window's reminders again (Wednesday's
        // among them), and the database's keys keep it from sending any twice.
        tick.forgetSweeps();
        runAt("2026-11-12T09:05");
        inbox(co).body("items", hasSize(2));
    }

    @Test
    void anAcknowledgementBeforeTheMorningTakesBothRemindersAway() {
        leadAcknowledgesOnMonday();
        clock.set(shanghai("2026-11-09T11:00:01"));
        topic.write(new TaskAcknowledged(task, co, null), shanghai("2026-11-09T11:00"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> schedule(co)
                .body("reminders.kind", hasSize(0)));

        runAt("2026-11-10T09:00");
        runAt("2026-11-11T09:00");
        inbox(co).body("items", hasSize(0));
        inbox(lead).body("items", hasSize(0));
        As.supervisor().get("/api/v1/units/SUPERVISORS/notifications?size=100").then().statusCode(200)
                .body("items.kind", hasItems())
                .body("items.findAll { it.aboutUnit == '" + co + "' }", hasSize(0));
    }
}
