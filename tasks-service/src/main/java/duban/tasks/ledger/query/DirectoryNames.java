package duban.tasks.ledger.query;

import duban.events.unit.UnitCategory;
import duban.tasks.lookup.DirectoryTables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The names behind unit and group ids, as the unit directory holds them now: two queries. */
final class DirectoryNames {

    /** A registered unit as the ledger names it. */
    record UnitName(String unitId, String name, UnitCategory category, List<String> aliases) {
    }

    /** A unit group: its phrase and its members' ids. */
    record GroupName(String groupId, String phrase, List<String> memberIds) {
    }

    /** Everything the directory knows, by id. */
    record Names(Map<String, UnitName> units, Map<String, GroupName> groups) {
    }

    private DirectoryNames() {
    }

    static Names read(DirectoryTables directory) {
        Map<String, UnitName> units = new HashMap<>();
        for (DirectoryTables.Unit unit : directory.units()) {
            units.put(unit.unitId(), new UnitName(unit.unitId(), unit.name(), unit.category(), unit.aliases()));
        }
        Map<String, GroupName> groups = new HashMap<>();
        for (DirectoryTables.Group group : directory.groupsByMemberId()) {
            groups.put(group.groupId(), new GroupName(group.groupId(), group.phrase(),
                    group.members().stream().map(DirectoryTables.Member::unitId).toList()));
        }
        return new Names(units, groups);
    }
}
