package duban.tasks.imports.directory;

import duban.events.unit.UnitCategory;
import duban.tasks.notice.UnitDirectory;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One consistent reading of the unit directory: what the parser needs (canonical names, categories, group
 * members by phrase) and what the importer needs besides (the ids behind those names). Immutable.
 */
public final class KnownUnits implements UnitDirectory {

    private final Map<String, String> canonicalBySpelling;
    private final Map<String, UnitCategory> categoryByName;
    private final Map<String, String> idByName;
    private final Map<String, Group> groupByPhrase;
    private final Set<String> unitIds;

    /** A group of the directory: its id and its members' canonical names. */
    public record Group(String groupId, List<String> members) {

        public Group {
            members = List.copyOf(members);
        }
    }

    private KnownUnits(Map<String, String> canonicalBySpelling, Map<String, UnitCategory> categoryByName,
                       Map<String, String> idByName, Map<String, Group> groupByPhrase) {
        this.canonicalBySpelling = Map.copyOf(canonicalBySpelling);
        this.categoryByName = new LinkedHashMap<>(categoryByName);
        this.idByName = Map.copyOf(idByName);
        this.groupByPhrase = Map.copyOf(groupByPhrase);
        this.unitIds = Set.copyOf(idByName.values());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The ids of every registered unit. */
    public Set<String> unitIds() {
        return unitIds;
    }

    /** The id of a registered unit, by canonical name. */
    public Optional<String> unitId(String canonicalName) {
        return Optional.ofNullable(idByName.get(canonicalName));
    }

    /** The directory's group for a phrase, with its id. */
    public Optional<Group> groupNamed(String phrase) {
        return Optional.ofNullable(groupByPhrase.get(phrase));
    }

    @Override
    public Optional<String> canonicalName(String nameOrAlias) {
        return Optional.ofNullable(canonicalBySpelling.get(nameOrAlias));
    }

    @Override
    public Optional<UnitCategory> category(String canonicalName) {
        return Optional.ofNullable(categoryByName.get(canonicalName));
    }

    @Override
    public Set<String> units() {
        return new LinkedHashSet<>(categoryByName.keySet());
    }

    @Override
    public Set<String> spellings() {
        return new LinkedHashSet<>(canonicalBySpelling.keySet());
    }

    @Override
    public Optional<List<String>> group(String phrase) {
        return groupNamed(phrase).map(Group::members);
    }

    /** Collects the rows of the directory. */
    public static final class Builder {
        private final Map<String, String> canonicalBySpelling = new HashMap<>();
        private final Map<String, UnitCategory> categoryByName = new LinkedHashMap<>();
        private final Map<String, String> idByName = new HashMap<>();
        private final Map<String, String> nameById = new HashMap<>();
        private final Map<String, Group> groupByPhrase = new HashMap<>();

        private Builder() {
        }

        public Builder unit(String unitId, String name, UnitCategory category, List<String> aliases) {
            categoryByName.put(name, category);
            idByName.put(name, unitId);
            nameById.put(unitId, name);
            canonicalBySpelling.put(name, name);
            // A name wins over another unit's alias: names are what the notices mostly write.
            aliases.forEach(alias -> canonicalBySpelling.putIfAbsent(alias, name));
            return this;
        }

        /** A group by member ids; call after every unit is added. Members not in the directory are left out. */
        public Builder group(String groupId, String phrase, List<String> memberUnitIds) {
            List<String> members = memberUnitIds.stream().map(nameById::get).filter(name -> name != null).toList();
            groupByPhrase.put(phrase, new Group(groupId, members));
            return this;
        }

        public KnownUnits build() {
            return new KnownUnits(canonicalBySpelling, categoryByName, idByName, groupByPhrase);
        }
    }
}
