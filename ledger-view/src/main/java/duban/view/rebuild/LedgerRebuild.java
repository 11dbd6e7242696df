package duban.view.rebuild;

import duban.consumer.ExactlyOnceApplier;
import duban.consumer.LedgerConsumption;
import duban.events.Topics;
import duban.events.envelope.CloudEvent;
import duban.events.envelope.CloudEventCodec;
import duban.view.store.LedgerEventLog;
import duban.view.store.LedgerFollower;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

/**
 * Rebuilds {@code ledger_event} and {@code processed_event} from the ledger topic while the service keeps serving:
 * a consumer of no group reads the topic from its beginning into shadow tables, with the live path's own statements,
 * chasing the topic's moving end until it is within one poll of it; then one transaction switches the tables (see
 * {@link ShadowTables#switchOver}) and the follower, seeing another table, loads a fresh memory and swaps it in.
 * A PostgreSQL advisory lock, held by the rebuild's connection, keeps it to one rebuild per database.
 */
@ApplicationScoped
public class LedgerRebuild {

    private static final Logger LOG = Logger.getLogger(LedgerRebuild.class);
    /** The advisory lock of rebuilds: any fixed number no other part of the service locks. */
    public static final long LOCK = 0x6475_6261_6e5f_7276L;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);
    private static final Duration POLL = Duration.ofMillis(500);

    @Inject
    Mutiny.SessionFactory sessions;

    @Inject
    Vertx vertx;

    @Inject
    ExactlyOnceApplier applier;

    @Inject
    LedgerEventLog log;

    @Inject
    LedgerFollower follower;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "mp.messaging.incoming.ledger-events.topic", defaultValue = Topics.LEDGER_EVENTS)
    String topic;

    @ConfigProperty(name = "duban.rebuild.poll-records", defaultValue = "5000")
    int pollRecords;

    @ConfigProperty(name = "duban.rebuild.reload-timeout", defaultValue = "120s")
    Duration reloadTimeout;

    private final AtomicBoolean running = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ledger-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final CloudEventCodec codec = new CloudEventCodec();
    private volatile RebuildStatus status = RebuildStatus.idle();
    private volatile boolean stopping;

    /** Where the last rebuild of this instance stands (idle when it made none). */
    public RebuildStatus status() {
        return status;
    }

    /**
     * Starts a rebuild and answers its status, or nothing when one is running already, here or on another instance
     * of this database. Blocks for the lock only.
     */
    public Optional<RebuildStatus> start() {
        if (!running.compareAndSet(false, true)) {
            return Optional.empty();
        }
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        Mutiny.Session session = null;
        try {
            session = on(context, () -> sessions.openSession());
            Mutiny.Session locked = session;
            Boolean mine = on(context, () -> locked.createNativeQuery("select pg_try_advisory_lock(?1)", Boolean.class)
                    .setParameter(1, LOCK).getSingleResult());
            if (!Boolean.TRUE.equals(mine)) {
                close(context, session);
                running.set(false);
                return Optional.empty();
            }
        } catch (RuntimeException e) {
            if (session != null) {
                close(context, session);
            }
            running.set(false);
            throw e;
        }
        Instant started = Instant.now();
        status = new RebuildStatus(RebuildStatus.RUNNING, started, null, 0, 0, 0, null, Map.of(), Map.of(), null,
                List.of(), null);
        Mutiny.Session held = session;
        worker.submit(() -> run(context, held, started));
        return Optional.of(status);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
        worker.shutdown();
    }

    private void run(Context context, Mutiny.Session session, Instant started) {
        Progress progress = new Progress(started);
        try {
            on(context, () -> session.withTransaction(tx -> ShadowTables.create(session)));
            LOG.infof("rebuilding the ledger view from %s", topic);
            readTopic(context, session, progress);
            status = progress.status(RebuildStatus.SWITCHING, null, Map.of(), null, List.of(), null);
            long switchStarted = System.nanoTime();
            Map<String, Long> copied = on(context, () -> session.withTransaction(tx -> ShadowTables.switchOver(session)));
            long switchMillis = (System.nanoTime() - switchStarted) / 1_000_000;
            LOG.infof("ledger view rebuilt: %d records read, switched in %d ms, rows copied %s; waiting for the "
                    + "fresh memory", progress.done, switchMillis, copied);
            awaitFreshMemory(context, session);
            status = progress.status(RebuildStatus.DONE, Instant.now(), copied, switchMillis,
                    ShadowTables.previousNames(), null);
            LOG.infof("ledger view rebuild done in %d s", Duration.between(started, Instant.now()).toSeconds());
        } catch (Exception e) {
            LOG.errorf(e, "rebuilding the ledger view failed");
            status = progress.status(RebuildStatus.FAILED, Instant.now(), Map.of(), null, List.of(), e.toString());
        } finally {
            try {
                on(context, () -> session.createNativeQuery("select pg_advisory_unlock(?1)", Boolean.class)
                        .setParameter(1, LOCK).getSingleResult());
            } catch (RuntimeException e) {
                LOG.warnf("releasing the rebuild lock failed (it goes with the connection): %s", e.toString());
            }
            close(context, session);
            running.set(false);
        }
    }

    private void readTopic(Context context, Mutiny.Session session, Progress progress) {
        String markers = ShadowTables.TABLES.get(0).shadow();
        String events = ShadowTables.TABLES.get(1).shadow();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, pollRecords,
                ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 1,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024,
                ConsumerConfig.CLIENT_ID_CONFIG, "ledger-rebuild"), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant nextLog = Instant.now().plus(PROGRESS_EVERY);
            // One poll's records are written while the next poll is fetched and decoded: the database and the
            // broker wait on each other no longer. Writes stay one at a time and in order (one session).
            CompletableFuture<ExactlyOnceApplier.Fresh> writing = CompletableFuture.completedFuture(null);
            while (!stopping) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
                List<CloudEvent> envelopes = decode(records, progress);
                written(writing, progress);
                writing = envelopes.isEmpty() ? CompletableFuture.completedFuture(null)
                        : start(context, () -> session.withTransaction(tx ->
                                applier.markNew(session, markers, envelopes)
                                        .call(batch -> log.append(session, events, batch.events()))));
                progress.done += records.count();
                Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
                progress.total = ends.values().stream().mapToLong(Long::longValue).sum();
                status = progress.status(RebuildStatus.RUNNING, null, Map.of(), null, List.of(), null);
                if (Instant.now().isAfter(nextLog)) {
                    RebuildStatus now = status;
                    LOG.infof("rebuilding the ledger view: %d of %d records, %.0f/s, about %s s to go",
                            now.eventsDone(), now.eventsTotal(), now.eventsPerSecond(), now.etaSeconds());
                    nextLog = Instant.now().plus(PROGRESS_EVERY);
                }
                boolean caughtUp = true;
                for (TopicPartition partition : partitions) {
                    caughtUp &= consumer.position(partition) >= ends.get(partition);
                }
                if (caughtUp) {
                    written(writing, progress);
                    return;
                }
            }
            writing.exceptionally(failure -> null).join();
            throw new IllegalStateException("the service is stopping");
        }
    }

    private List<CloudEvent> decode(ConsumerRecords<String, byte[]> records, Progress progress) {
        Map<String, CloudEvent> envelopes = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                CloudEvent envelope = codec.read(record.value());
                envelopes.putIfAbsent(envelope.id(), envelope);
            } catch (RuntimeException e) {
                progress.skipped(LedgerConsumption.UNDECODABLE, 1);
            }
        }
        return new ArrayList<>(envelopes.values());
    }

    /** The follower loads the switched table into a fresh memory and swaps it in; waits until it has. */
    private void awaitFreshMemory(Context context, Mutiny.Session session) throws InterruptedException {
        long table = on(context, () -> log.tableIdentity(session));
        Instant until = Instant.now().plus(reloadTimeout);
        follower.readNow();
        while (follower.tableIdentity() != table) {
            if (Instant.now().isAfter(until)) {
                throw new IllegalStateException("the follower did not load the rebuilt table in " + reloadTimeout);
            }
            Thread.sleep(50);
            follower.readNow();
        }
    }

    /** Waits for a poll's write and counts what it skipped; a failed write fails the rebuild. */
    private static void written(CompletableFuture<ExactlyOnceApplier.Fresh> writing, Progress progress) {
        ExactlyOnceApplier.Fresh fresh = joined(writing);
        if (fresh != null) {
            progress.skipped(LedgerConsumption.UNKNOWN_TYPE, fresh.unknownTypes());
        }
    }

    /** Runs reactive work on the rebuild's own context and waits for it: the rebuild runs on a thread of its own. */
    private static <T> T on(Context context, Supplier<Uni<T>> work) {
        return joined(start(context, work));
    }

    /** Starts reactive work on the rebuild's own context without waiting for it. */
    private static <T> CompletableFuture<T> start(Context context, Supplier<Uni<T>> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        context.runOnContext(nothing -> {
            try {
                work.get().subscribe().with(result::complete, result::completeExceptionally);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    private static <T> T joined(CompletableFuture<T> result) {
        try {
            return result.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    private static void close(Context context, Mutiny.Session session) {
        try {
            on(context, session::close);
        } catch (RuntimeException e) {
            LOG.debugf("closing the rebuild's session: %s", e.toString());
        }
    }

    /** What the rebuild has done so far; written by its thread only. */
    private static final class Progress {

        private final Instant started;
        private final Map<String, Long> skipped = new TreeMap<>();
        long done;
        long total;

        Progress(Instant started) {
            this.started = started;
        }

        void skipped(String reason, long count) {
            if (count > 0) {
                skipped.merge(reason, count, Long::sum);
            }
        }

        RebuildStatus status(String state, Instant finished, Map<String, Long> copied, Long switchMillis,
                             List<String> previous, String error) {
            double seconds = Math.max(0.001, Duration.between(started, Instant.now()).toMillis() / 1000.0);
            double rate = done / seconds;
            Long eta = rate <= 0 ? null : Math.max(0, Math.round((total - done) / rate));
            return new RebuildStatus(state, started, finished, done, Math.max(total, done), rate, eta,
                    Map.copyOf(skipped), copied, switchMillis, previous, error);
        }
    }
}
