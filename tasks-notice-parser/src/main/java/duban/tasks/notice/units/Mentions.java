package duban.tasks.notice.units;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every unit and group the notice mentions, collected while it is read and resolved once it is read
 * entirely: near misses and group members need the whole notice.
 */
public final class Mentions {

    /** One mention of a unit name; {@code list} numbers the list (or sentence) it stands in. */
    public record UnitMention(String name, int line, int order, int list) {
    }

    private final List<UnitMention> units = new ArrayList<>();
    private final Set<RawHolder> groups = new LinkedHashSet<>();
    private final Map<String, List<String>> listedMembers = new LinkedHashMap<>();
    private int lists;

    /** Starts a new list: names in one list are different units (市国税局、市地税局). */
    public int newList() {
        return ++lists;
    }

    public void unit(String name, int line, int list) {
        units.add(new UnitMention(name, line, units.size(), list));
    }

    public void holder(RawHolder holder, int list) {
        if (holder.isUnit()) {
            unit(holder.name(), holder.line(), list);
        } else {
            groups.add(holder);
        }
    }

    /** Members a notice lists for a phrase: 自创区外9家(卫辉市1家、…). */
    public void listed(String phrase, List<String> members) {
        listedMembers.computeIfAbsent(phrase, p -> new ArrayList<>()).addAll(members);
    }

    public List<UnitMention> units() {
        return units;
    }

    public Set<RawHolder> groups() {
        return groups;
    }

    public Map<String, List<String>> listedMembers() {
        return listedMembers;
    }
}
