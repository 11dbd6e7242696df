package duban.view.store;

import duban.consumer.Applied;
import duban.consumer.LedgerEventHandler;
import duban.events.LedgerEvent;
import duban.events.envelope.CloudEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/** Keeps every new event of a poll in {@code ledger_event}, in the consumer's transaction, set-based. */
@ApplicationScoped
public class LedgerEventRecorder implements LedgerEventHandler {

    @Inject
    LedgerEventLog log;

    @Override
    public Uni<Void> applyAll(Mutiny.Session session, List<Applied> events) {
        return log.append(session, events);
    }

    @Override
    public Uni<Void> apply(Mutiny.Session session, LedgerEvent event, CloudEvent envelope) {
        return log.append(session, List.of(new Applied(event, envelope)));
    }

    @Override
    public int order() {
        return 10;
    }
}
