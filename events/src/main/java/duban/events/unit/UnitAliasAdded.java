package duban.events.unit;

import duban.events.EventType;

/** A unit became known by one more name. */
@EventType("duban.unit.alias-added.v1")
public record UnitAliasAdded(String unitId, String alias) implements UnitEvent {

    @Override
    public String aggregateId() {
        return unitId;
    }
}
