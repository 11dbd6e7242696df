package duban.tasks.plan.query;

import duban.events.task.TaskCreated;
import duban.events.task.TaskRevised;
import duban.events.task.UnitsReassigned;
import duban.rules.plan.TaskCodeOrder;
import duban.rules.status.TaskStatus;
import duban.tasks.eventstore.StoredEvent;
import duban.tasks.eventstore.StoredEvents;
import duban.tasks.lookup.DirectoryTables;
import duban.tasks.unit.query.UnitRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A plan's task tree, now or as of an instant, in two queries: the events that shape the tree (creation, wording,
 * units, status) of every task of the plan, and the names of the units they name.
 */
@ApplicationScoped
public class TaskTreeQuery {

    /** Only these events change what a node shows; reports, milestones and targets are never read. */
    private static final List<Class<?>> TREE_EVENTS = Stream.concat(
                    Stream.<Class<?>>of(TaskCreated.class, TaskRevised.class, UnitsReassigned.class),
                    TaskStatus.EVENTS.stream())
            .toList();

    @Inject
    StoredEvents events;

    @Inject
    DirectoryTables directory;

    /** The roots (areas) of the plan's tree as the events recorded up to {@code asOf} tell it; null means now. */
    public List<TaskNode> tree(String planId, Instant asOf) {
        Map<String, NodeFold> tasks = new LinkedHashMap<>();
        for (StoredEvent event : events.ofPlanTasks(planId, asOf, TREE_EVENTS)) {
            tasks.computeIfAbsent(event.aggregateId(), id -> new NodeFold()).apply(event.payload());
        }
        tasks.values().removeIf(task -> !task.exists());
        return assemble(tasks, directory.namesOf(unitIds(tasks.values())));
    }

    private static Set<String> unitIds(Collection<NodeFold> tasks) {
        Set<String> ids = new LinkedHashSet<>();
        tasks.forEach(task -> {
            ids.addAll(task.leadUnitIds);
            ids.addAll(task.coUnitIds);
        });
        return ids;
    }

    /** A task whose parent is not in the plan (as of the instant) is shown as a root rather than lost. */
    private static List<TaskNode> assemble(Map<String, NodeFold> tasks, Map<String, String> names) {
        Map<String, List<NodeFold>> childrenOf = new HashMap<>();
        List<NodeFold> roots = new ArrayList<>();
        for (NodeFold task : tasks.values()) {
            String parent = task.created.parentId();
            if (parent != null && tasks.containsKey(parent) && !parent.equals(task.created.taskId())) {
                childrenOf.computeIfAbsent(parent, id -> new ArrayList<>()).add(task);
            } else {
                roots.add(task);
            }
        }
        return nodes(roots, childrenOf, names);
    }

    private static List<TaskNode> nodes(List<NodeFold> tasks, Map<String, List<NodeFold>> childrenOf,
                                        Map<String, String> names) {
        return tasks.stream()
                .sorted((a, b) -> TaskCodeOrder.INSTANCE.compare(a.created.code(), b.created.code()))
                .map(task -> new TaskNode(task.created.taskId(), task.created.code(), task.title, task.status.name(),
                        named(task.leadUnitIds, names), named(task.coUnitIds, names),
                        nodes(childrenOf.getOrDefault(task.created.taskId(), List.of()), childrenOf, names)))
                .toList();
    }

    private static List<UnitRef> named(List<String> ids, Map<String, String> names) {
        return ids.stream().map(id -> new UnitRef(id, names.get(id))).toList();
    }

    /** What one task's tree-shaping events say. */
    private static final class NodeFold {
        private TaskCreated created;
        private String title;
        private TaskStatus status = TaskStatus.initial();
        private List<String> leadUnitIds = List.of();
        private List<String> coUnitIds = List.of();

        void apply(Object event) {
            status = status.after(event);
            if (event instanceof TaskCreated e) {
                created = e;
                title = e.title();
                leadUnitIds = orEmpty(e.leadUnitIds());
                coUnitIds = orEmpty(e.coUnitIds());
            } else if (event instanceof TaskRevised e && e.title() != null) {
                title = e.title();
            } else if (event instanceof UnitsReassigned e) {
                leadUnitIds = orEmpty(e.leadUnitIds());
                coUnitIds = orEmpty(e.coUnitIds());
            }
        }

        boolean exists() {
            return created != null;
        }

        private static List<String> orEmpty(List<String> ids) {
            return ids == null ? List.of() : ids;
        }
    }
}
