package duban.tasks.imports.directory;

import java.util.List;
import java.util.Map;

/**
 * An issuing city with a data file: its name (新乡市), the 文号 prefixes of its offices (新政), the full names of
 * the short names its notices write, and whether its units keep ids derived from the names as written.
 */
public record City(String name, List<String> docPrefixes, Map<String, String> fullNames, boolean idsAsWritten) {

    public City {
        docPrefixes = List.copyOf(docPrefixes);
        fullNames = Map.copyOf(fullNames);
    }

    /** The name without 市 (新乡): what full names such as 新乡高新技术产业开发区 start with. */
    public String shortName() {
        return name.endsWith("市") ? name.substring(0, name.length() - 1) : name;
    }

    /** Whether a unit's registered name marks it as this city's (新乡市财政局, 新乡高新技术产业开发区, 中共新乡市委组织部). */
    public boolean owns(String unitName) {
        return unitName.startsWith(shortName()) || unitName.contains(name);
    }
}
