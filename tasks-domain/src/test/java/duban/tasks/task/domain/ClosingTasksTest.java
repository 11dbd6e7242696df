package duban.tasks.task.domain;

import static duban.tasks.task.domain.Ledger.*;

import duban.events.task.CompletionApproved;
import duban.events.task.CompletionRejected;
import duban.events.task.CompletionRequested;
import duban.events.task.MilestoneCompleted;
import duban.events.task.TaskSuspended;
import duban.tasks.domain.rule.Refused;
import duban.tasks.domain.rule.Violation;
import duban.tasks.task.command.ApproveCompletion;
import duban.tasks.task.command.RejectCompletion;
import duban.tasks.task.command.RequestCompletion;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 办结 / 销号: a lead unit asks, a supervisor approves (every milestone done or waived) or rejects with a reason. */
class ClosingTasksTest {

    private static final LocalDate DONE_ON = LocalDate.parse("2017-12-28");
    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = Ledger.fixture();
    }

    private static CompletionRequested requested() {
        return new CompletionRequested(TASK, LEAD, "已完成全部任务");
    }

    @Test
    void aLeadUnitAsksForCompletion() {
        givenTask(fixture)
                .when(new RequestCompletion(TASK, null, LEAD, "已完成全部任务"))
                .expectEvents(requested());
    }

    @Test
    void onlyALeadUnitAsksForCompletion() {
        givenTask(fixture)
                .when(new RequestCompletion(TASK, null, CO, "已完成"))
                .expectException(Refused.with(Violation.NOT_LEAD_UNIT));
    }

    @Test
    void oneCompletionRequestWaitsAtATime() {
        givenTask(fixture, requested())
                .when(new RequestCompletion(TASK, null, SECOND_LEAD, "已完成"))
                .expectException(Refused.with(Violation.COMPLETION_ALREADY_REQUESTED));
    }

    @Test
    void aSuspendedTaskTakesNoCompletionRequest() {
        givenTask(fixture, new TaskSuspended(TASK, "政策调整"))
                .when(new RequestCompletion(TASK, null, LEAD, "已完成"))
                .expectException(Refused.with(Violation.TASK_SUSPENDED));
    }

    @Test
    void approvalClosesATaskWhoseMilestonesAreDone() {
        givenTask(fixture, milestoneScheduled(), new MilestoneCompleted(TASK, MILESTONE, DONE_ON, null), requested())
                .when(new ApproveCompletion(TASK, null, null, "同意销号"))
                .expectEvents(new CompletionApproved(TASK, List.of(), "同意销号"));
    }

    @Test
    void approvalWaivesMilestonesNotDoneExplicitly() {
        givenTask(fixture, milestoneScheduled(), secondMilestoneScheduled(),
                new MilestoneCompleted(TASK, MILESTONE, DONE_ON, null), requested())
                .when(new ApproveCompletion(TASK, null, List.of(SECOND_MILESTONE), "力争目标不作要求"))
                .expectEvents(new CompletionApproved(TASK, List.of(SECOND_MILESTONE), "力争目标不作要求"));
    }

    @Test
    void approvalNeedsEveryMilestoneDoneOrWaived() {
        givenTask(fixture, milestoneScheduled(), secondMilestoneScheduled(),
                new MilestoneCompleted(TASK, MILESTONE, DONE_ON, null), requested())
                .when(new ApproveCompletion(TASK, null, List.of(), null))
                .expectException(Refused.with(Violation.MILESTONES_OPEN));
    }

    @Test
    void onlyAMilestoneOfTheTaskIsWaived() {
        givenTask(fixture, requested())
                .when(new ApproveCompletion(TASK, null, List.of("milestone-unknown"), null))
                .expectException(Refused.with(Violation.UNKNOWN_MILESTONE));
    }

    @Test
    void aDoneMilestoneIsNotWaived() {
        givenTask(fixture, milestoneScheduled(), new MilestoneCompleted(TASK, MILESTONE, DONE_ON, null), requested())
                .when(new ApproveCompletion(TASK, null, List.of(MILESTONE), null))
                .expectException(Refused.with(Violation.MILESTONE_DONE));
    }

    @Test
    void approvalAnswersARequest() {
        givenTask(fixture)
                .when(new ApproveCompletion(TASK, null, null, null))
                .expectException(Refused.with(Violation.NO_COMPLETION_REQUEST));
    }

    @Test
    void aSuspendedTaskIsNotApproved() {
        givenTask(fixture, requested(), new TaskSuspended(TASK, "政策调整"))
                .when(new ApproveCompletion(TASK, null, null, null))
                .expectException(Refused.with(Violation.TASK_SUSPENDED));
    }

    @Test
    void aCompletedTaskIsClosed() {
        givenTask(fixture, requested(), new CompletionApproved(TASK, List.of(), null))
                .when(new RequestCompletion(TASK, null, LEAD, "再次"))
                .expectException(Refused.with(Violation.TASK_CLOSED));
    }

    @Test
    void aSupervisorRejectsARequestWithAReason() {
        givenTask(fixture, requested())
                .when(new RejectCompletion(TASK, null, "佐证材料不足"))
                .expectEvents(new CompletionRejected(TASK, "佐证材料不足"));
    }

    @Test
    void aRejectionSaysWhy() {
        givenTask(fixture, requested())
                .when(new RejectCompletion(TASK, null, null))
                .expectException(Refused.with(Violation.MISSING_FIELD));
    }

    @Test
    void aRejectionAnswersARequest() {
        givenTask(fixture)
                .when(new RejectCompletion(TASK, null, "佐证材料不足"))
                .expectException(Refused.with(Violation.NO_COMPLETION_REQUEST));
    }

    @Test
    void afterARejectionALeadUnitMayAskAgain() {
        givenTask(fixture, requested(), new CompletionRejected(TASK, "佐证材料不足"))
                .when(new RequestCompletion(TASK, null, SECOND_LEAD, "已补充材料"))
                .expectEvents(new CompletionRequested(TASK, SECOND_LEAD, "已补充材料"));
    }

    @Test
    void aRejectedRequestCannotBeApproved() {
        givenTask(fixture, requested(), new CompletionRejected(TASK, "佐证材料不足"))
                .when(new ApproveCompletion(TASK, null, null, null))
                .expectException(Refused.with(Violation.NO_COMPLETION_REQUEST));
    }
}
