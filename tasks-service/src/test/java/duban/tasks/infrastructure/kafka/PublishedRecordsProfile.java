package duban.tasks.infrastructure.kafka;

import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** A store of its own, so that every event in it is one the test wrote and knows to look for on the topic. */
public class PublishedRecordsProfile implements QuarkusTestProfile {

    static final String DATABASE = "published_records_"
            + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);

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
