package duban.consumer;

import duban.events.LedgerEvent;
import duban.events.envelope.CloudEvent;
import duban.events.envelope.CloudEventCodec;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

/**
 * Decodes records of the ledger topic and applies each once: the handler's writes and the
 * {@link ProcessedEvent} markers of one poll's records commit together, in topic order, and an event
 * whose id is already marked is skipped. A record that is not a CloudEvent, or of a type this build does
 * not know, is logged and skipped (marked, so it is not retried forever): consumers must survive a newer
 * producer. One transaction per poll rather than per record: under load the records come hundreds at a
 * time, and their commits were most of a consumer's work.
 */
@ApplicationScoped
public class ExactlyOnceApplier {

    private static final Logger LOG = Logger.getLogger(ExactlyOnceApplier.class);

    @Inject
    Mutiny.SessionFactory sessions;

    /** About ten minutes of retries before the failure reaches the connector (which stops the consumer). */
    private static final int RETRIES = 70;

    private final CloudEventCodec codec = new CloudEventCodec();

    /** Applies the records in their order, in one transaction; the Uni's item is how many events were new. */
    public Uni<Integer> applyAll(List<byte[]> records, LedgerEventHandler handler) {
        List<CloudEvent> envelopes = new ArrayList<>(records.size());
        for (byte[] record : records) {
            try {
                envelopes.add(codec.read(record));
            } catch (IllegalArgumentException e) {
                LOG.errorf("skipping a record of the ledger topic that is not a CloudEvent: %s", e.getMessage());
            }
        }
        if (envelopes.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        String first = envelopes.get(0).id();
        return sessions.withTransaction(session -> applyInOrder(session, envelopes, handler))
                // A read model must not skip an event: a failure (database away, a deadlock) is retried
                // in place, which also holds back the events after it and so keeps their order.
                .onFailure().invoke(e -> LOG.warnf("applying %d events from %s on failed, retrying: %s",
                        envelopes.size(), first, e.toString()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).atMost(RETRIES);
    }

    private Uni<Integer> applyInOrder(Mutiny.Session session, List<CloudEvent> envelopes, LedgerEventHandler handler) {
        int[] applied = {0};
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (CloudEvent envelope : envelopes) {
            // One session runs one statement at a time: the events take their turns. Each event's writes
            // are flushed and the session emptied before the next, so that every query's automatic flush
            // checks one event's entities, not the whole poll's.
            chain = chain.chain(() -> applyOnce(session, envelope, handler)
                    .invoke(isNew -> applied[0] += isNew ? 1 : 0)
                    .chain(session::flush)
                    .invoke(session::clear));
        }
        return chain.map(done -> applied[0]);
    }

    private Uni<Boolean> applyOnce(Mutiny.Session session, CloudEvent envelope, LedgerEventHandler handler) {
        return session.find(ProcessedEvent.class, envelope.id())
                .flatMap(seen -> {
                    if (seen != null) {
                        return Uni.createFrom().item(false);
                    }
                    Optional<LedgerEvent> event = codec.payload(envelope);
                    Uni<Void> applied = event.isPresent()
                            ? handler.apply(session, event.get(), envelope)
                            : Uni.createFrom().voidItem().invoke(() -> LOG.warnf(
                                    "skipping event %s of unknown type %s", envelope.id(), envelope.type()));
                    return applied
                            .chain(() -> session.persist(new ProcessedEvent(envelope.id(), envelope.type(),
                                    envelope.subject(), envelope.globalIndex(), OffsetDateTime.now(ZoneOffset.UTC))))
                            .replaceWith(true);
                });
    }
}
