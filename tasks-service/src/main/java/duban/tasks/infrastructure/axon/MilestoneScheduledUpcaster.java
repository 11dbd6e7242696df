package duban.tasks.infrastructure.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import duban.events.task.MilestoneCommitment;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads stored {@code duban.task.milestone-scheduled.v1} events as v2: the boolean {@code soft}
 * becomes the {@code commitment} SOFT or FIRM. The stored row is never rewritten (it is hash-chained
 * and an auditor must find what was recorded); everything that reads events, the aggregates and the
 * Kafka publisher included, sees only v2.
 */
public class MilestoneScheduledUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType V1 = new SimpleSerializedType("duban.task.milestone-scheduled.v1", "1");
    static final SimpleSerializedType V2 = new SimpleSerializedType("duban.task.milestone-scheduled.v2", "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return V1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(V2, JsonNode.class, payload -> {
            ObjectNode event = ((ObjectNode) payload).deepCopy();
            boolean soft = event.path("soft").asBoolean(false);
            event.remove("soft");
            event.put("commitment", (soft ? MilestoneCommitment.SOFT : MilestoneCommitment.FIRM).name());
            return event;
        });
    }
}
