package duban.load;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far the ledger topic's consumers (reporting-service, notification-service, any other group) are behind
 * its end. The services accept a report when it is stored; the read models follow through Kafka. A run whose
 * consumers fall behind has measured work that was accepted but not yet done, so the generator waits for
 * them to catch up with the setup before measuring and tells how far behind they were at the end.
 */
final class ConsumerLag implements AutoCloseable {

    private final Admin admin;
    private final String topic;

    ConsumerLag(String bootstrapServers, String topic) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000);
        this.admin = Admin.create(config);
        this.topic = topic;
    }

    /** Records not yet committed as consumed, per consumer group that reads the topic. */
    Map<String, Long> behind() throws ExecutionException, InterruptedException {
        List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                .partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(
                partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get();
        Map<String, Long> behind = new TreeMap<>();
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get();
            if (committed.keySet().stream().noneMatch(p -> p.topic().equals(topic))) {
                continue;
            }
            long lag = 0;
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata offset = committed.get(partition);
                lag += ends.get(partition).offset() - (offset == null ? 0 : offset.offset());
            }
            behind.put(group.groupId(), lag);
        }
        return behind;
    }

    /**
     * Waits until no group is behind, telling {@code progress} every few seconds; the time it took, or null
     * when {@code limit} passed first.
     */
    Duration awaitCaughtUp(Duration limit, Consumer<Map<String, Long>> progress)
            throws ExecutionException, InterruptedException {
        long began = System.nanoTime();
        long lastTold = began;
        while (true) {
            Map<String, Long> behind = behind();
            long now = System.nanoTime();
            if (behind.values().stream().allMatch(lag -> lag <= 0)) {
                return Duration.ofNanos(now - began);
            }
            if (now - began > limit.toNanos()) {
                return null;
            }
            if (now - lastTold > Duration.ofSeconds(10).toNanos()) {
                progress.accept(behind);
                lastTold = now;
            }
            Thread.sleep(500);
        }
    }

    /** "reporting-service 1,234, notification-service 0". */
    static String describe(Map<String, Long> behind) {
        if (behind.isEmpty()) {
            return "no consumer group reads the topic";
        }
        return behind.entrySet().stream()
                .map(e -> String.format(java.util.Locale.ROOT, "%s %,d", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
