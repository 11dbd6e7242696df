package duban.view.history;

import duban.events.unit.UnitCategory;
import java.util.List;

/** A unit (单位) of the directory as one of its events left it. */
public record UnitVersion(String unitId, String name, UnitCategory category, List<String> aliases) {

    public UnitVersion {
        aliases = List.copyOf(aliases);
    }
}
