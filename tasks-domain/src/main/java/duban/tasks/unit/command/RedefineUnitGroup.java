package duban.tasks.unit.command;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Replace a unit group's phrase and members, e.g. when a district is created or a zone merged.
 *
 * @param expectedVersion the group version the client saw (If-Match); null skips the check
 */
public record RedefineUnitGroup(
        @TargetAggregateIdentifier String groupId,
        @TargetAggregateVersion Long expectedVersion,
        String phrase,
        List<String> memberUnitIds) {
}
