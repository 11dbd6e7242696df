package duban.events.unit;

import duban.events.EventType;
import java.util.List;

/** A unit (单位) joined the directory under its full name, with the short names it is also known by. */
@EventType("duban.unit.registered.v1")
public record UnitRegistered(String unitId, String name, UnitCategory category, List<String> aliases)
        implements UnitEvent {

    @Override
    public String aggregateId() {
        return unitId;
    }
}
