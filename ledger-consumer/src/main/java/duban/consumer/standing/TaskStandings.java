package duban.consumer.standing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import duban.consumer.LedgerEventHandler;
import duban.events.EventJson;
import duban.events.LedgerEvent;
import duban.events.envelope.CloudEvent;
import duban.events.task.Allocation;
import duban.events.task.TargetSet;
import duban.events.task.TaskCreated;
import duban.events.task.TaskEvent;
import duban.events.task.UnitsReassigned;
import duban.events.unit.UnitGroupDefined;
import duban.rules.duty.TaskUnits;
import duban.rules.status.TaskStatus;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Keeps the facts standings are decided from, and decides them by the ledger rules. Applied before every read model
 * of the service ({@link #order()}), so that a read model reacting to an event already sees the standings it made.
 */
@ApplicationScoped
public class TaskStandings implements LedgerEventHandler {

    private static final TypeReference<List<String>> IDS = new TypeReference<>() {
    };
    private static final TypeReference<List<Allocation>> ALLOCATIONS = new TypeReference<>() {
    };

    private final ObjectMapper json = EventJson.mapper();

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Uni<Void> apply(Mutiny.Session session, LedgerEvent event, CloudEvent envelope) {
        // Flushed at once: the read models applying the same event query these rows next.
        return keep(session, event).chain(session::flush);
    }

    private Uni<Void> keep(Mutiny.Session session, LedgerEvent event) {
        if (event instanceof TaskCreated created) {
            TaskFacts task = new TaskFacts();
            task.taskId = created.taskId();
            task.planId = created.planId();
            task.parentId = created.parentId();
            task.status = TaskStatus.initial().name();
            task.leaf = true;
            task.leadUnitIds = write(created.leadUnitIds());
            task.coUnitIds = write(created.coUnitIds());
            Uni<Void> parent = created.parentId() == null ? Uni.createFrom().voidItem()
                    : session.find(TaskFacts.class, created.parentId()).invoke(found -> {
                        if (found != null) {
                            found.leaf = false;
                        }
                    }).replaceWithVoid();
            return parent.chain(() -> session.merge(task)).replaceWithVoid();
        }
        if (event instanceof UnitGroupDefined group) {
            GroupMembers members = new GroupMembers();
            members.groupId = group.groupId();
            members.memberUnitIds = write(group.memberUnitIds());
            return session.merge(members).replaceWithVoid();
        }
        if (event instanceof TargetSet target) {
            TargetShares shares = new TargetShares();
            shares.id = TargetShares.idOf(target.taskId(), target.targetId());
            shares.taskId = target.taskId();
            shares.targetId = target.targetId();
            List<Allocation> allocations = target.allocations() == null ? List.of() : target.allocations();
            shares.allocations = write(allocations);
            shares.groupIds = write(List.copyOf(new TaskUnits(List.of(), List.of(), List.of(allocations))
                    .shareHoldingGroups()));
            return session.merge(shares).replaceWithVoid();
        }
        if (event instanceof TaskEvent taskEvent) {
            return session.find(TaskFacts.class, taskEvent.taskId()).invoke(task -> {
                if (task == null) {
                    return;
                }
                if (event instanceof UnitsReassigned reassigned) {
                    task.leadUnitIds = write(reassigned.leadUnitIds());
                    task.coUnitIds = write(reassigned.coUnitIds());
                }
                task.status = TaskStatus.valueOf(task.status).after(event).name();
            }).replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }

    /**
     * The tasks whose standings {@code event} may have changed: the task it concerns (and, for a new task, its
     * parent, which is no longer a leaf), or every task holding a share of a redefined group.
     */
    public Uni<List<String>> affectedBy(Mutiny.Session session, LedgerEvent event) {
        if (event instanceof TaskCreated created) {
            List<String> tasks = new ArrayList<>(List.of(created.taskId()));
            if (created.parentId() != null) {
                tasks.add(created.parentId());
            }
            return Uni.createFrom().item(tasks);
        }
        if (event instanceof TaskEvent taskEvent) {
            return Uni.createFrom().item(List.of(taskEvent.taskId()));
        }
        if (event instanceof UnitGroupDefined group) {
            return session.createSelectionQuery(
                            "select distinct t.taskId from TargetShares t where t.groupIds like :group", String.class)
                    .setParameter("group", "%" + write(group.groupId()) + "%")
                    .getResultList();
        }
        return Uni.createFrom().item(List.of());
    }

    /** The task's units and their standings now; empty when the task is unknown here. */
    public Uni<Optional<TaskStanding>> of(Mutiny.Session session, String taskId) {
        return session.find(TaskFacts.class, taskId).chain(task -> {
            if (task == null) {
                return Uni.createFrom().item(Optional.<TaskStanding>empty());
            }
            return session.createSelectionQuery("from TargetShares t where t.taskId = :task", TargetShares.class)
                    .setParameter("task", taskId)
                    .getResultList()
                    .chain(targets -> groupsOf(session, targets).map(groups -> Optional.of(standing(task, targets, groups))));
        });
    }

    private Uni<Map<String, List<String>>> groupsOf(Mutiny.Session session, List<TargetShares> targets) {
        Set<String> groupIds = new LinkedHashSet<>();
        targets.forEach(target -> groupIds.addAll(read(target.groupIds, IDS)));
        if (groupIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return session.createSelectionQuery("from GroupMembers g where g.groupId in :groups", GroupMembers.class)
                .setParameter("groups", groupIds)
                .getResultList()
                .map(rows -> {
                    Map<String, List<String>> members = new HashMap<>();
                    rows.forEach(row -> members.put(row.groupId, read(row.memberUnitIds, IDS)));
                    return members;
                });
    }

    private TaskStanding standing(TaskFacts task, List<TargetShares> targets, Map<String, List<String>> groups) {
        List<List<Allocation>> shares = targets.stream().map(target -> read(target.allocations, ALLOCATIONS)).toList();
        TaskUnits units = new TaskUnits(read(task.leadUnitIds, IDS), read(task.coUnitIds, IDS), shares);
        return new TaskStanding(task.taskId, task.planId, TaskStatus.valueOf(task.status), task.leaf,
                units.standings(groupId -> Optional.ofNullable(groups.get(groupId))));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value, e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text == null ? "[]" : text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read " + text, e);
        }
    }
}
