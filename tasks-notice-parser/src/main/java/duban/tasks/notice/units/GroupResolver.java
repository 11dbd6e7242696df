package duban.tasks.notice.units;

import duban.events.unit.UnitCategory;
import duban.tasks.notice.UnitDirectory;
import duban.tasks.notice.diagnostics.Warnings;
import duban.tasks.notice.model.GroupDerivation;
import duban.tasks.notice.model.ParsedUnit;
import duban.tasks.notice.model.UnitGroup;
import duban.tasks.notice.model.WarningCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gives every group mention its members.
 * <ul>
 * <li>各县(市)、区 (and 各高校, 市直各部门, 各科研院所): the directory's definition when it has one, else every
 * unit of the phrase's categories the notice refers to or the directory knows. For 各县(市)、区 that is every
 * county, county-level city, district <em>and functional zone</em>: the notice itself implies the zones
 * belong, since its sums only add up so — "19家〔红旗区、牧野区、平原示范区、高新区、经开区各引进一家,
 * 其他县(市)、区及各高校各明确一家〕" needs 其他县(市)、区 to be 9 units once the five named (three of them zones)
 * are taken away, and "95次 … 其他县(市)、区各完成5项" needs the same 9 (5×10 + 9×5 = 95). 新乡 has 7 counties
 * and county-level cities, 4 districts and 3 zones in the notice: 14 units, 14 − 5 = 9.</li>
 * <li>其他…: the base group minus the units named before it in the same sentence.</li>
 * <li>A label the notice breaks down in brackets (自创区外9家(卫辉市1家、…)): the union of the members it lists
 * wherever it uses the label, unless the directory defines it.</li>
 * </ul>
 * Members are ordered by category, then by first mention.
 */
public final class GroupResolver {

    private final UnitResolution units;
    private final UnitDirectory directory;
    private final Mentions mentions;
    private final Warnings warnings;
    private final Map<String, List<UnitGroup>> byPhrase = new LinkedHashMap<>();
    private final List<UnitGroup> groups = new ArrayList<>();

    private GroupResolver(Mentions mentions, UnitResolution units, UnitDirectory directory, Warnings warnings) {
        this.mentions = mentions;
        this.units = units;
        this.directory = directory;
        this.warnings = warnings;
    }

    public static GroupResolution resolve(Mentions mentions, UnitResolution units, UnitDirectory directory,
            Warnings warnings) {
        GroupResolver resolver = new GroupResolver(mentions, units, directory, warnings);
        List<RawHolder> ordered = new ArrayList<>(mentions.groups());
        ordered.sort(Comparator.comparingInt(RawHolder::line));
        Map<RawHolder, String> keys = new HashMap<>();
        for (RawHolder holder : ordered) {
            keys.put(holder, resolver.key(holder));
        }
        return new GroupResolution(keys, resolver.groups);
    }

    private String key(RawHolder holder) {
        Optional<GroupPhrase> phrase = GroupPhrase.byPhrase(holder.name());
        List<String> members;
        GroupDerivation derivation;
        if (phrase.isPresent() && phrase.get().remainder()) {
            Set<String> named = new LinkedHashSet<>();
            holder.namedBefore().forEach(n -> named.add(units.canonical(n)));
            members = new ArrayList<>(base(phrase.get().base()).members());
            members.removeAll(named);
            derivation = GroupDerivation.REMAINDER;
        } else if (phrase.isPresent()) {
            UnitGroup base = base(phrase.get());
            members = base.members();
            derivation = base.derivation();
        } else {
            Optional<List<String>> defined = directory.group(holder.name());
            derivation = defined.isPresent() ? GroupDerivation.DIRECTORY : GroupDerivation.LISTED;
            members = defined.orElseGet(() -> listed(holder.name()));
        }
        if (members.isEmpty()) {
            warnings.add(holder.line(), WarningCode.GROUP_EMPTY,
                    holder.name() + " stands for no unit the notice or the directory knows", holder.name());
        }
        return register(holder, members, derivation);
    }

    private UnitGroup base(GroupPhrase phrase) {
        Optional<List<String>> defined = directory.group(phrase.phrase());
        if (defined.isPresent()) {
            return new UnitGroup(phrase.phrase(), phrase.phrase(), defined.get(), GroupDerivation.DIRECTORY, 0);
        }
        List<String> members = new ArrayList<>();
        for (ParsedUnit unit : units.units()) {
            if (phrase.categories().contains(unit.category())) {
                members.add(unit.name());
            }
        }
        for (String known : directory.units()) {
            UnitCategory category = directory.category(known).orElse(UnitCategory.OTHER);
            if (phrase.categories().contains(category) && !members.contains(known)) {
                members.add(known);
            }
        }
        return new UnitGroup(phrase.phrase(), phrase.phrase(), sorted(members), GroupDerivation.CATEGORIES, 0);
    }

    private List<String> listed(String label) {
        Set<String> members = new LinkedHashSet<>();
        mentions.listedMembers().getOrDefault(label, List.of()).forEach(n -> members.add(units.canonical(n)));
        return sorted(new ArrayList<>(members));
    }

    private List<String> sorted(List<String> members) {
        List<String> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing((String m) -> units.category(m))
                .thenComparingInt(m -> units.rank().getOrDefault(m, Integer.MAX_VALUE)));
        return sorted;
    }

    private String register(RawHolder holder, List<String> members, GroupDerivation derivation) {
        List<UnitGroup> same = byPhrase.computeIfAbsent(holder.name(), p -> new ArrayList<>());
        for (UnitGroup group : same) {
            if (group.members().equals(members)) {
                return group.key();
            }
        }
        String key = same.isEmpty() ? holder.name() : holder.name() + "#" + (same.size() + 1);
        UnitGroup group = new UnitGroup(key, holder.name(), members, derivation, holder.line());
        same.add(group);
        groups.add(group);
        return key;
    }
}
