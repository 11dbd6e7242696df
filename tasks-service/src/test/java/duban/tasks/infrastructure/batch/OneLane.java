package duban.tasks.infrastructure.batch;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** One batch at a time, whatever task a write changes: tests that line writes up behind the one running batch. */
public class OneLane implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("duban.writes.group-commit.lanes", "1");
    }
}
