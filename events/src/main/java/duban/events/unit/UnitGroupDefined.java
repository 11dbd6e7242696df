package duban.events.unit;

import duban.events.EventType;
import java.util.List;

/** A phrase such as 各县(市)、区 was defined as standing for these units. */
@EventType("duban.unit.group-defined.v1")
public record UnitGroupDefined(String groupId, String phrase, List<String> memberUnitIds) implements UnitEvent {

    @Override
    public String aggregateId() {
        return groupId;
    }
}
