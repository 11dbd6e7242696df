package duban.tasks.imports.seed;

import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** A store of its own that starts empty, so the seed notice's import is the only thing in it. */
public class SeedEventsProfile implements QuarkusTestProfile {

    static final String DATABASE = "seed_events_" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE),
            36);

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KafkaTestResource.class),
                new TestResourceEntry(PostgresTestResource.class, Map.of("database", DATABASE)));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
