package duban.tasks.task.domain;

import duban.events.task.Allocation;
import java.util.ArrayList;
import java.util.List;

/** Walks an allocation tree (目标分解), where a share may be broken down further. */
final class Allocations {

    private Allocations() {
    }

    /** Every node of the trees, parents before their children. */
    static List<Allocation> flatten(List<Allocation> roots) {
        List<Allocation> nodes = new ArrayList<>();
        if (roots != null) {
            for (Allocation root : roots) {
                nodes.add(root);
                nodes.addAll(flatten(root.children()));
            }
        }
        return nodes;
    }
}
