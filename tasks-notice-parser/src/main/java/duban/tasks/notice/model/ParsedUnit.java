package duban.tasks.notice.model;

import duban.events.unit.UnitCategory;
import java.util.List;

/**
 * A unit (单位) the notice refers to.
 *
 * @param name     canonical name: the directory's when known, else as the notice writes it
 * @param category known, or inferred from the name (…局 → 市直部门, …县 → 县(市), …)
 * @param known    true when the directory knew it; false when the import would register it
 * @param aliases  other spellings in this notice that resolved to it (风泉区 for 凤泉区)
 * @param line     the line of its first mention
 */
public record ParsedUnit(String name, UnitCategory category, boolean known, List<String> aliases, int line) {

    public ParsedUnit {
        aliases = List.copyOf(aliases);
    }
}
