package duban.tasks.notice.units;

import duban.tasks.notice.model.UnitGroup;
import java.util.List;
import java.util.Map;

/** The notice's unit groups once resolved, and the key each group mention resolved to. */
public record GroupResolution(Map<RawHolder, String> keys, List<UnitGroup> groups) {

    public String key(RawHolder holder) {
        return keys.get(holder);
    }

    public int size(String key) {
        return groups.stream().filter(g -> g.key().equals(key)).findFirst().map(g -> g.members().size()).orElse(0);
    }

    public List<String> members(String key) {
        return groups.stream().filter(g -> g.key().equals(key)).findFirst().map(UnitGroup::members).orElse(List.of());
    }
}
