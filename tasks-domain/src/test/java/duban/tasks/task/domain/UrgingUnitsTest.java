package duban.tasks.task.domain;

import static duban.tasks.task.domain.Ledger.*;

import duban.events.task.TaskCancelled;
import duban.events.task.TaskSuspended;
import duban.events.task.TaskUrged;
import duban.tasks.domain.rule.Refused;
import duban.tasks.domain.rule.Violation;
import duban.tasks.task.command.UrgeUnits;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 催办: a supervisor pushes units of a running task. */
class UrgingUnitsTest {

    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = Ledger.fixture();
    }

    @Test
    void leadCoAndShareHoldingUnitsAreUrged() {
        givenTask(fixture, targetSet())
                .when(new UrgeUnits(TASK, null, List.of(LEAD, CO, HOLDER, MEMBER), "请于20日前报送进展"))
                .expectEvents(new TaskUrged(TASK, List.of(LEAD, CO, HOLDER, MEMBER), "请于20日前报送进展"));
    }

    @Test
    void aUnitOutsideTheTaskIsNotUrged() {
        givenTask(fixture, targetSet())
                .when(new UrgeUnits(TASK, null, List.of(LEAD, OUTSIDER), "请报送"))
                .expectException(Refused.with(Violation.UNIT_NOT_ON_TASK));
    }

    @Test
    void anUrgeNamesAUnit() {
        givenTask(fixture)
                .when(new UrgeUnits(TASK, null, List.of(), "请报送"))
                .expectException(Refused.with(Violation.MISSING_FIELD));
    }

    @Test
    void aUnitIsUrgedOncePerUrge() {
        givenTask(fixture)
                .when(new UrgeUnits(TASK, null, List.of(LEAD, LEAD), "请报送"))
                .expectException(Refused.with(Violation.UNIT_LISTED_TWICE));
    }

    @Test
    void aSuspendedTaskHasNoOneToUrge() {
        givenTask(fixture, new TaskSuspended(TASK, "政策调整"))
                .when(new UrgeUnits(TASK, null, List.of(LEAD), "请报送"))
                .expectException(Refused.with(Violation.TASK_SUSPENDED));
    }

    @Test
    void aClosedTaskHasNoOneToUrge() {
        givenTask(fixture, new TaskCancelled(TASK, "撤销"))
                .when(new UrgeUnits(TASK, null, List.of(LEAD), "请报送"))
                .expectException(Refused.with(Violation.TASK_CLOSED));
    }
}
