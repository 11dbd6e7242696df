package duban.reporting.plan;

import duban.testing.ledger.ShanghaiTime;
import duban.events.plan.PlanRegistered;
import duban.events.plan.ReportingDayPolicy;
import duban.events.task.Allocation;
import duban.events.task.MilestoneCommitment;
import duban.events.task.MilestoneCompleted;
import duban.events.task.MilestoneScheduled;
import duban.events.task.ProgressReported;
import duban.events.task.TargetCount;
import duban.events.task.TargetSet;
import duban.events.task.TaskCreated;
import duban.events.unit.UnitCategory;
import duban.events.unit.UnitGroupDefined;
import duban.events.unit.UnitRegistered;
import duban.testing.ledger.LedgerTopicWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A plan's November 2017, worked out by hand beside it (see the tests that use it).
 *
 * <p>Task 一.(一).1, created 2017-10-20, is led by A (a city department) with D as co-responsible unit; its target of
 * 10 is shared by B (a district, 4 of its own) and the group G (each member 2), whose one member is C (a district).
 * Its milestone m1 is due 2017-11-15 and done on 2017-11-14. The first period owed is that of 2017-11-05, a Sunday,
 * due at the end of Monday 2017-11-06; the second that of Monday 2017-11-20.
 * <ul>
 *   <li>A files for 11-05 on 11-06 (on time) and for 11-20 on 11-21 (late);</li>
 *   <li>B files for 11-05 on 11-03 counting 4 (on time) and nothing for 11-20 (missing);</li>
 *   <li>C files nothing for 11-05 (missing) and for 11-20 on 11-20 counting 1 (on time);</li>
 *   <li>D owes nothing.</li>
 * </ul>
 */
public final class NovemberScene {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    public final String suffix = UUID.randomUUID().toString().substring(0, 8);
    public final String plan = "plan-" + suffix;
    public final String area = "area-" + suffix;
    public final String task = "task-" + suffix;
    public final String a = "A-" + suffix;
    public final String b = "B-" + suffix;
    public final String c = "C-" + suffix;
    public final String d = "D-" + suffix;
    public final String group = "G-" + suffix;

    static Instant shanghai(String localDateTime) {
        return ShanghaiTime.shanghai(localDateTime);
    }

    public void write(LedgerTopicWriter topic) {
        topic.write(new PlanRegistered(plan, "科技创新工作方案", "新政办〔2017〕102号", "新乡市人民政府办公室",
                LocalDate.parse("2017-10-01"), List.of(5, 20), "Asia/Shanghai", ReportingDayPolicy.NEXT_WORKING_DAY),
                shanghai("2017-10-01T09:00"));
        topic.write(new UnitRegistered(a, "甲局" + suffix, UnitCategory.CITY_DEPARTMENT, List.of()), shanghai("2017-10-01T09:00"));
        topic.write(new UnitRegistered(b, "乙区" + suffix, UnitCategory.DISTRICT, List.of()), shanghai("2017-10-01T09:00"));
        topic.write(new UnitRegistered(c, "丙区" + suffix, UnitCategory.DISTRICT, List.of()), shanghai("2017-10-01T09:00"));
        topic.write(new UnitRegistered(d, "丁局" + suffix, UnitCategory.CITY_DEPARTMENT, List.of()), shanghai("2017-10-01T09:00"));
        topic.write(new UnitGroupDefined(group, "各县区" + suffix, List.of(c)), shanghai("2017-10-01T09:00"));
        topic.write(new TaskCreated(area, plan, null, "一", "创新能力建设", null, List.of(), List.of(), null),
                shanghai("2017-10-20T09:00"));
        topic.write(new TaskCreated(task, plan, area, "一.(一).1", "培育高新技术企业", "新培育高新技术企业10家",
                List.of(a), List.of(d), "2017年11月15日前"), shanghai("2017-10-20T10:00"));
        topic.write(new TargetSet(task, "t1", "新培育高新技术企业", "家", new BigDecimal("10"), List.of(
                new Allocation(b, null, false, new BigDecimal("4"), new BigDecimal("4"), false, List.of()),
                new Allocation(null, group, true, new BigDecimal("2"), new BigDecimal("2"), false, List.of())),
                List.of()), shanghai("2017-10-20T10:05"));
        topic.write(new MilestoneScheduled(task, "m1", LocalDate.parse("2017-11-15"), "完成认定",
                MilestoneCommitment.FIRM, List.of()), shanghai("2017-10-20T10:10"));
        topic.write(report("rb1", b, "2017-11-05", 4), shanghai("2017-11-03T10:00"));
        topic.write(report("ra1", a, "2017-11-05", null), shanghai("2017-11-06T15:00"));
        topic.write(new MilestoneCompleted(task, "m1", LocalDate.parse("2017-11-14"), null),
                shanghai("2017-11-14T16:00"));
        topic.write(report("rc2", c, "2017-11-20", 1), shanghai("2017-11-20T10:00"));
        topic.write(report("ra2", a, "2017-11-20", null), shanghai("2017-11-21T09:00"));
    }

    ProgressReported report(String reportId, String unit, String period, Integer count) {
        return new ProgressReported(task, reportId, unit, LocalDate.parse(period), "进展" + reportId,
                count == null ? List.of() : List.of(new TargetCount("t1", BigDecimal.valueOf(count))), List.of(),
                List.of());
    }
}
