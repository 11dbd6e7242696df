package duban.view.store;

import java.util.Set;

/**
 * The memory took in new events: what works from "now" (reminders, caches) may look again.
 *
 * @param events      how many events it took in
 * @param taskIds     the tasks those of them that were task events were about
 * @param beyondTasks whether some were about plans, units or groups, which may change any task of theirs
 */
public record ViewAdvanced(int events, Set<String> taskIds, boolean beyondTasks) {

    public ViewAdvanced {
        taskIds = Set.copyOf(taskIds);
    }
}
