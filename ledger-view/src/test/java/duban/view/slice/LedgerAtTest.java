package duban.view.slice;

import static duban.view.Scene.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import duban.calendar.WorkingDayCalendar;
import duban.events.plan.PlanRegistered;
import duban.events.plan.ReportingDayPolicy;
import duban.events.task.Allocation;
import duban.events.task.CompletionApproved;
import duban.events.task.ExtensionGranted;
import duban.events.task.ExtensionRequested;
import duban.events.task.MilestoneRescheduled;
import duban.events.task.UnitsReassigned;
import duban.rules.completion.CompletionState;
import duban.events.task.MilestoneCommitment;
import duban.events.task.MilestoneCompleted;
import duban.events.task.MilestoneScheduled;
import duban.events.task.ProgressReportCorrected;
import duban.events.task.ProgressReported;
import duban.events.task.TargetCount;
import duban.events.task.TargetSet;
import duban.events.task.TaskCreated;
import duban.events.task.TaskResumed;
import duban.events.task.TaskSuspended;
import duban.events.unit.UnitCategory;
import duban.events.unit.UnitGroupDefined;
import duban.events.unit.UnitRegistered;
import duban.rules.compliance.ComplianceState;
import duban.rules.duty.Standing;
import duban.rules.rag.Rag;
import duban.rules.rag.RagReason;
import duban.rules.rag.RagRule;
import duban.rules.rag.RagThresholds;
import duban.rules.status.TaskStatus;
import duban.view.Scene;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A task of 新政办〔2017〕102号 followed through its first weeks, and the ledger as it stood on given days. */
class LedgerAtTest {

    private static final String PLAN = "plan-102";
    private static final String TASK = "task-2-1-1";
    private static final String LEAD = "kjj";
    private static final String CO = "czj";
    private static final String HOLDER = "hongqi";
    private static final String MEMBER = "weihui";
    private static final String OTHER_MEMBER = "muye";
    private static final String GROUP = "counties";

    private Scene scene;

    @BeforeEach
    void writeTheLedger() {
        scene = new Scene()
                .at("2017-11-01T09:00", new PlanRegistered(PLAN, "加快推进郑洛新国家自主创新示范区建设", "新政办〔2017〕102号",
                        "新乡市人民政府办公室", LocalDate.parse("2017-10-30"), List.of(5, 20), "Asia/Shanghai",
                        ReportingDayPolicy.NEXT_WORKING_DAY))
                .at("2017-11-01T09:00", new UnitRegistered(LEAD, "新乡市科学技术局", UnitCategory.CITY_DEPARTMENT, List.of("市科技局")))
                .at("2017-11-01T09:00", new UnitRegistered(MEMBER, "卫辉市", UnitCategory.COUNTY, List.of()))
                .at("2017-11-01T09:00", new UnitGroupDefined(GROUP, "各县(市)、区", List.of(MEMBER)))
                .at("2017-11-10T10:00", new TaskCreated(TASK, PLAN, null, "二.(一).1", "培育高新技术企业", "新培育高新技术企业30家",
                        List.of(LEAD), List.of(CO), "2017年12月底前"))
                .at("2017-11-10T10:05", new TargetSet(TASK, "t1", "新培育高新技术企业", "家", new BigDecimal("30"), List.of(
                        new Allocation(HOLDER, null, false, new BigDecimal("2"), new BigDecimal("2"), false, List.of()),
                        new Allocation(null, GROUP, true, BigDecimal.ONE, BigDecimal.ONE, false, List.of())), List.of()))
                .at("2017-11-10T10:10", new MilestoneScheduled(TASK, "m1", LocalDate.parse("2017-12-31"), "完成认定",
                        MilestoneCommitment.FIRM, List.of()));
    }

    private LedgerAt on(String localDateTime) {
        return new LedgerAt(scene.memory(), WorkingDayCalendar.bundled(), new RagRule(RagThresholds.DEFAULTS),
                shanghai(localDateTime));
    }

    private TaskAt task(LedgerAt ledger) {
        return ledger.task(TASK).orElseThrow();
    }

    @Test
    void aTaskDidNotExistBeforeItWasRecorded() {
        assertThat(on("2017-11-10T09:59").task(TASK)).isEmpty();
        assertThat(task(on("2017-11-10T10:00")).targets()).as("its target came five minutes later").isEmpty();
    }

    @Test
    void everyUnitOnTheTaskHasItsStandingAndAGroupChangeMovesTheMembers() {
        LedgerAt before = on("2017-11-15T12:00");
        assertThat(before.standings(task(before)).keySet()).containsExactly(LEAD, CO, HOLDER, MEMBER);
        assertThat(before.standings(task(before)).get(MEMBER).standings()).containsExactly(Standing.GROUP_MEMBER);
        assertThat(before.tasksOf(MEMBER)).extracting(TaskAt::taskId).containsExactly(TASK);

        scene.at("2017-11-16T09:00", new UnitGroupDefined(GROUP, "各县(市)、区", List.of(OTHER_MEMBER)));
        LedgerAt after = on("2017-11-16T12:00");
        assertThat(after.standings(task(after)).keySet()).containsExactly(LEAD, CO, HOLDER, OTHER_MEMBER);
        assertThat(after.tasksOf(MEMBER)).isEmpty();
        assertThat(on("2017-11-15T12:00").tasksOf(MEMBER)).as("as of the day before, it still was").hasSize(1);
    }

    @Test
    void theRecordOfAUnitHasItsPeriodsOnTimeLateMissingAndOpen() {
        scene.at("2017-11-20T17:00", new ProgressReported(TASK, "r1", LEAD, LocalDate.parse("2017-11-20"), "启动申报",
                        List.of(), List.of(), List.of()))
                .at("2017-12-07T09:00", new ProgressReported(TASK, "r2", LEAD, LocalDate.parse("2017-12-05"), "补报",
                        List.of(), List.of(), List.of()));

        LedgerAt ledger = on("2018-01-02T12:00");
        UnitRecord lead = ledger.record(task(ledger), LEAD);
        assertThat(lead.periods()).extracting(p -> p.period().nominalDay(), PeriodState::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2017-11-20"), ComplianceState.ON_TIME),
                org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2017-12-05"), ComplianceState.LATE),
                org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2017-12-20"), ComplianceState.MISSING),
                org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2018-01-05"), ComplianceState.OPEN));
        assertThat(lead.open().period().nominalDay()).isEqualTo(LocalDate.parse("2018-01-05"));
        assertThat(lead.next().nominalDay()).isEqualTo(LocalDate.parse("2018-01-20"));

        UnitRecord co = ledger.record(task(ledger), CO);
        assertThat(co.periods()).as("a co-responsible unit without share owes nothing").isEmpty();
        assertThat(co.next()).isNull();

        LedgerAt earlier = on("2017-12-06T12:00");
        assertThat(earlier.record(task(earlier), LEAD).periods()).extracting(PeriodState::state)
                .as("as of then, the late report did not exist yet")
                .containsExactly(ComplianceState.ON_TIME, ComplianceState.MISSING, ComplianceState.OPEN);
    }

    @Test
    void aTaskCreatedTooCloseToADeadlineShowsItsFirstPeriodOpenOnceAReportForItIsFiled() {
        // Created the day before the 11-20 deadline: it owes 12-05 first, a period the calendar opens only after 11-20,
        // but which takes its report at once.
        String late = "task-2-1-2";
        scene.at("2017-11-19T10:00", new TaskCreated(late, PLAN, null, "二.(一).2", "培育科技型中小企业", null,
                        List.of(LEAD), List.of(), null))
                .at("2017-11-19T11:00", new ProgressReported(late, "r9", LEAD, LocalDate.parse("2017-12-05"), "已部署",
                        List.of(), List.of(), List.of()));

        LedgerAt before = on("2017-11-19T10:30");
        UnitRecord owing = before.record(before.task(late).orElseThrow(), LEAD);
        assertThat(owing.open()).as("nothing filed yet: the period has not begun").isNull();
        assertThat(owing.next().nominalDay()).isEqualTo(LocalDate.parse("2017-12-05"));

        LedgerAt after = on("2017-11-19T12:00");
        UnitRecord filed = after.record(after.task(late).orElseThrow(), LEAD);
        assertThat(filed.open().period().nominalDay()).isEqualTo(LocalDate.parse("2017-12-05"));
        assertThat(filed.open().state()).isEqualTo(ComplianceState.ON_TIME);
        assertThat(filed.open().reportId()).isEqualTo("r9");
        assertThat(filed.next().nominalDay()).isEqualTo(LocalDate.parse("2017-12-20"));
    }

    @Test
    void aSuspensionLiftsTheDutyAndAResumptionGivesTwoDaysAgain() {
        scene.at("2017-11-25T09:00", new TaskSuspended(TASK, "待省里批复"))
                .at("2017-12-19T09:00", new TaskResumed(TASK, null));

        LedgerAt ledger = on("2018-01-10T12:00");
        assertThat(ledger.record(task(ledger), LEAD).periods()).extracting(p -> p.period().nominalDay())
                .as("nothing owed while suspended; the period open now owed again")
                .containsExactly(LocalDate.parse("2017-11-20"), LocalDate.parse("2018-01-05"),
                        LocalDate.parse("2018-01-20"));
        LedgerAt suspended = on("2017-12-01T12:00");
        assertThat(task(suspended).status()).isEqualTo(TaskStatus.SUSPENDED);
        assertThat(suspended.binds(task(suspended))).isFalse();
        assertThat(suspended.record(task(suspended), LEAD).open()).isNull();
    }

    @Test
    void aCompletedTaskOwesNothingAfterItsCompletion() {
        scene.at("2017-12-10T09:00", new CompletionApproved(TASK, List.of("m1"), "提前完成"));

        LedgerAt ledger = on("2018-01-10T12:00");
        assertThat(ledger.record(task(ledger), LEAD).periods()).extracting(p -> p.period().nominalDay())
                .containsExactly(LocalDate.parse("2017-11-20"), LocalDate.parse("2017-12-05"));
        assertThat(ledger.record(task(ledger), LEAD).next()).isNull();
    }

    @Test
    void countsAreCumulativeAndACorrectionReplacesTheCountItCorrects() {
        scene.at("2017-11-20T10:00", new ProgressReported(TASK, "r1", HOLDER, LocalDate.parse("2017-11-20"), "1家",
                        List.of(new TargetCount("t1", BigDecimal.ONE)), List.of(), List.of()))
                .at("2017-12-05T10:00", new ProgressReported(TASK, "r2", HOLDER, LocalDate.parse("2017-12-05"), "3家",
                        List.of(new TargetCount("t1", new BigDecimal("3"))), List.of(), List.of()))
                .at("2017-12-06T10:00", new ProgressReportCorrected(TASK, "r3", "r2", HOLDER,
                        LocalDate.parse("2017-12-05"), "应为2家", List.of(new TargetCount("t1", new BigDecimal("2"))),
                        List.of(), List.of(), "笔误"));

        LedgerAt ledger = on("2017-12-10T12:00");
        TaskAt task = task(ledger);
        assertThat(ledger.latestCounts(task, "t1")).containsEntry(HOLDER, new BigDecimal("2"));
        assertThat(ledger.quota(task, task.targets().iterator().next()).sharesOf(HOLDER)).singleElement()
                .satisfies(share -> assertThat(share.attainment()).isEqualByComparingTo("1"));
        LedgerAt before = on("2017-12-05T12:00");
        assertThat(before.latestCounts(task(before), "t1")).containsEntry(HOLDER, new BigDecimal("3"));
        assertThat(ledger.record(task, HOLDER).periods().get(1).reportId()).isEqualTo("r3");
        assertThat(ledger.record(task, HOLDER).periods().get(1).state()).as("corrected, still filed on time")
                .isEqualTo(ComplianceState.ON_TIME);
    }

    @Test
    void theTaskTurnsRedWhenItsMilestoneIsOverdueAndGreenOnceDone() {
        LedgerAt overdue = on("2018-01-02T12:00");
        assertThat(overdue.rag(task(overdue)).colour()).isEqualTo(Rag.RED);
        assertThat(overdue.rag(task(overdue)).reasons()).extracting(RagReason::code)
                .contains(RagReason.MILESTONE_OVERDUE, RagReason.REPORTS_MISSING);

        scene.at("2018-01-03T09:00", new MilestoneCompleted(TASK, "m1", LocalDate.parse("2017-12-29"), null));
        LedgerAt done = on("2018-01-03T12:00");
        assertThat(done.rag(task(done)).reasons()).extracting(RagReason::code)
                .doesNotContain(RagReason.MILESTONE_OVERDUE);
        assertThat(done.rag(task(done), CO).colour()).as("the co-responsible unit owes nothing").isEqualTo(Rag.GREEN);
    }

    @Test
    void anExtensionGrantedInTimeMovesTheFinalDueDateAndTheApprovalIsItsCompletion() {
        scene.at("2017-12-20T09:00", new ExtensionRequested(TASK, "x1", "m1", LEAD, LocalDate.parse("2018-01-31"), "认定延后"))
                .at("2017-12-28T09:00", new ExtensionGranted(TASK, "x1", "m1", LocalDate.parse("2018-01-31"), null))
                .at("2017-12-28T09:00", new MilestoneRescheduled(TASK, "m1", LocalDate.parse("2017-12-31"),
                        LocalDate.parse("2018-01-31"), "extension x1 granted"))
                .at("2018-01-20T09:00", new CompletionApproved(TASK, List.of(), "完成"));

        LedgerAt before = on("2018-01-10T12:00");
        assertThat(before.finalDueOn(task(before))).contains(LocalDate.parse("2018-01-31"));
        assertThat(task(before).completedAt()).isNull();
        assertThat(before.completionState(task(before))).isEqualTo(CompletionState.NOT_DUE);
        LedgerAt after = on("2018-02-01T12:00");
        assertThat(task(after).completedAt()).isEqualTo(shanghai("2018-01-20T09:00"));
        assertThat(after.completionState(task(after))).isEqualTo(CompletionState.ON_TIME);
    }

    @Test
    void anExtensionGrantedAfterTheDeadlineLeavesTheFinalDueDate() {
        scene.at("2018-01-02T09:00", new ExtensionGranted(TASK, "x1", "m1", LocalDate.parse("2018-01-31"), null))
                .at("2018-01-02T09:00", new MilestoneRescheduled(TASK, "m1", LocalDate.parse("2017-12-31"),
                        LocalDate.parse("2018-01-31"), "extension x1 granted"))
                .at("2018-01-20T09:00", new CompletionApproved(TASK, List.of(), "完成"));

        LedgerAt ledger = on("2018-02-01T12:00");
        assertThat(ledger.finalDueOn(task(ledger))).contains(LocalDate.parse("2017-12-31"));
        assertThat(ledger.completionState(task(ledger))).isEqualTo(CompletionState.LATE);
    }

    @Test
    void aUnitIsAssignedWhenItBecomesALeadUnit() {
        scene.at("2017-11-15T09:00", new UnitsReassigned(TASK, List.of(LEAD, MEMBER), List.of(CO), "增加牵头单位"));

        LedgerAt ledger = on("2017-11-20T12:00");
        assertThat(task(ledger).leadSince(LEAD)).isEqualTo(shanghai("2017-11-10T10:00"));
        assertThat(task(ledger).leadSince(MEMBER)).isEqualTo(shanghai("2017-11-15T09:00"));
        assertThat(ledger.completion(task(ledger), CO)).as("co-responsible units answer for no completion").isEmpty();
        assertThat(ledger.completion(task(ledger), MEMBER).orElseThrow().assignedAt())
                .isEqualTo(shanghai("2017-11-15T09:00"));
    }
}
