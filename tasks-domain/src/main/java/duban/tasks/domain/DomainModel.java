package duban.tasks.domain;

import duban.tasks.plan.domain.Plan;
import duban.tasks.task.domain.Task;
import duban.tasks.task.port.GroupMembers;
import duban.tasks.task.port.ReportReview;
import duban.tasks.task.port.ReportingPeriods;
import duban.tasks.unit.domain.Unit;
import duban.tasks.unit.domain.UnitGroup;
import duban.tasks.unit.port.UnitNameRegister;
import java.util.List;

/** What the app registers with Axon: every aggregate, and the ports their command handlers take. */
public final class DomainModel {

    private DomainModel() {
    }

    /** Every event-sourced aggregate class, for {@code Configurer.configureAggregate}. */
    public static List<Class<?>> aggregates() {
        return List.of(Plan.class, Unit.class, UnitGroup.class, Task.class);
    }

    /**
     * The interfaces the app implements and registers as Axon components
     * ({@code Configurer.registerComponent}); Axon passes them to the command handlers that declare
     * them as parameters.
     */
    public static List<Class<?>> ports() {
        return List.of(ReportingPeriods.class, GroupMembers.class, ReportReview.class, UnitNameRegister.class);
    }
}
