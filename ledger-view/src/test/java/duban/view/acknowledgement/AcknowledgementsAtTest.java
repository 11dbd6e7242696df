package duban.view.acknowledgement;

import static duban.view.Scene.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import duban.calendar.WorkingDayCalendar;
import duban.events.plan.PlanRegistered;
import duban.events.plan.ReportingDayPolicy;
import duban.events.task.TaskAcknowledged;
import duban.events.task.TaskCancelled;
import duban.events.task.TaskCreated;
import duban.events.task.UnitsReassigned;
import duban.rules.acknowledgement.Acknowledgement;
import duban.rules.acknowledgement.AcknowledgementRule;
import duban.rules.acknowledgement.AcknowledgementSettings;
import duban.rules.acknowledgement.AcknowledgementState;
import duban.rules.rag.RagRule;
import duban.rules.rag.RagThresholds;
import duban.view.Scene;
import duban.view.slice.LedgerAt;
import duban.view.slice.TaskAt;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A task assigned to two units on a Friday, followed as the ledger stood on given instants. */
class AcknowledgementsAtTest {

    private static final String PLAN = "plan-ack";
    private static final String TASK = "task-ack";
    private static final String LEAD = "kjj";
    private static final String CO = "czj";

    private Scene scene;

    @BeforeEach
    void assignOnAFriday() {
        scene = new Scene()
                .at("2026-12-01T09:00", new PlanRegistered(PLAN, "督办事项", "新政办〔2026〕1号", "新乡市人民政府办公室",
                        LocalDate.parse("2026-12-01"), List.of(5, 20), "Asia/Shanghai",
                        ReportingDayPolicy.NEXT_WORKING_DAY))
                .at("2026-12-04T16:00", new TaskCreated(TASK, PLAN, null, "一.1", "培育高新技术企业", "新培育30家",
                        List.of(LEAD), List.of(CO), "2026年12月底前"))
                .at("2026-12-07T10:00", new TaskAcknowledged(TASK, LEAD, "收到"));
    }

    private AcknowledgementsAt on(String localDateTime) {
        LedgerAt ledger = new LedgerAt(scene.memory(), WorkingDayCalendar.bundled(),
                new RagRule(RagThresholds.DEFAULTS), shanghai(localDateTime));
        AcknowledgementRule rule = new AcknowledgementRule(AcknowledgementSettings.DEFAULTS,
                WorkingDayCalendar.bundled());
        return new AcknowledgementsAt(ledger, plan -> rule);
    }

    private static TaskAt task(AcknowledgementsAt view) {
        return view.ledger().task(TASK).orElseThrow();
    }

    @Test
    void eachUnitsAcknowledgementIsDueByTuesdayAndTheOneNotAcknowledgedIsOverdueOnWednesday() {
        AcknowledgementsAt wednesday = on("2026-12-09T09:00");
        Acknowledgement lead = wednesday.of(task(wednesday), LEAD).orElseThrow();
        Acknowledgement co = wednesday.of(task(wednesday), CO).orElseThrow();

        assertThat(lead.state()).isEqualTo(AcknowledgementState.ACKNOWLEDGED);
        assertThat(lead.acknowledgedAt()).isEqualTo(shanghai("2026-12-07T10:00"));
        assertThat(lead.assignment().note()).isEqualTo("收到");
        assertThat(co.dueOn()).isEqualTo(LocalDate.parse("2026-12-08"));
        assertThat(co.state()).isEqualTo(AcknowledgementState.OVERDUE);
        assertThat(wednesday.outstanding(CO)).isEqualTo(1);
        assertThat(wednesday.outstanding(LEAD)).isZero();
    }

    @Test
    void asOfAnEarlierInstantTheLaterAcknowledgementDidNotExist() {
        AcknowledgementsAt saturday = on("2026-12-05T12:00");
        assertThat(saturday.of(task(saturday)).values()).extracting(Acknowledgement::state)
                .containsOnly(AcknowledgementState.OPEN);
        AcknowledgementsAt before = on("2026-12-04T15:00");
        assertThat(before.ledger().task(TASK)).isEmpty();
    }

    @Test
    void aUnitTakenOffAndAssignedAgainMustAcknowledgeTheNewAssignment() {
        scene.at("2026-12-10T10:00", new UnitsReassigned(TASK, List.of(CO), List.of(), "调整"))
                .at("2026-12-11T10:00", new UnitsReassigned(TASK, List.of(CO), List.of(LEAD), "调整"));

        AcknowledgementsAt monday = on("2026-12-14T10:00");
        Acknowledgement again = monday.of(task(monday), LEAD).orElseThrow();
        assertThat(again.assignment().from()).isEqualTo(shanghai("2026-12-11T10:00"));
        assertThat(again.state()).isEqualTo(AcknowledgementState.OPEN);
        assertThat(again.dueOn()).isEqualTo(LocalDate.parse("2026-12-15"));
        // CO moved from co-responsible to lead: the same assignment, still overdue.
        assertThat(monday.of(task(monday), CO).orElseThrow().assignment().from())
                .isEqualTo(shanghai("2026-12-04T16:00"));
        assertThat(monday.outstanding(CO)).isEqualTo(1);
    }

    @Test
    void anAcknowledgementOfAUnitNotAssignedOrASecondOneChangesNothing() {
        scene.at("2026-12-07T11:00", new TaskAcknowledged(TASK, "hongqi", null))
                .at("2026-12-10T11:00", new TaskAcknowledged(TASK, LEAD, "again"));

        AcknowledgementsAt later = on("2026-12-20T10:00");
        assertThat(later.of(task(later))).containsOnlyKeys(LEAD, CO);
        assertThat(later.of(task(later), LEAD).orElseThrow().acknowledgedAt())
                .isEqualTo(shanghai("2026-12-07T10:00"));
    }

    @Test
    void aCancelledTaskOwesNoMoreAcknowledgements() {
        scene.at("2026-12-10T10:00", new TaskCancelled(TASK, "撤销"));

        AcknowledgementsAt later = on("2026-12-20T10:00");
        assertThat(later.of(task(later), CO).orElseThrow().state()).isEqualTo(AcknowledgementState.OVERDUE);
        assertThat(later.outstanding(CO)).isZero();
    }

    @Test
    void theMonthCountsTheOverdueAssignmentAtItsCutoff() {
        AcknowledgementsAt cutoff = on("2027-01-01T00:00");
        assertThat(cutoff.overdueInMonth(task(cutoff), CO, shanghai("2026-12-01T00:00"))).hasSize(1);
        assertThat(cutoff.overdueInMonth(task(cutoff), LEAD, shanghai("2026-12-01T00:00"))).isEmpty();
    }
}
