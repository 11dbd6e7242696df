package duban.tasks.plan.query;

import duban.tasks.eventstore.StoredEvents;
import duban.tasks.lookup.PlanHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Answers questions about plans: one plan from its stored events, the list from the plan headers. */
@ApplicationScoped
public class PlanQueries {

    @Inject
    StoredEvents events;

    @Inject
    PlanHeaders headers;

    /** The plan as the events recorded up to {@code asOf} (inclusive) tell it; null means now. */
    public Optional<PlanView> findAsOf(String planId, Instant asOf) {
        return events.replay(planId, asOf, new PlanFold()).map(PlanFold::view);
    }

    public Optional<PlanView> find(String planId) {
        return findAsOf(planId, null);
    }

    /** Every registered plan, the most recently issued first. */
    public List<PlanSummary> list() {
        return headers.list().stream()
                .map(h -> new PlanSummary(h.planId(), h.title(), h.docNumber(), h.issuer(), h.issuedOn(),
                        h.registeredAt()))
                .toList();
    }
}
