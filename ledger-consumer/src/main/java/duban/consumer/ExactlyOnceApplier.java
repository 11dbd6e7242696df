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
import java.util.Optional;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

/**
 * Decodes a record of the ledger topic and applies it once: the handler's writes and the
 * {@link ProcessedEvent} marker commit together, and an event whose id is already marked is
 * skipped. A record that is not a CloudEvent, or of a type this build does not know, is logged and
 * skipped (marked, so it is not retried forever): consumers must survive a newer producer.
 */
@ApplicationScoped
public class ExactlyOnceApplier {

    private static final Logger LOG = Logger.getLogger(ExactlyOnceApplier.class);

    @Inject
    Mutiny.SessionFactory sessions;

    /** About ten minutes of retries before the failure reaches the connector (which stops the consumer). */
    private static final int RETRIES = 70;

    private final CloudEventCodec codec = new CloudEventCodec();

    /** Applies the record; the Uni's item says whether the event was new. */
    public Uni<Boolean> apply(byte[] record, LedgerEventHandler handler) {
        CloudEvent envelope;
        try {
            envelope = codec.read(record);
        } catch (IllegalArgumentException e) {
            LOG.errorf("skipping a record of the ledger topic that is not a CloudEvent: %s", e.getMessage());
            return Uni.createFrom().item(false);
        }
        Optional<LedgerEvent> event = codec.payload(envelope);
        return applyOnce(envelope, event, handler)
                // A read model must not skip an event: a failure (database away, a deadlock) is retried
                // in place, which also holds back the events after it and so keeps their order.
                .onFailure().invoke(e -> LOG.warnf("applying event %s failed, retrying: %s", envelope.id(), e.toString()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).atMost(RETRIES);
    }

    private Uni<Boolean> applyOnce(CloudEvent envelope, Optional<LedgerEvent> event, LedgerEventHandler handler) {
        return sessions.withTransaction(session -> session.find(ProcessedEvent.class, envelope.id())
                .flatMap(seen -> {
                    if (seen != null) {
                        return Uni.createFrom().item(false);
                    }
                    Uni<Void> applied = event.isPresent()
                            ? handler.apply(session, event.get(), envelope)
                            : Uni.createFrom().voidItem().invoke(() -> LOG.warnf(
                                    "skipping event %s of unknown type %s", envelope.id(), envelope.type()));
                    return applied
                            .chain(() -> session.persist(new ProcessedEvent(envelope.id(), envelope.type(),
                                    envelope.subject(), envelope.globalIndex(), OffsetDateTime.now(ZoneOffset.UTC))))
                            .replaceWith(true);
                }));
    }
}
