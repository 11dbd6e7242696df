package duban.consumer;

import duban.events.LedgerEvent;
import duban.events.envelope.CloudEvent;
import duban.events.envelope.CloudEventCodec;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
