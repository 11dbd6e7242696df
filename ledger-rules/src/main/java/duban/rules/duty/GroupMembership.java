package duban.rules.duty;

import java.util.List;
import java.util.Optional;

/**
 * The members of a unit group (单位组) as the directory defines them. Implementations answer the member unit ids
 * of a defined group and an empty Optional for an id that is not a defined group; they must be side-effect free.
 */
@FunctionalInterface
public interface GroupMembership {

    Optional<List<String>> membersOf(String groupId);
}
