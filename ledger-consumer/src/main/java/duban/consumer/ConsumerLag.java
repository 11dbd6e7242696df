package duban.consumer;

import duban.events.Topics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * How far the consumer is behind the ledger topic, measured every {@code duban.consumer.lag-interval} (5 s) per
 * partition: the topic's end offset minus the later of the last applied record's offset + 1 and the group's committed
 * offset (the group may be ahead of this replica when another one applies); and how many events were applied per
 * second since the last measure. Measured on a thread of its own: the admin calls block.
 */
@ApplicationScoped
public class ConsumerLag {

    private static final Logger LOG = Logger.getLogger(ConsumerLag.class);
    private static final long TIMEOUT_SECONDS = 5;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "mp.messaging.incoming.ledger-events.group.id")
    String group;

    @ConfigProperty(name = "mp.messaging.incoming.ledger-events.topic", defaultValue = Topics.LEDGER_EVENTS)
    String topic;

    @ConfigProperty(name = "duban.consumer.lag-interval", defaultValue = "5s")
    Duration interval;

    @Inject
    LedgerConsumption consumption;

    @Inject
    Event<LagMeasured> measured;

    private ScheduledExecutorService executor;
    private Admin admin;
    private volatile LagMeasured last;
    private volatile String failure;
    private long appliedBefore;
    private long measuredBefore;

    void start(@Observes StartupEvent startup) {
        admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS),
                AdminClientConfig.CLIENT_ID_CONFIG, group + "-lag"));
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ledger-lag");
            thread.setDaemon(true);
            return thread;
        });
        appliedBefore = consumption.applied();
        measuredBefore = System.nanoTime();
        executor.scheduleWithFixedDelay(this::measure, 0, Math.max(100, interval.toMillis()), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (executor != null) {
            executor.shutdownNow();
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }

    private void measure() {
        try {
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).get(topic).partitions().stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(partitions.stream()
                            .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest())))
                    .all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Map<Integer, Long> applied = consumption.lastOffsets();
            Map<Integer, Long> lag = new TreeMap<>();
            for (TopicPartition partition : partitions) {
                long end = ends.get(partition).offset();
                long next = applied.containsKey(partition.partition()) ? applied.get(partition.partition()) + 1 : 0;
                OffsetAndMetadata groupAt = committed.get(partition);
                long read = Math.max(next, groupAt == null ? 0 : groupAt.offset());
                lag.put(partition.partition(), Math.max(0, end - read));
            }
            long appliedNow = consumption.applied();
            long now = System.nanoTime();
            double seconds = (now - measuredBefore) / 1e9;
            double rate = seconds <= 0 ? 0 : (appliedNow - appliedBefore) / seconds;
            appliedBefore = appliedNow;
            measuredBefore = now;
            last = new LagMeasured(Map.copyOf(lag), rate, Instant.now());
            failure = null;
            measured.fire(last);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (failure == null) {
                LOG.warnf("measuring the lag on %s failed: %s", topic, e.toString());
            }
            failure = e.toString();
        }
    }

    /** The last measure, if one succeeded. */
    public Optional<LagMeasured> last() {
        return Optional.ofNullable(last);
    }

    /** Why the last measure failed, if it did. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }
}
