package duban.tasks.unit.command;

import duban.events.unit.UnitCategory;
import java.util.List;

/**
 * Register a unit (单位) under its full name, e.g. 新乡市科学技术局, with the short names it is also known by
 * (市科技局). That no other unit has the name or an alias is checked by the app across the directory.
 */
public record RegisterUnit(String unitId, String name, UnitCategory category, List<String> aliases) {
}
