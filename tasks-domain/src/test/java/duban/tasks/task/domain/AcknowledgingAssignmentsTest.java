package duban.tasks.task.domain;

import static duban.tasks.task.domain.Ledger.CO;
import static duban.tasks.task.domain.Ledger.HOLDER;
import static duban.tasks.task.domain.Ledger.LEAD;
import static duban.tasks.task.domain.Ledger.OUTSIDER;
import static duban.tasks.task.domain.Ledger.SECOND_LEAD;
import static duban.tasks.task.domain.Ledger.TASK;
import static duban.tasks.task.domain.Ledger.clerkOf;
import static duban.tasks.task.domain.Ledger.givenTask;
import static duban.tasks.task.domain.Ledger.supervisor;
import static duban.tasks.task.domain.Ledger.targetSet;

import duban.events.task.CompletionApproved;
import duban.events.task.TaskAcknowledged;
import duban.events.task.TaskCancelled;
import duban.events.task.TaskSuspended;
import duban.events.task.UnitsReassigned;
import duban.tasks.domain.rule.Refused;
import duban.tasks.domain.rule.Violation;
import duban.tasks.task.command.AcknowledgeAssignment;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 签收: a lead or co-responsible unit acknowledges its assignment, once per assignment, for itself. */
class AcknowledgingAssignmentsTest {

    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = Ledger.fixture();
    }

    private static AcknowledgeAssignment acknowledge(String unitId) {
        return new AcknowledgeAssignment(TASK, null, unitId, "已签收,将按时报送");
    }

    private static TaskAcknowledged acknowledged(String unitId) {
        return new TaskAcknowledged(TASK, unitId, "已签收,将按时报送");
    }

    @Test
    void aLeadUnitAcknowledges() {
        givenTask(fixture)
                .when(acknowledge(LEAD))
                .expectSuccessfulHandlerExecution()
                .expectEvents(acknowledged(LEAD));
    }

    @Test
    void aCoResponsibleUnitAcknowledges() {
        givenTask(fixture)
                .when(new AcknowledgeAssignment(TASK, null, CO, null))
                .expectEvents(new TaskAcknowledged(TASK, CO, null));
    }

    @Test
    void aUnitNotAssignedHasNothingToAcknowledge() {
        givenTask(fixture)
                .when(acknowledge(OUTSIDER))
                .expectException(Refused.with(Violation.NOT_ASSIGNED_UNIT))
                .expectNoEvents();
        // Holding a share of a target binds a unit to report, but it is not assigned the task.
        givenTask(fixture, targetSet())
                .when(acknowledge(HOLDER))
                .expectException(Refused.with(Violation.NOT_ASSIGNED_UNIT));
    }

    @Test
    void aUnitAcknowledgesForItselfOnly() {
        givenTask(fixture)
                .when(acknowledge(LEAD), clerkOf(CO))
                .expectException(Refused.with(Violation.FOREIGN_UNIT))
                .expectNoEvents();
        givenTask(fixture)
                .when(acknowledge(LEAD), supervisor())
                .expectException(Refused.with(Violation.FILED_BY_UNITS_ONLY));
    }

    @Test
    void anAssignmentIsAcknowledgedOnce() {
        givenTask(fixture, acknowledged(LEAD))
                .when(acknowledge(LEAD))
                .expectException(Refused.with(Violation.ALREADY_ACKNOWLEDGED))
                .expectNoEvents();
        // Another unit's acknowledgement is its own.
        givenTask(fixture, acknowledged(LEAD))
                .when(acknowledge(SECOND_LEAD))
                .expectEvents(acknowledged(SECOND_LEAD));
    }

    @Test
    void aUnitTakenOffAndAssignedAgainAcknowledgesAgain() {
        givenTask(fixture, acknowledged(CO),
                new UnitsReassigned(TASK, List.of(LEAD, SECOND_LEAD), List.of(), "调整分工"),
                new UnitsReassigned(TASK, List.of(LEAD, SECOND_LEAD), List.of(CO), "恢复同责"))
                .when(acknowledge(CO))
                .expectEvents(acknowledged(CO));
    }

    @Test
    void aNewlyAssignedUnitAcknowledges() {
        givenTask(fixture, new UnitsReassigned(TASK, List.of(LEAD, SECOND_LEAD), List.of(CO, OUTSIDER), "增加同责单位"))
                .when(acknowledge(OUTSIDER))
                .expectEvents(acknowledged(OUTSIDER));
    }

    @Test
    void aChangeOfRoleKeepsTheAssignmentAndItsAcknowledgement() {
        givenTask(fixture, acknowledged(CO),
                new UnitsReassigned(TASK, List.of(LEAD, SECOND_LEAD, CO), List.of(), "同责改牵头"))
                .when(acknowledge(CO))
                .expectException(Refused.with(Violation.ALREADY_ACKNOWLEDGED));
        // A unit that stays on keeps its acknowledgement when others come and go.
        givenTask(fixture, acknowledged(LEAD), new UnitsReassigned(TASK, List.of(LEAD), List.of(CO), "调整分工"))
                .when(acknowledge(LEAD))
                .expectException(Refused.with(Violation.ALREADY_ACKNOWLEDGED));
    }

    @Test
    void aClosedTaskTakesNoAcknowledgement() {
        givenTask(fixture, new TaskCancelled(TASK, "撤销"))
                .when(acknowledge(LEAD))
                .expectException(Refused.with(Violation.TASK_CLOSED));
        givenTask(fixture, new CompletionApproved(TASK, List.of(), null))
                .when(acknowledge(LEAD))
                .expectException(Refused.with(Violation.TASK_CLOSED));
    }

    @Test
    void aSuspendedTaskTakesAnAcknowledgementLikeAReport() {
        givenTask(fixture, new TaskSuspended(TASK, "政策调整"))
                .when(acknowledge(LEAD))
                .expectEvents(acknowledged(LEAD));
    }
}
