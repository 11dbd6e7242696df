package duban.tasks.task.domain;

import static duban.tasks.task.domain.Ledger.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import duban.events.EventJson;
import duban.events.task.CompletionRequested;
import duban.events.task.ExtensionRequested;
import duban.events.task.MilestoneCompleted;
import duban.events.task.ReportAccepted;
import duban.events.task.ReportReturned;
import duban.events.task.TaskAcknowledged;
import duban.tasks.domain.rule.Refused;
import duban.tasks.domain.rule.Violation;
import duban.tasks.task.command.ReportProgress;
import duban.tasks.task.command.UrgeUnits;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/**
 * The app snapshots long-lived tasks with a Jackson serializer configured like the contract's mapper:
 * a task must survive that round trip whole, or a loaded snapshot would forget reports or milestones.
 */
class TaskSnapshotTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(EventJson.configure(JsonMapper.builder()).build())
            .build();

    @Test
    void aTaskSurvivesASnapshotRoundTripWithEveryPartOfItsState() {
        AggregateTestFixture<Task> fixture = Ledger.fixture();
        AtomicReference<Task> live = new AtomicReference<>();
        givenTask(fixture, targetSet(), milestoneScheduled(), secondMilestoneScheduled(),
                new MilestoneCompleted(TASK, MILESTONE, LocalDate.parse("2017-12-28"), null),
                new ExtensionRequested(TASK, "ext-1", SECOND_MILESTONE, LEAD, LocalDate.parse("2018-12-31"), "推迟"),
                reported("report-1", HOLDER), new CompletionRequested(TASK, LEAD, null),
                new TaskAcknowledged(TASK, LEAD, null), new ReportAccepted(TASK, "report-1", null),
                reported("report-9", LEAD), new ReportReturned(TASK, "report-9", "不全", LocalDate.parse("2017-11-21")))
                .when(new UrgeUnits(TASK, null, List.of(MEMBER), "请报送"))
                .expectState(live::set);

        SerializedObject<String> snapshot = serializer.serialize(live.get(), String.class);
        Task restored = serializer.deserialize(snapshot);

        assertThat(restored).usingRecursiveComparison().isEqualTo(live.get());
        assertThat(snapshot.getData()).contains("acknowledgedUnitIds", "RETURNED");
    }

    @Test
    void aRestoredTaskKeepsEnforcingItsRules() {
        AggregateTestFixture<Task> fixture = Ledger.fixture();
        AtomicReference<Task> live = new AtomicReference<>();
        givenTask(fixture, targetSet(), reported("report-1", HOLDER))
                .when(new UrgeUnits(TASK, null, List.of(HOLDER), "请报送"))
                .expectState(live::set);
        Task restored = serializer.deserialize(serializer.serialize(live.get(), String.class));

        Ledger.fixture().givenState(() -> restored)
                .when(new ReportProgress(TASK, null, "report-2", HOLDER, OPEN_PERIOD, "推进中", null, null, null))
                .expectException(Refused.with(Violation.PERIOD_ALREADY_REPORTED));
    }
}
