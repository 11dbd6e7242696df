package duban.tasks.task.port;

import duban.tasks.task.domain.Task;
import java.util.List;
import java.util.Optional;

/**
 * The members of a unit group (单位组, e.g. 各县(市)、区) as the unit directory defines them now. The Task
 * aggregate holds only group ids in its allocations; the app provides this (from the UnitGroup
 * aggregates or their read model) and registers it as an Axon component, which Axon passes to the
 * command handlers that take it as a parameter.
 *
 * <p>Contract: {@code membersOf} returns the member unit ids of a defined group (never empty, since a
 * group has at least one member) and an empty Optional for an id that is not a defined group. It must
 * be side-effect free and fast: it runs inside the command's unit of work.
 */
public interface GroupMembers {

    Optional<List<String>> membersOf(String groupId);
}
