package duban.tasks.task.domain;

import static duban.tasks.task.domain.Ledger.*;

import duban.events.task.TaskCancelled;
import duban.events.task.UnitsReassigned;
import duban.tasks.domain.rule.Refused;
import duban.tasks.domain.rule.Violation;
import duban.tasks.task.command.ReassignUnits;
import duban.tasks.task.command.ReportProgress;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lead (牵头) and co-responsible (同责) units are replaced as a whole; a task keeps at least one lead. */
class ReassigningUnitsTest {

    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = Ledger.fixture();
    }

    @Test
    void severalLeadAndCoUnitsReplaceTheFormerOnes() {
        givenTask(fixture)
                .when(new ReassignUnits(TASK, null, List.of(CO, LEAD), List.of(SECOND_LEAD, OUTSIDER), "分工调整"))
                .expectEvents(new UnitsReassigned(TASK, List.of(CO, LEAD), List.of(SECOND_LEAD, OUTSIDER), "分工调整"));
    }

    @Test
    void aTaskKeepsAtLeastOneLeadUnit() {
        givenTask(fixture)
                .when(new ReassignUnits(TASK, null, List.of(), List.of(CO), null))
                .expectException(Refused.with(Violation.LEAD_UNIT_REQUIRED));
    }

    @Test
    void aUnitIsNotBothLeadAndCo() {
        givenTask(fixture)
                .when(new ReassignUnits(TASK, null, List.of(LEAD), List.of(LEAD), null))
                .expectException(Refused.with(Violation.UNIT_LISTED_TWICE));
    }

    @Test
    void aReassignmentChangesSomething() {
        givenTask(fixture)
                .when(new ReassignUnits(TASK, null, List.of(SECOND_LEAD, LEAD), List.of(CO), null))
                .expectException(Refused.with(Violation.NO_CHANGE));
    }

    @Test
    void aFormerLeadUnitNoLongerReports() {
        givenTask(fixture, new UnitsReassigned(TASK, List.of(SECOND_LEAD), List.of(CO), null))
                .when(new ReportProgress(TASK, null, "report-1", LEAD, OPEN_PERIOD, "推进中", null, null, null))
                .expectException(Refused.with(Violation.NOT_RESPONSIBLE_UNIT));
    }

    @Test
    void aNewLeadUnitReports() {
        givenTask(fixture, new UnitsReassigned(TASK, List.of(OUTSIDER), List.of(), null))
                .when(new ReportProgress(TASK, null, "report-1", OUTSIDER, OPEN_PERIOD, "推进中", null, null, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aClosedTaskIsNotReassigned() {
        givenTask(fixture, new TaskCancelled(TASK, "撤销"))
                .when(new ReassignUnits(TASK, null, List.of(OUTSIDER), List.of(), null))
                .expectException(Refused.with(Violation.TASK_CLOSED));
    }
}
