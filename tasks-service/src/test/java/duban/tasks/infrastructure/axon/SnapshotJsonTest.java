package duban.tasks.infrastructure.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import duban.rules.status.TaskStatus;
import org.junit.jupiter.api.Test;

/** Snapshots written by earlier versions stay readable after the one status vocabulary replaced theirs. */
class SnapshotJsonTest {

    /** Stands for the Task aggregate's state: private fields only, as the snapshot mapper sees them. */
    static final class State {
        private TaskStatus status;
    }

    private final ObjectMapper mapper = SnapshotJson.mapper();

    @Test
    void aStatusStoredAsActiveIsReadAsOpen() throws Exception {
        assertThat(mapper.readValue("{\"status\":\"ACTIVE\"}", State.class).status).isEqualTo(TaskStatus.OPEN);
    }

    @Test
    void everyStatusOfTodayRoundTrips() throws Exception {
        for (TaskStatus status : TaskStatus.values()) {
            State state = new State();
            state.status = status;
            String json = mapper.writeValueAsString(state);
            assertThat(json).contains("\"" + status.name() + "\"");
            assertThat(mapper.readValue(json, State.class).status).isEqualTo(status);
        }
    }
}
