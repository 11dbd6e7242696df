package duban.tasks.infrastructure.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import duban.events.EventJson;
import duban.rules.status.TaskStatus;
import java.io.IOException;

/**
 * How aggregates are written into and read back from snapshots: their private fields, as JSON. Snapshots taken by
 * earlier versions stay readable: a task's status was once stored as {@code ACTIVE}, which is {@code OPEN} now.
 */
final class SnapshotJson {

    /** The status name snapshots of earlier versions hold for {@link TaskStatus#OPEN}. */
    static final String LEGACY_OPEN = "ACTIVE";

    private SnapshotJson() {
    }

    static ObjectMapper mapper() {
        return EventJson.configure(JsonMapper.builder())
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .addModule(new SimpleModule("duban-snapshot-names").addDeserializer(TaskStatus.class, new StatusNames()))
                .build();
    }

    private static final class StatusNames extends StdDeserializer<TaskStatus> {

        private static final long serialVersionUID = 1L;

        StatusNames() {
            super(TaskStatus.class);
        }

        @Override
        public TaskStatus deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String name = parser.getValueAsString();
            return LEGACY_OPEN.equals(name) ? TaskStatus.OPEN : TaskStatus.valueOf(name);
        }
    }
}
