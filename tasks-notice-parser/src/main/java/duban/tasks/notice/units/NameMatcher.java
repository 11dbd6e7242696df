package duban.tasks.notice.units;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds known unit names in free text, longest first, so 新乡学院 is not read inside 新乡医学院's place. */
public final class NameMatcher {

    private final Map<Character, List<String>> byFirstChar = new HashMap<>();

    public NameMatcher(Collection<String> names) {
        for (String name : names) {
            if (!name.isEmpty()) {
                byFirstChar.computeIfAbsent(name.charAt(0), c -> new ArrayList<>()).add(name);
            }
        }
        byFirstChar.values().forEach(list -> list.sort(Comparator.comparingInt(String::length).reversed()));
    }

    /** The length of the longest known name starting at {@code at}, or 0. */
    public int longestAt(String text, int at) {
        if (at >= text.length()) {
            return 0;
        }
        List<String> candidates = byFirstChar.get(text.charAt(at));
        if (candidates != null) {
            for (String name : candidates) {
                if (text.startsWith(name, at)) {
                    return name.length();
                }
            }
        }
        return 0;
    }

    /** Every occurrence as {@code [start, end)}, left to right, never overlapping. */
    public List<int[]> findAll(String text) {
        List<int[]> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            int length = longestAt(text, i);
            if (length > 0) {
                found.add(new int[] {i, i + length});
                i += length - 1;
            }
        }
        return found;
    }
}
