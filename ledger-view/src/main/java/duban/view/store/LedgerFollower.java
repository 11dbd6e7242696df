package duban.view.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import duban.consumer.PollApplied;
import duban.events.EventJson;
import duban.events.EventTypes;
import duban.events.LedgerEvent;
import duban.events.envelope.Actor;
import duban.events.task.TaskEvent;
import duban.view.history.CurrentMemory;
import duban.view.history.LedgerMemory;
import duban.view.history.Recorded;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

/**
 * Keeps the memory in step with {@code ledger_event}: reads the whole table at start, then the rows after the last
 * one it read whenever this service committed a poll, and every {@code duban.view.follow-interval} for the rows other
 * replicas committed. Row numbers are taken when a row is inserted, so a row of a transaction still running may show
 * up after higher ones: a gap in the numbers is looked for again until {@code duban.view.gap-timeout} (a rolled-back
 * insert leaves a gap for good).
 */
@ApplicationScoped
public class LedgerFollower {

    private static final Logger LOG = Logger.getLogger(LedgerFollower.class);
    private static final int PAGE = 5000;

    @Inject
    Mutiny.SessionFactory sessions;

    @Inject
    LedgerEventLog log;

    @Inject
    CurrentMemory memory;

    @Inject
    Vertx vertx;

    @Inject
    Event<ViewAdvanced> advanced;

    @ConfigProperty(name = "duban.view.follow-interval", defaultValue = "250ms")
    Duration interval;

    @ConfigProperty(name = "duban.view.gap-timeout", defaultValue = "30s")
    Duration gapTimeout;

    private final ObjectMapper json = EventJson.mapper();
    private final AtomicBoolean reading = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final Map<Long, Instant> gaps = new LinkedHashMap<>();
    private volatile long lastSeq;
    private volatile boolean loaded;
    private volatile Instant lastRecordedAt;
    private volatile long lastGlobalIndex = -1;
    // What one read took in, for the listeners of ViewAdvanced; reads never overlap (see readOn).
    private final Set<String> takenTasks = new HashSet<>();
    private boolean takenBeyondTasks;
    private volatile String failure;
    private volatile String unreadable;
    private long timer = -1;
    // The table read (its PostgreSQL oid): a rebuild puts another in its place, which is then read afresh.
    private volatile long tableOid;
    // The memory the current read applies rows to: the one in use, or a fresh one while a new table is loaded.
    private LedgerMemory target;
    private boolean swapped;

    void start(@Observes StartupEvent startup) {
        long started = System.nanoTime();
        readOn(() -> LOG.infof("ledger view loaded: %d events in %d ms", memory.get().appliedEvents(),
                (System.nanoTime() - started) / 1_000_000));
        timer = vertx.setPeriodic(Math.max(10, interval.toMillis()), id -> readOn(() -> { }));
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /**
     * This service committed a poll: read what it wrote now rather than at the next tick. Observed synchronously, as
     * the consumer fires it ({@code fire}, not {@code fireAsync}); reading on only starts a read and returns.
     */
    void pollApplied(@Observes PollApplied applied) {
        if (applied.newEvents() > 0) {
            readOn(() -> { });
        }
    }

    /** Reads on from the last row read, once at a time; a request meanwhile makes one more read afterwards. */
    private void readOn(Runnable whenCaughtUp) {
        if (!reading.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        long before = memory.get().appliedEvents();
        takenTasks.clear();
        takenBeyondTasks = false;
        swapped = false;
        SafeContext.run(vertx, () -> sessions.withSession(session -> readAll(session)))
                .subscribe().with(done -> {
                    loaded = true;
                    failure = null;
                    whenCaughtUp.run();
                    long taken = memory.get().appliedEvents() - before;
                    if (swapped) {
                        advanced.fireAsync(new ViewAdvanced((int) Math.max(0, taken), Set.of(), true));
                    } else if (taken > 0) {
                        advanced.fireAsync(new ViewAdvanced((int) taken, takenTasks, takenBeyondTasks));
                    }
                    finish();
                }, error -> {
                    failure = error.toString();
                    LOG.warnf("reading the ledger view failed, retrying at the next tick: %s", error.toString());
                    finish();
                });
    }

    private void finish() {
        reading.set(false);
        if (again.getAndSet(false)) {
            readOn(() -> { });
        }
    }

    private Uni<Void> readAll(Mutiny.Session session) {
        return log.tableIdentity(session).chain(oid -> {
            if (tableOid != 0 && oid != tableOid) {
                return readAfresh(session, oid);
            }
            tableOid = oid;
            target = memory.get();
            return retryGaps(session).chain(() -> readPage(session));
        });
    }

    /** Another table took the place of the one read (a rebuild): loads it into a fresh memory, then swaps that in. */
    private Uni<Void> readAfresh(Mutiny.Session session, long oid) {
        long started = System.nanoTime();
        LedgerMemory fresh = new LedgerMemory();
        target = fresh;
        lastSeq = 0;
        gaps.clear();
        lastRecordedAt = null;
        lastGlobalIndex = -1;
        unreadable = null;
        return readPage(session).invoke(() -> {
            memory.swap(fresh);
            tableOid = oid;
            swapped = true;
            LOG.infof("ledger view reloaded from a rebuilt table: %d events in %d ms", fresh.appliedEvents(),
                    (System.nanoTime() - started) / 1_000_000);
        });
    }

    /** Reads on now rather than at the next tick (after a rebuild switched the tables). */
    public void readNow() {
        readOn(() -> { });
    }

    /** The identity of the event table read last, 0 before the first read. */
    public long tableIdentity() {
        return tableOid;
    }

    private Uni<Void> readPage(Mutiny.Session session) {
        return log.after(session, lastSeq, PAGE).chain(rows -> {
            rows.forEach(this::keep);
            session.clear();
            return rows.size() == PAGE ? readPage(session) : Uni.createFrom().voidItem();
        });
    }

    private Uni<Void> retryGaps(Mutiny.Session session) {
        if (gaps.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Instant now = Instant.now();
        gaps.values().removeIf(since -> since.plus(gapTimeout).isBefore(now));
        if (gaps.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return log.bySeq(session, List.copyOf(gaps.keySet())).invoke(rows -> rows.forEach(row -> {
            gaps.remove(row.seq());
            apply(row);
        })).replaceWithVoid();
    }

    private void keep(StoredEvent row) {
        Instant now = Instant.now();
        for (long missing = lastSeq + 1; missing < row.seq() && lastSeq > 0; missing++) {
            gaps.put(missing, now);
        }
        lastSeq = Math.max(lastSeq, row.seq());
        apply(row);
    }

    private void apply(StoredEvent row) {
        Optional<Class<? extends LedgerEvent>> type = EventTypes.classOf(row.type());
        if (type.isEmpty()) {
            return;
        }
        try {
            LedgerEvent event = json.readValue(row.data(), type.get());
            Actor actor = row.actorUser() == null && row.actorRole() == null ? null
                    : new Actor(row.actorUser(), row.actorUnit(), row.actorRole());
            boolean applied = target.apply(new Recorded<>(event, row.eventId(), row.sequence(),
                    row.globalIndex() == null ? -1 : row.globalIndex(), row.recordedAt(),
                    row.occurredAt() == null ? row.recordedAt() : row.occurredAt(), actor));
            if (applied && event instanceof TaskEvent) {
                takenTasks.add(row.aggregateId());
            } else if (applied) {
                takenBeyondTasks = true;
            }
            if (lastRecordedAt == null || row.recordedAt().isAfter(lastRecordedAt)) {
                lastRecordedAt = row.recordedAt();
            }
            if (row.globalIndex() != null && row.globalIndex() > lastGlobalIndex) {
                lastGlobalIndex = row.globalIndex();
            }
        } catch (Exception e) {
            // A stored event this build cannot read is kept in the table and makes the service not ready: what it
            // shows would leave that event out.
            unreadable = "event " + row.eventId() + " of type " + row.type() + " cannot be read: " + e.getMessage();
            LOG.error(unreadable);
        }
    }

    /** Whether the whole table was read once since start. */
    public boolean loaded() {
        return loaded;
    }

    public long lastSeq() {
        return lastSeq;
    }

    /** When the ledger recorded the latest event read: how fresh what the service shows is. */
    public Optional<Instant> lastRecordedAt() {
        return Optional.ofNullable(lastRecordedAt);
    }

    public long lastGlobalIndex() {
        return lastGlobalIndex;
    }

    /** Why the last read of the table failed (the database away), if it did. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** A stored event this build could not read into the memory, if any. */
    public Optional<String> unreadable() {
        return Optional.ofNullable(unreadable);
    }

    /** Row numbers looked for again. */
    public int gaps() {
        return gaps.size();
    }
}
