package duban.reporting.dashboard;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import duban.events.Topics;
import duban.events.task.TaskCreated;
import duban.testing.identity.As;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import duban.testing.ledger.LedgerTopicWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The ledger view reads on as soon as this service's consumer committed a poll, not at the follower's next tick: with
 * the tick an hour away, a new task still shows on its unit's dashboard at once.
 */
@QuarkusTest
@TestProfile(ReadOnCommitTest.TickAnHourAway.class)
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = {
        @ResourceArg(name = "topics", value = Topics.LEDGER_EVENTS), @ResourceArg(name = "partitions", value = "1")})
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class ReadOnCommitTest {

    /** The follower's own tick an hour away: only a committed poll can make it read. */
    public static final class TickAnHourAway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("duban.view.follow-interval", "1h");
        }
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aCommittedPollIsOnTheDashboardWithoutWaitingForTheTick() {
        String lead = "市科技局-" + UUID.randomUUID().toString().substring(0, 8);
        String taskId = UUID.randomUUID().toString();
        try (LedgerTopicWriter topic = new LedgerTopicWriter(bootstrap)) {
            topic.write(new TaskCreated(taskId, "xinxiang-2017-102", null, "一.(二).1.(3)", "培育科技型中小企业", "正文",
                    List.of(lead), List.of(), "2017年12月底前"));
        }
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                As.unit(lead).get("/api/v1/units/{unit}/dashboard", lead).then().statusCode(200)
                        .body("tasks", hasSize(1)).body("tasks[0].taskId", equalTo(taskId)));
    }
}
