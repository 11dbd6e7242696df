package duban.tasks.task.api;

import duban.events.task.Allocation;
import duban.tasks.lookup.GroupMembersTable;
import duban.tasks.task.query.TaskView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The units a task concerns, who may read it: its lead and co-responsible units, the units its milestones
 * bind, and every holder of a share of its targets (a group's members included), as the Task aggregate
 * counts them for reports.
 */
@ApplicationScoped
public class TaskAudience {

    @Inject
    GroupMembersTable groups;

    public boolean includes(TaskView task, String unitId) {
        return task.leadUnitIds().contains(unitId) || task.coUnitIds().contains(unitId)
                || task.milestones().stream().anyMatch(m -> m.responsibleUnitIds().contains(unitId))
                || task.targets().stream().anyMatch(t -> holds(t.allocations(), unitId));
    }

    private boolean holds(List<Allocation> allocations, String unitId) {
        for (Allocation share : allocations == null ? List.<Allocation>of() : allocations) {
            boolean member = share.groupId() != null
                    && groups.membersOf(share.groupId()).map(m -> m.contains(unitId)).orElse(false);
            if (unitId.equals(share.unitId()) || member || holds(share.children(), unitId)) {
                return true;
            }
        }
        return false;
    }
}
