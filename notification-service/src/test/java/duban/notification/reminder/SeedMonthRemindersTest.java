package duban.notification.reminder;

import static duban.testing.ledger.ShanghaiTime.SHANGHAI;
import static duban.testing.ledger.ShanghaiTime.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

import duban.events.LedgerEvent;
import duban.events.task.MilestoneCompleted;
import duban.events.task.MilestoneScheduled;
import duban.events.task.ProgressReported;
import duban.events.task.TaskCreated;
import duban.events.task.TaskSuspended;
import duban.events.task.TaskUrged;
import duban.events.unit.UnitRegistered;
import duban.notification.MutableClock;
import duban.testing.identity.As;
import duban.testing.ledger.LedgerTopicWriter;
import duban.testing.ledger.SeedLedger;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The seed plan's November 2017, day by day: imported on 10-31, with a month of what units and the
 * office did (one report filed early, a late milestone done, a task suspended, an urge), the tick runs at nine every
 * day, and the reminders sent are exactly those of {@code seed/november-2017.reminders.txt} beside this test. Each
 * line: the day, the kind, the recipient, the task's code, what it is about (the period's day, the milestone's due
 * date, or the urge's message), and whether it went out late. After a deliberate change to the rules, build with
 * {@code -Dduban.fixtures.update=true} to write the list again, and read the difference before committing it.
 */
@QuarkusTest
class SeedMonthRemindersTest {

    private static final Path EXPECTED = Path.of("src/test/resources/seed/november-2017.reminders.txt");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    MutableClock clock;

    @Inject
    ReminderTick tick;

    @Inject
    AgroalDataSource dataSource;

    private final Map<String, String> unitNames = new HashMap<>();
    private final Map<String, String> taskIds = new HashMap<>();
    private final Map<String, String> taskCodes = new HashMap<>();
    private final Map<String, MilestoneScheduled> milestones = new HashMap<>();

    @Test
    void theSeedPlansNovemberSendsExactlyTheRemindersOfTheList() throws Exception {
        List<LedgerEvent> seed = SeedLedger.events();
        for (LedgerEvent event : seed) {
            if (event instanceof UnitRegistered unit) {
                unitNames.put(unit.unitId(), unit.name());
            } else if (event instanceof TaskCreated task) {
                taskIds.put(task.code(), task.taskId());
                taskCodes.put(task.taskId(), task.code());
            } else if (event instanceof MilestoneScheduled milestone) {
                milestones.put(milestone.milestoneId(), milestone);
            }
        }
        unitNames.put(PlannedReminder.SUPERVISORS, "督查室");
        clock.set(shanghai("2017-10-31T12:00"));
        try (LedgerTopicWriter topic = new LedgerTopicWriter(bootstrap)) {
            SeedLedger.importAt(topic, shanghai("2017-10-31T10:00"));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    As.unit(unit("新乡市科学技术局")).get("/api/v1/units/{u}/schedule", unit("新乡市科学技术局")).then()
                            .body("obligations", hasSize(18)));
            Map<LocalDate, List<Runnable>> script = script(topic);
            for (LocalDate day = LocalDate.parse("2017-11-01"); !day.isAfter(LocalDate.parse("2017-11-30"));
                 day = day.plusDays(1)) {
                runAt(day.atTime(9, 0));
                for (Runnable step : script.getOrDefault(day, List.of())) {
                    step.run();
                }
            }
        }
        List<String> sent = sent();
        if (Boolean.getBoolean("duban.fixtures.update")) {
            Files.write(EXPECTED, sent, StandardCharsets.UTF_8);
        }
        assertThat(sent).as("the reminders of the seed plan's November; rewrite %s with -Dduban.fixtures.update=true "
                + "after a deliberate change", EXPECTED).containsExactlyElementsOf(Files.readAllLines(EXPECTED,
                StandardCharsets.UTF_8));
    }

    /** What the units and the office do during the month, after the nine o'clock tick of each day. */
    private Map<LocalDate, List<Runnable>> script(LedgerTopicWriter topic) {
        Map<LocalDate, List<Runnable>> script = new HashMap<>();
        // 市科技局 files its 11-05 report on 一.(二).1.(3) early: no reminder of that period on that task after
        step(script, "2017-11-03T10:00", () -> topic.write(new ProgressReported(task("一.(二).1.(3)"), "seed-r1",
                unit("新乡市科学技术局"), LocalDate.parse("2017-11-05"), "已召开推进会", List.of(), List.of(), List.of()),
                shanghai("2017-11-03T10:00")));
        // the milestone of 一.(二).2.(3) due 10-31 is done late: its escalation stops
        step(script, "2017-11-14T16:00", () -> topic.write(new MilestoneCompleted(task("一.(二).2.(3)"),
                milestone("一.(二).2.(3)", "2017-10-31"), LocalDate.parse("2017-11-14"), null),
                shanghai("2017-11-14T16:00")));
        // 一.(六).1 is suspended: nothing more about it
        step(script, "2017-11-16T10:00", () -> topic.write(new TaskSuspended(task("一.(六).1"), "等待省商务厅批复"),
                shanghai("2017-11-16T10:00")));
        // an urge goes out at once, outside the nine o'clock tick
        step(script, "2017-11-22T10:00", () -> topic.write(new TaskUrged(task("一.(九)"),
                List.of(unit("新乡市发展和改革委员会")), "请加快推进"), shanghai("2017-11-22T10:00")));
        return script;
    }

    private void step(Map<LocalDate, List<Runnable>> script, String at, Runnable write) {
        Instant when = shanghai(at);
        script.computeIfAbsent(LocalDate.parse(at.substring(0, 10)), day -> new ArrayList<>()).add(() -> {
            clock.set(when.plusSeconds(1));
            long stored = storedEvents();
            write.run();
            // stored, then taken into the view (the follower reads right after the commit), then a tick
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> storedEvents() > stored);
            await().pollDelay(Duration.ofMillis(500)).until(() -> true);
            tick.run().await().atMost(Duration.ofSeconds(30));
        });
    }

    private void runAt(LocalDateTime localDateTime) {
        clock.set(localDateTime.atZone(SHANGHAI).toInstant());
        tick.run().await().atMost(Duration.ofSeconds(60));
    }

    private String unit(String name) {
        return unitNames.entrySet().stream().filter(entry -> entry.getValue().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no unit " + name)).getKey();
    }

    private String task(String code) {
        return taskIds.get(code);
    }

    private String milestone(String code, String dueOn) {
        return milestones.values().stream()
                .filter(m -> m.taskId().equals(task(code)) && m.dueOn().toString().equals(dueOn))
                .findFirst().orElseThrow().milestoneId();
    }

    private long storedEvents() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select count(*) from ledger_event");
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The seed plan's reminders as lines, in the order: day, kind, task, recipient, subject. */
    private List<String> sent() {
        List<String> lines = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     select send_on, kind, recipient, about_unit, task_id, subject, late from reminder
                     where plan_id = ? order by send_on, kind, task_code, recipient, about_unit, subject""")) {
            query.setString(1, SeedLedger.PLAN_ID);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String recipient = unitNames.getOrDefault(rows.getString(3), rows.getString(3));
                    String about = rows.getString(3).equals(rows.getString(4)) ? ""
                            : " (" + unitNames.getOrDefault(rows.getString(4), rows.getString(4)) + ")";
                    String subject = rows.getString(6);
                    MilestoneScheduled milestone = milestones.get(subject);
                    lines.add(rows.getString(1) + " " + rows.getString(2) + " " + recipient + about + " "
                            + taskCodes.get(rows.getString(5)) + " "
                            + (milestone != null ? "节点" + milestone.dueOn() : subject.length() > 20 ? "催办" : subject)
                            + (rows.getBoolean(7) ? " 迟发" : ""));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return lines;
    }
}
