package duban.tasks.task.domain;

import static duban.tasks.task.domain.Ledger.CO;
import static duban.tasks.task.domain.Ledger.LEAD;
import static duban.tasks.task.domain.Ledger.MILESTONE;
import static duban.tasks.task.domain.Ledger.OPEN_PERIOD;
import static duban.tasks.task.domain.Ledger.TASK;
import static duban.tasks.task.domain.Ledger.clerkOf;
import static duban.tasks.task.domain.Ledger.givenTask;
import static duban.tasks.task.domain.Ledger.milestoneScheduled;
import static duban.tasks.task.domain.Ledger.reported;
import static duban.tasks.task.domain.Ledger.supervisor;

import duban.events.envelope.Actor;
import duban.events.task.ProgressReported;
import duban.tasks.domain.actor.ActorMetadata;
import duban.tasks.domain.rule.Refused;
import duban.tasks.domain.rule.Violation;
import duban.tasks.task.command.CorrectProgressReport;
import duban.tasks.task.command.ReportProgress;
import duban.tasks.task.command.RequestCompletion;
import duban.tasks.task.command.RequestExtension;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 本单位报送: what a unit files is filed by its own clerk, whatever endpoint sent it. */
class FilingForOwnUnitTest {

    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = Ledger.fixture();
    }

    private static ReportProgress report(String unitId) {
        return new ReportProgress(TASK, null, "report-1", unitId, OPEN_PERIOD, "推进中", null, null, null);
    }

    @Test
    void aUnitsClerkFilesForItsOwnUnit() {
        givenTask(fixture)
                .when(report(LEAD), clerkOf(LEAD))
                .expectEvents(new ProgressReported(TASK, "report-1", LEAD, OPEN_PERIOD, "推进中", List.of(), List.of(),
                        List.of()));
    }

    @Test
    void anotherUnitsClerkCannotFileForIt() {
        givenTask(fixture)
                .when(report(LEAD), clerkOf(CO))
                .expectException(Refused.with(Violation.FOREIGN_UNIT))
                .expectNoEvents();
        givenTask(fixture)
                .when(new RequestCompletion(TASK, null, LEAD, "已完成"), clerkOf(CO))
                .expectException(Refused.with(Violation.FOREIGN_UNIT));
    }

    @Test
    void aSupervisorDoesNotFileOnAUnitsBehalf() {
        givenTask(fixture)
                .when(report(LEAD), supervisor())
                .expectException(Refused.with(Violation.FILED_BY_UNITS_ONLY))
                .expectNoEvents();
        givenTask(fixture, milestoneScheduled())
                .when(new RequestExtension(TASK, null, "ext-1", MILESTONE, LEAD, LocalDate.parse("2018-03-31"), "待批复"),
                        supervisor())
                .expectException(Refused.with(Violation.FILED_BY_UNITS_ONLY));
    }

    @Test
    void aUnitTokenWithoutItsUnitFilesForNobody() {
        givenTask(fixture, reported("report-1", LEAD))
                .when(new CorrectProgressReport(TASK, null, "report-2", "report-1", LEAD, "更正", null, null, null, "笔误"),
                        MetaData.with(ActorMetadata.ACTOR_USER, "li.na").and(ActorMetadata.ACTOR_ROLE, Actor.UNIT))
                .expectException(Refused.with(Violation.FOREIGN_UNIT));
    }

    @Test
    void aServiceOrAnUnnamedCallerFilesNothing() {
        givenTask(fixture)
                .when(report(LEAD), MetaData.with(ActorMetadata.ACTOR_ROLE, Actor.SERVICE))
                .expectException(Refused.with(Violation.FILED_BY_UNITS_ONLY));
    }
}
