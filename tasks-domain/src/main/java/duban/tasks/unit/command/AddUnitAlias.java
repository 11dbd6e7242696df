package duban.tasks.unit.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Make a unit known by one more name (简称), e.g. as a notice words it.
 *
 * @param expectedVersion the unit version the client saw (If-Match); null skips the check
 */
public record AddUnitAlias(
        @TargetAggregateIdentifier String unitId,
        @TargetAggregateVersion Long expectedVersion,
        String alias) {
}
