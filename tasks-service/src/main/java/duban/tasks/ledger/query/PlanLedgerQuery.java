package duban.tasks.ledger.query;

import duban.workbook.Ledger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/** A plan's 工作台账 from the event store: three queries (the plan's events, unit names, group names). */
@ApplicationScoped
public class PlanLedgerQuery {

    @Inject
    PlanEventRows events;

    @Inject
    UnitNameTable names;

    /**
     * @param asOf the instant the ledger should show; null means now
     * @return empty when no such plan was registered by then
     */
    public Optional<Ledger> ledger(String planId, Instant asOf) {
        PlanFold fold = new PlanFold(asOf);
        events.read(planId).forEach(fold::apply);
        if (!fold.planExists()) {
            return Optional.empty();
        }
        return Optional.of(LedgerAssembler.assemble(fold, names.read()));
    }
}
