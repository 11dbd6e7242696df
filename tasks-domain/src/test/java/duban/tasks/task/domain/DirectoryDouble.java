package duban.tasks.task.domain;

import duban.tasks.task.port.GroupMembers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link GroupMembers} by its contract over groups defined in the test. */
final class DirectoryDouble implements GroupMembers {

    private final Map<String, List<String>> groups = new HashMap<>();

    DirectoryDouble define(String groupId, String... memberUnitIds) {
        groups.put(groupId, List.of(memberUnitIds));
        return this;
    }

    @Override
    public Optional<List<String>> membersOf(String groupId) {
        return Optional.ofNullable(groups.get(groupId));
    }
}
