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

    /**
     * Whether a unit's registered name marks it as this city's (新乡市财政局, 新乡高新技术产业开发区, 中共新乡市委组织部),
     * not a county's or district's named after the city (新乡县财政局 is 新乡县's).
     */
    public boolean owns(String unitName) {
        return startsWithThisCity(unitName) || unitName.contains(name);
    }

    /**
     * Whether a name begins with this city: its name (新乡市…) or its short name followed by anything but 县 or 区,
     * which would make it the county or district of the same name (新乡县, a county of 新乡市 with offices of its
     * own).
     */
    public boolean startsWithThisCity(String text) {
        if (text.startsWith(name)) {
            return true;
        }
        String shortName = shortName();
        if (!text.startsWith(shortName)) {
            return false;
        }
        return text.length() == shortName.length() || "县区".indexOf(text.charAt(shortName.length())) < 0;
    }
}
