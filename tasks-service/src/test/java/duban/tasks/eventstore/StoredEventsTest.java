package duban.tasks.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import duban.events.EventJson;
import duban.events.task.MilestoneCommitment;
import duban.events.task.MilestoneScheduled;
import duban.events.task.TaskCreated;
import duban.tasks.infrastructure.axon.ContractSerializer;
import duban.tasks.infrastructure.axon.MilestoneScheduledUpcaster;
import duban.tasks.infrastructure.axon.StoredEventFormat;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;

/** The gateway reads a row stored under a superseded version as the current one, as the aggregates do. */
class StoredEventsTest {

    /** Built as the store's is: the contract serializer and the upcaster chain of the event store. */
    private final StoredEventFormat format = new StoredEventFormat(
            ContractSerializer.create(EventJson.configure(JsonMapper.builder()).build()),
            new EventUpcasterChain(new MilestoneScheduledUpcaster()));

    @Test
    void aReadOfSomeKindsSelectsEveryStoredVersionOfTheirNames() {
        assertThat(StoredEvents.storedTypePatterns(List.of(MilestoneScheduled.class, TaskCreated.class)))
                .containsExactly("duban.task.milestone-scheduled.v%", "duban.task.created.v%");
    }

    @Test
    void aStoredV1MilestoneIsReadAsTheCurrentVersion() {
        DomainEventData<?> row = new GenericDomainEventEntry<>("Task", "task-1", 3, "event-1",
                "2017-10-09T02:00:00Z", "duban.task.milestone-scheduled.v1", "1", """
                {"description":"力争10家企业列入省创新龙头企业","dueOn":"2017-12-31","milestoneId":"m-1",
                 "responsibleUnitIds":["市科技局"],"soft":true,"taskId":"task-1"}""", "{}");

        List<StoredEvent> read = StoredEvents.deserialise(List.of(row), format).map(StoredEvent::of).toList();

        assertThat(read).hasSize(1);
        assertThat(read.get(0).aggregateId()).isEqualTo("task-1");
        assertThat(read.get(0).sequence()).isEqualTo(3);
        assertThat(read.get(0).recordedAt()).isEqualTo(Instant.parse("2017-10-09T02:00:00Z"));
        assertThat(read.get(0).payload()).isInstanceOfSatisfying(MilestoneScheduled.class,
                milestone -> assertThat(milestone.commitment()).isEqualTo(MilestoneCommitment.SOFT));
    }
}
