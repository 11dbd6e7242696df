package duban.tasks.infrastructure.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import duban.events.EventJson;
import duban.events.task.MilestoneCommitment;
import duban.events.task.MilestoneScheduled;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

/** A stored v1 milestone, exactly as the event table holds it, is read as the v2 record. */
class MilestoneScheduledUpcasterTest {

    private final ContractSerializer serializer = ContractSerializer.create(EventJson.configure(JsonMapper.builder()).build());
    private final EventUpcasterChain chain = new EventUpcasterChain(new MilestoneScheduledUpcaster());

    private MilestoneScheduled readStoredV1(String payloadJson) {
        GenericDomainEventEntry<String> row = new GenericDomainEventEntry<>("Task", "task-1", 3, "event-1",
                Instant.parse("2017-10-09T02:00:00Z").toString(), "duban.task.milestone-scheduled.v1", "1", payloadJson,
                "{}");
        List<IntermediateEventRepresentation> read = chain
                .upcast(Stream.of(new InitialEventRepresentation(row, serializer))).toList();
        assertThat(read).hasSize(1);
        assertThat(read.get(0).getType()).isEqualTo(MilestoneScheduledUpcaster.V2);
        SerializedObject<?> data = read.get(0).getData();
        return serializer.deserialize(data);
    }

    @Test
    void aSoftV1MilestoneIsReadAsASoftCommitment() {
        MilestoneScheduled event = readStoredV1("""
                {"description":"力争10家企业列入省创新龙头企业","dueOn":"2017-12-31","milestoneId":"m-1",
                 "responsibleUnitIds":["市科技局"],"soft":true,"taskId":"task-1"}""");

        assertThat(event).isEqualTo(new MilestoneScheduled("task-1", "m-1", LocalDate.of(2017, 12, 31),
                "力争10家企业列入省创新龙头企业", MilestoneCommitment.SOFT, List.of("市科技局")));
    }

    @Test
    void aFirmV1MilestoneIsReadAsAFirmCommitment() {
        MilestoneScheduled event = readStoredV1("""
                {"description":"完成第二批高企推荐工作","dueOn":"2017-09-30","milestoneId":"m-2",
                 "responsibleUnitIds":[],"soft":false,"taskId":"task-1"}""");

        assertThat(event.commitment()).isEqualTo(MilestoneCommitment.FIRM);
        assertThat(event.dueOn()).isEqualTo(LocalDate.of(2017, 9, 30));
    }

    @Test
    void currentEventsPassUnchanged() {
        GenericDomainEventEntry<String> row = new GenericDomainEventEntry<>("Task", "task-1", 4, "event-2",
                Instant.now().toString(), "duban.task.urged.v1", "1",
                "{\"taskId\":\"task-1\",\"unitIds\":[\"市科技局\"],\"message\":\"请按时报送\"}", "{}");

        List<IntermediateEventRepresentation> read = chain
                .upcast(Stream.of(new InitialEventRepresentation(row, serializer))).toList();

        assertThat(read.get(0).getType().getName()).isEqualTo("duban.task.urged.v1");
    }
}
