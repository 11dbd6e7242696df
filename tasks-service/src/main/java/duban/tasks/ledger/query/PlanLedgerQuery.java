package duban.tasks.ledger.query;

import duban.tasks.eventstore.StoredEvents;
import duban.tasks.lookup.DirectoryTables;
import duban.workbook.Ledger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/** A plan's 工作台账 from the event store: three queries (the plan's events, unit names, group names). */
@ApplicationScoped
public class PlanLedgerQuery {

    @Inject
    StoredEvents events;

    @Inject
    DirectoryTables directory;

    /**
     * @param asOf the instant the ledger should show; null means now
     * @return empty when no such plan was registered by then
     */
    public Optional<Ledger> ledger(String planId, Instant asOf) {
        PlanFold fold = new PlanFold();
        events.ofPlan(planId, asOf).forEach(fold::apply);
        if (!fold.planExists()) {
            return Optional.empty();
        }
        return Optional.of(LedgerAssembler.assemble(fold, DirectoryNames.read(directory)));
    }
}
