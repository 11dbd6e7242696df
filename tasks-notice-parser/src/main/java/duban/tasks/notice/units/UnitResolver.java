package duban.tasks.notice.units;

import duban.events.unit.UnitCategory;
import duban.tasks.notice.UnitDirectory;
import duban.tasks.notice.diagnostics.Warnings;
import duban.tasks.notice.model.ParsedUnit;
import duban.tasks.notice.model.WarningCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves every unit name of the notice: the directory's name or alias first; then, for place names only
 * (县(市), 区, 功能区), a near miss: one character off a known unit, or off a unit the notice writes at least
 * twice as often, of the same category and never in the same list (风泉区 once, 凤泉区 four times); then a
 * department written without its 市 (法制办 where 市法制办 is known); else a new unit.
 * <p>
 * Departments are never corrected by spelling: their abbreviations differ by one character all the time
 * (市国土局 and 市国税局, 市编办 and 市台办 are different offices), while a city's counties and districts
 * are few and named apart.
 */
public final class UnitResolver {

    private static final int MAJORITY = 2;
    /** A spelling seen more often than this is not a slip of the pen. */
    private static final int MOST_SLIPS = 2;
    private static final Set<UnitCategory> PLACES =
            Set.of(UnitCategory.COUNTY, UnitCategory.DISTRICT, UnitCategory.FUNCTIONAL_ZONE);

    private final UnitDirectory directory;
    private final Warnings warnings;
    private final Map<String, List<Mentions.UnitMention>> byName = new LinkedHashMap<>();
    private final Map<Integer, Set<String>> lists = new HashMap<>();
    private final Map<String, String> canonical = new HashMap<>();
    private final Set<String> known = new HashSet<>();

    private UnitResolver(UnitDirectory directory, Warnings warnings) {
        this.directory = directory;
        this.warnings = warnings;
    }

    public static UnitResolution resolve(Mentions mentions, UnitDirectory directory, Warnings warnings) {
        UnitResolver resolver = new UnitResolver(directory, warnings);
        List<Mentions.UnitMention> ordered = new ArrayList<>(mentions.units());
        ordered.sort(Comparator.comparingInt(Mentions.UnitMention::line).thenComparingInt(Mentions.UnitMention::order));
        for (Mentions.UnitMention mention : ordered) {
            resolver.byName.computeIfAbsent(mention.name(), n -> new ArrayList<>()).add(mention);
            resolver.lists.computeIfAbsent(mention.list(), l -> new HashSet<>()).add(mention.name());
        }
        return resolver.resolve();
    }

    private UnitResolution resolve() {
        List<String> unknown = new ArrayList<>();
        for (String name : byName.keySet()) {
            directory.canonicalName(name).ifPresentOrElse(c -> {
                canonical.put(name, c);
                known.add(c);
            }, () -> unknown.add(name));
        }
        Map<String, String> redirected = new LinkedHashMap<>();
        for (String name : unknown) {
            String target = withCityPrefix(name);
            if (target == null) {
                target = nearMiss(name, unknown);
            }
            if (target != null) {
                redirected.put(name, target);
            }
        }
        for (String name : unknown) {
            String target = name;
            for (int hops = 0; redirected.containsKey(target) && hops < unknown.size(); hops++) {
                target = redirected.get(target);
            }
            canonical.put(name, canonical.getOrDefault(target, target));
        }
        return units();
    }

    private String withCityPrefix(String name) {
        if (name.startsWith("市") || UnitCategories.infer(name) != UnitCategory.CITY_DEPARTMENT) {
            return null;
        }
        String prefixed = "市" + name;
        String target = directory.canonicalName(prefixed).orElse(byName.containsKey(prefixed) ? prefixed : null);
        if (target != null) {
            warnAll(name, name + " lacks the 市 of " + target + "; read as " + target);
        }
        return target;
    }

    private String nearMiss(String name, List<String> unknown) {
        UnitCategory category = UnitCategories.infer(name);
        if (!PLACES.contains(category)) {
            return null;
        }
        Set<String> knownNear = new LinkedHashSet<>();
        for (String spelling : directory.spellings()) {
            if (NearMisses.near(name, spelling) && !listedTogether(name, spelling)) {
                String target = directory.canonicalName(spelling).orElseThrow();
                if (directory.category(target).orElse(UnitCategories.infer(target)) == category) {
                    knownNear.add(target);
                }
            }
        }
        if (knownNear.size() == 1) {
            String target = knownNear.iterator().next();
            warnAll(name, name + " is one character off the known unit " + target + "; read as " + target);
            return target;
        }
        if (knownNear.size() > 1) {
            warnAll(name, WarningCode.UNIT_NEAR_MISS_AMBIGUOUS,
                    name + " is one character off the known units " + String.join("、", knownNear) + "; kept apart");
            return null;
        }
        int count = byName.get(name).size();
        List<String> majority = new ArrayList<>();
        for (String other : unknown) {
            if (!NearMisses.near(name, other) || UnitCategories.infer(other) != category || listedTogether(name, other)) {
                continue;
            }
            int otherCount = byName.get(other).size();
            if (otherCount >= MAJORITY * count && count <= MOST_SLIPS) {
                majority.add(other);
            } else if (count < MAJORITY * otherCount && name.compareTo(other) < 0) {
                warnAll(name, WarningCode.UNIT_NEAR_MISS_AMBIGUOUS, name + " (" + count + "×) and " + other + " ("
                        + otherCount + "×) are one character apart; kept as two units");
            }
        }
        if (majority.size() != 1) {
            return null;
        }
        String target = majority.get(0);
        warnAll(name, name + " (" + count + "×) is one character off " + target + " ("
                + byName.get(target).size() + "×); read as " + target);
        return target;
    }

    private boolean listedTogether(String a, String b) {
        for (Set<String> list : lists.values()) {
            if (list.contains(a) && list.contains(b)) {
                return true;
            }
        }
        return false;
    }

    private void warnAll(String name, String message) {
        warnAll(name, WarningCode.UNIT_NEAR_MISS, message);
    }

    private void warnAll(String name, WarningCode code, String message) {
        Set<Integer> lines = new LinkedHashSet<>();
        byName.get(name).forEach(m -> lines.add(m.line()));
        lines.forEach(line -> warnings.add(line, code, message, name));
    }

    private UnitResolution units() {
        Map<String, List<String>> spellings = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (Map.Entry<String, List<Mentions.UnitMention>> entry : byName.entrySet()) {
            String target = canonical.get(entry.getKey());
            spellings.computeIfAbsent(target, t -> new ArrayList<>());
            if (!entry.getKey().equals(target)) {
                spellings.get(target).add(entry.getKey());
            }
            firstLine.merge(target, entry.getValue().get(0).line(), Math::min);
        }
        List<ParsedUnit> units = new ArrayList<>();
        Map<String, Integer> rank = new HashMap<>();
        for (Map.Entry<String, List<String>> entry : spellings.entrySet()) {
            String name = entry.getKey();
            boolean isKnown = known.contains(name) || directory.canonicalName(name).filter(name::equals).isPresent();
            UnitCategory category = isKnown
                    ? directory.category(name).orElse(UnitCategories.infer(name))
                    : UnitCategories.infer(name);
            int line = firstLine.get(name);
            if (!isKnown) {
                warnings.add(line, WarningCode.UNIT_REGISTERED, "unknown unit " + name + ", to be registered as "
                        + category + " (" + CategoryNames.chinese(category) + ")", name);
            }
            rank.put(name, units.size());
            units.add(new ParsedUnit(name, category, isKnown, entry.getValue(), line));
        }
        return new UnitResolution(Map.copyOf(canonical), units, rank);
    }
}
