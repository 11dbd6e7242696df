package duban.tasks.task.domain;

import static duban.tasks.task.domain.Ledger.*;

import duban.events.task.MilestoneCompleted;
import duban.events.task.TaskCancelled;
import duban.tasks.domain.rule.Refused;
import duban.tasks.domain.rule.Violation;
import duban.tasks.task.command.CompleteMilestone;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A supervisor records a milestone as done, once. */
class CompletingMilestonesTest {

    private static final LocalDate DONE_ON = LocalDate.parse("2017-12-28");
    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = Ledger.fixture();
    }

    @Test
    void aMilestoneIsDoneOnADay() {
        givenTask(fixture, milestoneScheduled())
                .when(new CompleteMilestone(TASK, null, MILESTONE, DONE_ON, "已认定"))
                .expectEvents(new MilestoneCompleted(TASK, MILESTONE, DONE_ON, "已认定"));
    }

    @Test
    void aMilestoneIsDoneOnce() {
        givenTask(fixture, milestoneScheduled(), new MilestoneCompleted(TASK, MILESTONE, DONE_ON, null))
                .when(new CompleteMilestone(TASK, null, MILESTONE, DONE_ON, null))
                .expectException(Refused.with(Violation.MILESTONE_DONE));
    }

    @Test
    void onlyAMilestoneOfTheTaskIsDone() {
        givenTask(fixture)
                .when(new CompleteMilestone(TASK, null, MILESTONE, DONE_ON, null))
                .expectException(Refused.with(Violation.UNKNOWN_MILESTONE));
    }

    @Test
    void aDoneMilestoneSaysWhen() {
        givenTask(fixture, milestoneScheduled())
                .when(new CompleteMilestone(TASK, null, MILESTONE, null, null))
                .expectException(Refused.with(Violation.MISSING_FIELD));
    }

    @Test
    void aClosedTaskHasNoMoreMilestonesDone() {
        givenTask(fixture, milestoneScheduled(), new TaskCancelled(TASK, "撤销"))
                .when(new CompleteMilestone(TASK, null, MILESTONE, DONE_ON, null))
                .expectException(Refused.with(Violation.TASK_CLOSED));
    }
}
