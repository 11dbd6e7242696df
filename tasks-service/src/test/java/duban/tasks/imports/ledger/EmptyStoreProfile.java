package duban.tasks.imports.ledger;

import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A store of its own: a database no other test class writes to, new for every test run (the embedded server may
 * keep its data folder between runs), so a test can import into a store that starts empty.
 */
public class EmptyStoreProfile implements QuarkusTestProfile {

    static final String DATABASE = "ledger_round_trip_" + Long.toString(
            ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);

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
