package duban.tasks.notice.units;

import duban.events.unit.UnitCategory;
import duban.tasks.notice.model.ParsedUnit;
import java.util.List;
import java.util.Map;

/**
 * The notice's units once resolved.
 *
 * @param canonical every name as written to its canonical name
 * @param units     the units, in order of first mention
 * @param rank      canonical name to its position in {@code units}
 */
public record UnitResolution(Map<String, String> canonical, List<ParsedUnit> units, Map<String, Integer> rank) {

    public String canonical(String written) {
        return canonical.getOrDefault(written, written);
    }

    public UnitCategory category(String canonicalName) {
        Integer at = rank.get(canonicalName);
        return at == null ? UnitCategories.infer(canonicalName) : units.get(at).category();
    }
}
