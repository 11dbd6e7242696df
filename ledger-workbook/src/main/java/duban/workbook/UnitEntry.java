package duban.workbook;

import java.util.List;

/**
 * A unit (单位) the sheets name.
 *
 * @param name     the name the sheets show
 * @param category its category as the directory words it (市直部门, 县(市), 区, 功能区, 高校, 院所, 其他)
 * @param aliases  short names and other spellings it is known by (市科技局, 风泉区)
 */
public record UnitEntry(String name, String category, List<String> aliases) {

    public UnitEntry {
        name = Text.orEmpty(name);
        category = Text.orEmpty(category);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        UnitNames.requireOneLine(List.of(name));
        UnitNames.requireOneLine(aliases);
    }
}
