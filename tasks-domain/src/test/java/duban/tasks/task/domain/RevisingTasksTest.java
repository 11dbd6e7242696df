package duban.tasks.task.domain;

import static duban.tasks.task.domain.Ledger.*;

import duban.events.task.TaskCancelled;
import duban.events.task.TaskRevised;
import duban.tasks.domain.rule.Refused;
import duban.tasks.domain.rule.Violation;
import duban.tasks.task.command.ReviseTask;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A task's wording changes; only what changes is recorded. */
class RevisingTasksTest {

    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = Ledger.fixture();
    }

    @Test
    void aRevisionRecordsOnlyTheFieldsThatChange() {
        givenTask(fixture)
                .when(new ReviseTask(TASK, null, created().title(), "新培育高新技术企业35家", null, "市政府调整目标"))
                .expectEvents(new TaskRevised(TASK, null, "新培育高新技术企业35家", null, "市政府调整目标"));
    }

    @Test
    void aRevisedValueIsTheNewCurrentOne() {
        givenTask(fixture, new TaskRevised(TASK, null, "新培育高新技术企业35家", null, null))
                .when(new ReviseTask(TASK, null, null, "新培育高新技术企业35家", null, null))
                .expectException(Refused.with(Violation.NO_CHANGE));
    }

    @Test
    void aRevisionChangesSomething() {
        givenTask(fixture)
                .when(new ReviseTask(TASK, null, null, null, null, "无"))
                .expectException(Refused.with(Violation.NO_CHANGE));
    }

    @Test
    void aTitleCannotBeBlanked() {
        givenTask(fixture)
                .when(new ReviseTask(TASK, null, " ", null, null, null))
                .expectException(Refused.with(Violation.MISSING_FIELD));
    }

    @Test
    void aClosedTaskIsNotRevised() {
        givenTask(fixture, new TaskCancelled(TASK, "撤销"))
                .when(new ReviseTask(TASK, null, "新标题", null, null, null))
                .expectException(Refused.with(Violation.TASK_CLOSED));
    }
}
