package duban.tasks.task.domain;

import static duban.tasks.task.domain.Ledger.*;

import duban.events.task.CompletionApproved;
import duban.events.task.TaskCancelled;
import duban.events.task.TaskResumed;
import duban.events.task.TaskSuspended;
import duban.tasks.domain.rule.Refused;
import duban.tasks.domain.rule.Violation;
import duban.tasks.task.command.CancelTask;
import duban.tasks.task.command.ResumeTask;
import duban.tasks.task.command.SuspendTask;
import duban.tasks.task.command.UrgeUnits;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A task is put on hold and resumed; a cancellation is final. */
class SuspendingAndCancellingTest {

    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = Ledger.fixture();
    }

    @Test
    void aRunningTaskIsSuspendedWithAReason() {
        givenTask(fixture)
                .when(new SuspendTask(TASK, null, "政策调整"))
                .expectEvents(new TaskSuspended(TASK, "政策调整"));
    }

    @Test
    void aSuspensionSaysWhy() {
        givenTask(fixture)
                .when(new SuspendTask(TASK, null, null))
                .expectException(Refused.with(Violation.MISSING_FIELD));
    }

    @Test
    void aSuspendedTaskIsNotSuspendedAgain() {
        givenTask(fixture, new TaskSuspended(TASK, "政策调整"))
                .when(new SuspendTask(TASK, null, "再次"))
                .expectException(Refused.with(Violation.TASK_SUSPENDED));
    }

    @Test
    void aSuspendedTaskIsResumed() {
        givenTask(fixture, new TaskSuspended(TASK, "政策调整"))
                .when(new ResumeTask(TASK, null, "政策已明确"))
                .expectEvents(new TaskResumed(TASK, "政策已明确"));
    }

    @Test
    void aResumedTaskRunsAgain() {
        givenTask(fixture, new TaskSuspended(TASK, "政策调整"), new TaskResumed(TASK, null))
                .when(new UrgeUnits(TASK, null, List.of(LEAD), "请报送"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void onlyASuspendedTaskIsResumed() {
        givenTask(fixture)
                .when(new ResumeTask(TASK, null, null))
                .expectException(Refused.with(Violation.TASK_NOT_SUSPENDED));
    }

    @Test
    void aTaskIsCancelledWithAReason() {
        givenTask(fixture)
                .when(new CancelTask(TASK, null, "并入二.(一).2"))
                .expectEvents(new TaskCancelled(TASK, "并入二.(一).2"));
    }

    @Test
    void aSuspendedTaskMayBeCancelled() {
        givenTask(fixture, new TaskSuspended(TASK, "政策调整"))
                .when(new CancelTask(TASK, null, "不再实施"))
                .expectEvents(new TaskCancelled(TASK, "不再实施"));
    }

    @Test
    void aCancellationSaysWhy() {
        givenTask(fixture)
                .when(new CancelTask(TASK, null, " "))
                .expectException(Refused.with(Violation.MISSING_FIELD));
    }

    @Test
    void aCancelledTaskStaysCancelled() {
        givenTask(fixture, new TaskCancelled(TASK, "撤销"))
                .when(new ResumeTask(TASK, null, null))
                .expectException(Refused.with(Violation.TASK_CLOSED));
        givenTask(fixture, new TaskCancelled(TASK, "撤销"))
                .when(new CancelTask(TASK, null, "再次"))
                .expectException(Refused.with(Violation.TASK_CLOSED));
    }

    @Test
    void aCompletedTaskIsNotCancelledNorSuspended() {
        givenTask(fixture, new CompletionApproved(TASK, List.of(), null))
                .when(new CancelTask(TASK, null, "撤销"))
                .expectException(Refused.with(Violation.TASK_CLOSED));
        givenTask(fixture, new CompletionApproved(TASK, List.of(), null))
                .when(new SuspendTask(TASK, null, "暂停"))
                .expectException(Refused.with(Violation.TASK_CLOSED));
    }
}
