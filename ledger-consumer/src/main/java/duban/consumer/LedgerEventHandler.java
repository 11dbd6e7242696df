package duban.consumer;

import duban.events.LedgerEvent;
import duban.events.envelope.CloudEvent;
import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.Mutiny;

/** A read model's reaction to one decoded ledger event, inside the consumer's transaction. */
@FunctionalInterface
public interface LedgerEventHandler {

    Uni<Void> apply(Mutiny.Session session, LedgerEvent event, CloudEvent envelope);
}
