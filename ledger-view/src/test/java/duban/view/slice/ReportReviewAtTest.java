package duban.view.slice;

import static duban.view.Scene.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import duban.calendar.WorkingDayCalendar;
import duban.events.plan.PlanRegistered;
import duban.events.plan.ReportReviewSet;
import duban.events.plan.ReportingDayPolicy;
import duban.events.task.ProgressReportCorrected;
import duban.events.task.ProgressReported;
import duban.events.task.ReportAccepted;
import duban.events.task.ReportReturned;
import duban.events.task.TaskCreated;
import duban.events.unit.UnitCategory;
import duban.events.unit.UnitRegistered;
import duban.rules.compliance.ComplianceState;
import duban.rules.compliance.ReviewState;
import duban.rules.rag.RagRule;
import duban.rules.rag.RagThresholds;
import duban.view.Scene;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A plan that reviews its reports (审核确认 / 退回): the ledger as it stood follows the plan's setting and each
 * report's acceptance or return, and judges the period by the ledger rule.
 */
class ReportReviewAtTest {

    private static final String PLAN = "plan-102";
    private static final String TASK = "task-2-1-1";
    private static final String LEAD = "kjj";
    private static final LocalDate NOV_20 = LocalDate.parse("2017-11-20");

    private Scene scene;

    @BeforeEach
    void writeTheLedger() {
        scene = new Scene()
                .at("2017-11-01T09:00", new PlanRegistered(PLAN, "加快推进郑洛新国家自主创新示范区建设", "新政办〔2017〕102号",
                        "新乡市人民政府办公室", LocalDate.parse("2017-10-30"), List.of(5, 20), "Asia/Shanghai",
                        ReportingDayPolicy.NEXT_WORKING_DAY))
                .at("2017-11-01T09:00", new UnitRegistered(LEAD, "新乡市科学技术局", UnitCategory.CITY_DEPARTMENT, List.of()))
                .at("2017-11-10T10:00", new TaskCreated(TASK, PLAN, null, "二.(一).1", "培育高新技术企业", "新培育高新技术企业30家",
                        List.of(LEAD), List.of(), "2017年12月底前"))
                .at("2017-11-20T17:00", new ProgressReported(TASK, "r1", LEAD, NOV_20, "正在推进", List.of(), List.of(),
                        List.of()));
    }

    private LedgerAt on(String localDateTime) {
        return new LedgerAt(scene.memory(), WorkingDayCalendar.bundled(), new RagRule(RagThresholds.DEFAULTS),
                shanghai(localDateTime));
    }

    private PeriodState november(String localDateTime) {
        LedgerAt ledger = on(localDateTime);
        TaskAt task = ledger.task(TASK).orElseThrow();
        return ledger.record(task, LEAD).periods().stream().filter(p -> p.period().nominalDay().equals(NOV_20))
                .findFirst().orElseThrow();
    }

    private void returnIt() {
        scene.at("2017-11-15T09:00", new ReportReviewSet(PLAN, true, "报送内容须经审核"))
                .at("2017-11-21T10:00", new ReportReturned(TASK, "r1", "内容空泛", LocalDate.parse("2017-11-23")));
    }

    @Test
    void withoutASettingAReturnChangesNothing() {
        scene.at("2017-11-21T10:00", new ReportReturned(TASK, "r1", "内容空泛", LocalDate.parse("2017-11-23")));

        PeriodState state = november("2017-11-30T10:00");
        assertThat(state.state()).isEqualTo(ComplianceState.ON_TIME);
        assertThat(state.review()).isNull();
        assertThat(scene.memory().orphanEvents()).isZero();
    }

    @Test
    void aReturnedReportIsOwedAgainThenMissingWithItsReason() {
        returnIt();

        assertThat(november("2017-11-21T09:00").review()).as("before the return").isEqualTo(ReviewState.PENDING);
        assertThat(november("2017-11-21T09:00").state()).isEqualTo(ComplianceState.ON_TIME);
        PeriodState returned = november("2017-11-22T10:00");
        assertThat(returned.state()).isEqualTo(ComplianceState.OPEN);
        assertThat(returned.review()).isEqualTo(ReviewState.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("内容空泛");
        assertThat(returned.correctBy()).isEqualTo(LocalDate.parse("2017-11-23"));

        PeriodState missing = november("2017-11-24T10:00");
        assertThat(missing.state()).isEqualTo(ComplianceState.MISSING);
        assertThat(missing.returnReason()).isEqualTo("内容空泛");
        LedgerAt ledger = on("2017-11-24T10:00");
        assertThat(ledger.task(TASK).orElseThrow().returns()).extracting(ReportReturn::unitId, ReportReturn::period,
                ReportReturn::reason).containsExactly(org.assertj.core.groups.Tuple.tuple(LEAD, NOV_20, "内容空泛"));
        assertThat(ledger.rag(ledger.task(TASK).orElseThrow()).reasons()).as("the missed period shows on the task")
                .isNotEmpty();
    }

    @Test
    void aCorrectionAcceptedIsFiledByWhenItWasFiled() {
        returnIt();
        scene.at("2017-11-22T15:00", new ProgressReportCorrected(TASK, "r2", "r1", LEAD, NOV_20, "已认定3家", List.of(),
                        List.of(), List.of(), "按退回意见补充"))
                .at("2017-11-23T09:00", new ReportAccepted(TASK, "r2", null));

        PeriodState pending = november("2017-11-22T16:00");
        assertThat(pending.review()).isEqualTo(ReviewState.PENDING);
        assertThat(pending.reportId()).isEqualTo("r2");
        PeriodState accepted = november("2017-11-30T10:00");
        assertThat(accepted.state()).isEqualTo(ComplianceState.LATE);
        assertThat(accepted.review()).isEqualTo(ReviewState.ACCEPTED);
        assertThat(accepted.returnReason()).isNull();
        assertThat(accepted.firstFiledAt()).as("the first filing is still shown as such")
                .isEqualTo(shanghai("2017-11-20T17:00"));
    }

    @Test
    void theSettingChangesTheUnitsStamp() {
        long before = scene.memory().stampOf(LEAD);
        scene.at("2017-11-15T09:00", new ReportReviewSet(PLAN, true, null));
        assertThat(scene.memory().stampOf(LEAD)).isNotEqualTo(before);
        assertThat(scene.memory().reviewSettings(PLAN)).hasSize(1);
    }
}
