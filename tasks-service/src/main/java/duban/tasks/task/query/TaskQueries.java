package duban.tasks.task.query;

import duban.tasks.eventstore.StoredEvents;
import duban.tasks.plan.query.PlanQueries;
import duban.tasks.plan.query.ReportReview;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/** Answers questions about one task from its stored events, now or as of any past instant. */
@ApplicationScoped
public class TaskQueries {

    @Inject
    StoredEvents events;

    @Inject
    PlanQueries plans;

    public Optional<TaskView> find(String taskId) {
        return findAsOf(taskId, null);
    }

    /** The task as the events recorded up to {@code asOf} (inclusive) tell it; null means now. */
    public Optional<TaskView> findAsOf(String taskId, Instant asOf) {
        TaskStateFold fold = new TaskStateFold();
        events.ofAggregate(taskId, asOf)
                .forEach(event -> fold.apply(event.payload(), event.sequence(), event.recordedAt(), event.actor()));
        return fold.exists() ? Optional.of(fold.view(reviewRequired(fold.planId(), asOf))) : Optional.empty();
    }

    /** Whether the plan reviewed its reports as of {@code asOf}: the rule a report's pending review is shown by. */
    private boolean reviewRequired(String planId, Instant asOf) {
        return planId != null && plans.findAsOf(planId, asOf)
                .map(plan -> plan.reportReview() == ReportReview.REQUIRED).orElse(false);
    }
}
