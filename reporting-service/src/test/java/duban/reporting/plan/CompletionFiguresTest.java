package duban.reporting.plan;

import static duban.testing.ledger.ShanghaiTime.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import duban.events.plan.PlanRegistered;
import duban.events.plan.ReportingDayPolicy;
import duban.events.task.CompletionApproved;
import duban.events.task.ExtensionGranted;
import duban.events.task.ExtensionRequested;
import duban.events.task.MilestoneCommitment;
import duban.events.task.MilestoneRescheduled;
import duban.events.task.MilestoneScheduled;
import duban.events.task.TaskCreated;
import duban.events.unit.UnitCategory;
import duban.events.unit.UnitRegistered;
import duban.testing.identity.As;
import duban.testing.ledger.LedgerTopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * 按期完成率, 超期办结 and 平均办结时长 of a small plan, in the bulletin and the overview, worked out by hand.
 *
 * <p>Six leaf tasks under area 一, each created on Monday 2017-11-06 (09:00, 09:05, …), one milestone each:
 * <ul>
 *   <li>T1, led by A with C co-responsible: due 11-17, approved Friday 11-10: on time, 4 working days (11-07..11-10);</li>
 *   <li>T2, led by A: due 11-10, an extension to 11-24 granted on 11-09 (before the deadline), approved Wednesday
 *       11-22: on time thanks to it, 12 working days (4 + 5 + 3);</li>
 *   <li>T3, led by B: due 11-10, an extension to 11-24 granted on 11-14 (after the deadline: it does not count),
 *       approved Tuesday 11-21: late, 11 working days (4 + 5 + 2);</li>
 *   <li>T4, led by B: due 11-20, never approved: overdue;</li>
 *   <li>T5, led by A: due 12-15: not yet due;</li>
 *   <li>T6, led by B: due 11-30, approved on Monday 12-04, after the month: overdue in November, late after it,
 *       20 working days (4 + 5 + 5 + 5 + 1).</li>
 * </ul>
 * November: the plan 2 on time of 5 due (T1..T4, T6) = 0.4000, 1 late, (4 + 12 + 11) ÷ 3 = 9.0 days; A 2 of 2 =
 * 1.0000, 8.0 days (T5 not due); B 0 of 3, 1 late, 11.0 days; C, co-responsible on T1 only, counts nothing: no rate
 * (null, "—"), no mean. As of 12-10: T6 is late too, the rate stays 2 ÷ 5, (4 + 12 + 11 + 20) ÷ 4 = 11.75 → 11.8.
 */
@QuarkusTest
class CompletionFiguresTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String plan = "plan-" + suffix;
    private final String area = "area-" + suffix;
    private final String a = "A-" + suffix;
    private final String b = "B-" + suffix;
    private final String c = "C-" + suffix;

    private String task(int n) {
        return "T" + n + "-" + suffix;
    }

    private void task(LedgerTopicWriter topic, int n, String lead, List<String> co, String dueOn) {
        Instant created = shanghai("2017-11-06T09:0" + n);
        topic.write(new TaskCreated(task(n), plan, area, "一.(一)." + n, "任务" + n, "任务" + n + "的内容",
                List.of(lead), co, null), created);
        topic.write(new MilestoneScheduled(task(n), "m", LocalDate.parse(dueOn), "完成", MilestoneCommitment.FIRM,
                List.of()), created.plusSeconds(10));
    }

    private void extend(LedgerTopicWriter topic, int n, String unit, String from, String to, String grantedAt) {
        topic.write(new ExtensionRequested(task(n), "x" + n, "m", unit, LocalDate.parse(to), "需要延期"),
                shanghai(grantedAt).minusSeconds(3600));
        topic.write(new ExtensionGranted(task(n), "x" + n, "m", LocalDate.parse(to), null), shanghai(grantedAt));
        topic.write(new MilestoneRescheduled(task(n), "m", LocalDate.parse(from), LocalDate.parse(to),
                "extension x" + n + " granted"), shanghai(grantedAt));
    }

    private void approve(LedgerTopicWriter topic, int n, String at) {
        topic.write(new CompletionApproved(task(n), List.of(), "办结"), shanghai(at));
    }

    private void awaitCompleted(int n) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                As.supervisor().get("/api/v1/tasks/{task}/progress", task(n)).then().statusCode(200)
                        .body("status", equalTo("COMPLETED")));
    }

    private static ValidatableResponse get(String path, Object... parameters) {
        return As.supervisor().get(path, parameters).then().statusCode(200);
    }

    private static String body(String path, Object... parameters) {
        return get(path, parameters).extract().asString();
    }

    @Test
    void theBulletinAndTheOverviewShowTheCompletionFiguresWorkedOutByHandAndTheClosedMonthStays() {
        String bulletinPath = "/api/v1/plans/{plan}/bulletins/2017-11";
        String novemberBulletin;
        byte[] novemberWorkbook;
        String novemberPage;
        try (LedgerTopicWriter topic = new LedgerTopicWriter(bootstrap)) {
            topic.write(new PlanRegistered(plan, "完成率方案", "新政办〔2017〕1号", "新乡市人民政府办公室",
                    LocalDate.parse("2017-11-01"), List.of(5, 20), "Asia/Shanghai",
                    ReportingDayPolicy.NEXT_WORKING_DAY), shanghai("2017-11-01T09:00"));
            topic.write(new UnitRegistered(a, "甲局" + suffix, UnitCategory.CITY_DEPARTMENT, List.of()),
                    shanghai("2017-11-01T09:00"));
            topic.write(new UnitRegistered(b, "乙区" + suffix, UnitCategory.DISTRICT, List.of()),
                    shanghai("2017-11-01T09:00"));
            topic.write(new UnitRegistered(c, "丙局" + suffix, UnitCategory.CITY_DEPARTMENT, List.of()),
                    shanghai("2017-11-01T09:00"));
            topic.write(new TaskCreated(area, plan, null, "一", "完成率", null, List.of(), List.of(), null),
                    shanghai("2017-11-06T08:00"));
            task(topic, 1, a, List.of(c), "2017-11-17");
            task(topic, 2, a, List.of(), "2017-11-10");
            task(topic, 3, b, List.of(), "2017-11-10");
            task(topic, 4, b, List.of(), "2017-11-20");
            task(topic, 5, a, List.of(), "2017-12-15");
            task(topic, 6, b, List.of(), "2017-11-30");
            extend(topic, 2, a, "2017-11-10", "2017-11-24", "2017-11-09T10:00");
            approve(topic, 1, "2017-11-10T16:00");
            extend(topic, 3, b, "2017-11-10", "2017-11-24", "2017-11-14T10:00");
            approve(topic, 3, "2017-11-21T10:00");
            approve(topic, 2, "2017-11-22T10:00");
            awaitCompleted(2);

            get(bulletinPath, plan)
                    .body("summary.completion.due", equalTo(5))
                    .body("summary.completion.onTime", equalTo(2))
                    .body("summary.completion.late", equalTo(1))
                    .body("summary.completion.overdue", equalTo(2))
                    .body("summary.completion.notDue", equalTo(1))
                    .body("summary.completion.onTimeRate", equalTo(0.4f))
                    .body("summary.completion.averageWorkingDays", equalTo(9.0f))
                    .body("units.find { it.unitId == '" + a + "' }.completion.onTimeRate", equalTo(1.0f))
                    .body("units.find { it.unitId == '" + a + "' }.completion.late", equalTo(0))
                    .body("units.find { it.unitId == '" + a + "' }.completion.notDue", equalTo(1))
                    .body("units.find { it.unitId == '" + a + "' }.completion.averageWorkingDays", equalTo(8.0f))
                    .body("units.find { it.unitId == '" + b + "' }.completion.onTimeRate", equalTo(0.0f))
                    .body("units.find { it.unitId == '" + b + "' }.completion.due", equalTo(3))
                    .body("units.find { it.unitId == '" + b + "' }.completion.late", equalTo(1))
                    .body("units.find { it.unitId == '" + b + "' }.completion.averageWorkingDays", equalTo(11.0f))
                    .body("units.find { it.unitId == '" + c + "' }.completion.due", equalTo(0))
                    .body("units.find { it.unitId == '" + c + "' }.completion.onTimeRate", nullValue())
                    .body("units.find { it.unitId == '" + c + "' }.completion.averageWorkingDays", nullValue());
            novemberBulletin = body(bulletinPath, plan);
            novemberWorkbook = get(bulletinPath + ".xlsx", plan).extract().asByteArray();
            novemberPage = body(bulletinPath + ".html", plan);
            assertThat(BulletinDocuments.pageSummary(novemberPage, "onTimeRate")).isEqualTo("0.4000");
            assertThat(novemberPage).contains("<td class=\"number\" data-value=\"0.4000\">40.00%</td>",
                    "<td class=\"completion-rate\" data-value=\"\">—</td>");
            get("/api/v1/plans/{plan}/overview?asOf=2017-12-01T00:00:00+08:00", plan)
                    .body("overall.completion.onTimeRate", equalTo(0.4f))
                    .body("overall.completion.late", equalTo(1))
                    .body("overall.completion.averageWorkingDays", equalTo(9.0f))
                    .body("areas[0].counts.completion.due", equalTo(5));

            approve(topic, 6, "2017-12-04T10:00");
            awaitCompleted(6);
        }

        // T6 completed after the month: November's bulletin, in every representation, does not move.
        assertThat(body(bulletinPath, plan)).isEqualTo(novemberBulletin);
        assertThat(get(bulletinPath + ".xlsx", plan).extract().asByteArray()).isEqualTo(novemberWorkbook);
        assertThat(body(bulletinPath + ".html", plan)).isEqualTo(novemberPage);
        get("/api/v1/plans/{plan}/overview?asOf=2017-12-10T00:00:00+08:00", plan)
                .body("overall.completion.onTime", equalTo(2))
                .body("overall.completion.late", equalTo(2))
                .body("overall.completion.overdue", equalTo(1))
                .body("overall.completion.onTimeRate", equalTo(0.4f))
                .body("overall.completion.averageWorkingDays", equalTo(11.8f));
    }
}
