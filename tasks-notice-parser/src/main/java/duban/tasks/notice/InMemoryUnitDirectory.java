package duban.tasks.notice;

import duban.events.unit.UnitCategory;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The directory {@link UnitDirectory#builder()} builds; immutable once built. */
final class InMemoryUnitDirectory implements UnitDirectory {

    private final Map<String, String> canonical = new HashMap<>();
    private final Map<String, UnitCategory> categories = new LinkedHashMap<>();
    private final Map<String, List<String>> groups = new HashMap<>();

    void add(String name, UnitCategory category, List<String> aliases) {
        categories.put(name, category);
        canonical.put(name, name);
        aliases.forEach(alias -> canonical.put(alias, name));
    }

    void group(String phrase, List<String> members) {
        groups.put(phrase, List.copyOf(members));
    }

    InMemoryUnitDirectory copy() {
        InMemoryUnitDirectory copy = new InMemoryUnitDirectory();
        copy.canonical.putAll(canonical);
        copy.categories.putAll(categories);
        copy.groups.putAll(groups);
        return copy;
    }

    @Override
    public Optional<String> canonicalName(String nameOrAlias) {
        return Optional.ofNullable(canonical.get(nameOrAlias));
    }

    @Override
    public Optional<UnitCategory> category(String canonicalName) {
        return Optional.ofNullable(categories.get(canonicalName));
    }

    @Override
    public Set<String> units() {
        return new LinkedHashSet<>(categories.keySet());
    }

    @Override
    public Set<String> spellings() {
        return new LinkedHashSet<>(canonical.keySet());
    }

    @Override
    public Optional<List<String>> group(String phrase) {
        return Optional.ofNullable(groups.get(phrase));
    }
}
