package duban.tasks.infrastructure.axon;

import duban.tasks.infrastructure.batch.BatchRun;
import duban.tasks.infrastructure.batch.SharedStatements;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.eventhandling.EventMessage;

/**
 * The events a batch of writes appends, held until the batch's last write ran and then appended in one JDBC batch
 * (one round trip) instead of one append a write. Held events are the batch's alone until then: a read of the event
 * store in its transaction (an aggregate loaded, a snapshot read) appends them first, so it reads what the writes
 * before it stored, as without holding. An append that fails (a sequence number another replica took, a broken
 * chain) is told to the run: the batch runs again with every write appending its own, and so finds whose it was.
 */
@Singleton
public class BatchedAppends implements SharedStatements {

    private static final String RESOURCE = BatchedAppends.class.getName();

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    MeterRegistry meters;

    private DistributionSummary appended;

    @PostConstruct
    void meters() {
        appended = DistributionSummary.builder("duban.writes.batch.events-appended")
                .description("Events of a batch of writes appended in one round trip, at its end or before a read "
                        + "of the store").register(meters);
    }

    /** What the batch in a transaction holds, and where to append it. */
    private static final class Held {
        private final BatchRun run;
        private final List<EventMessage<?>> events = new ArrayList<>();
        private Consumer<List<? extends EventMessage<?>>> append;

        Held(BatchRun run) {
            this.run = run;
        }
    }

    @Override
    public void open(BatchRun run) {
        transactions.putResource(RESOURCE, new Held(run));
    }

    @Override
    public void close(BatchRun run) {
        appendHeld();
    }

    /**
     * Holds {@code events} for the batch of the running transaction, to be appended with {@code append}; false when
     * no batch holds appends in this transaction (then the caller appends them itself).
     */
    boolean hold(List<? extends EventMessage<?>> events, Consumer<List<? extends EventMessage<?>>> append) {
        Held held = held();
        if (held == null) {
            return false;
        }
        held.events.addAll(events);
        held.append = append;
        return true;
    }

    /** Appends what the batch of the running transaction holds, before its store is read. */
    void appendHeld() {
        Held held = held();
        if (held == null || held.events.isEmpty()) {
            return;
        }
        List<EventMessage<?>> events = List.copyOf(held.events);
        held.events.clear();
        try {
            held.append.accept(events);
            appended.record(events.size());
        } catch (RuntimeException e) {
            held.run.failed(e);
            throw e;
        }
    }

    private Held held() {
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            return null;
        }
        return (Held) transactions.getResource(RESOURCE);
    }
}
