package duban.tasks.notice.units;

import duban.tasks.notice.text.Brackets;
import duban.tasks.notice.text.Snippet;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a list at its separators, outside brackets and never inside a group phrase: the 、 of
 * 各县(市)、区 does not separate anything.
 */
public final class ListSplitter {

    private ListSplitter() {
    }

    public static List<Snippet> split(Snippet s, String separators) {
        String text = s.text();
        boolean[] inPhrase = new boolean[text.length()];
        for (GroupPhrase.Match m : GroupPhrase.findAll(text)) {
            for (int i = m.start(); i < m.end(); i++) {
                inPhrase[i] = true;
            }
        }
        List<Snippet> parts = new ArrayList<>();
        for (int[] range : ranges(text, separators, 0, text.length(), Brackets.of(text), inPhrase)) {
            parts.add(s.sub(range[0], range[1]));
        }
        return parts;
    }

    /** The ranges {@code [from, to)} between separators standing at the depth of {@code from}. */
    public static List<int[]> ranges(String text, String separators, int from, int to, Brackets brackets,
            boolean[] protect) {
        int base = from < to ? brackets.depth(from) : 0;
        List<int[]> parts = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            if (!protect[i] && brackets.depth(i) == base && separators.indexOf(text.charAt(i)) >= 0) {
                parts.add(new int[] {start, i});
                start = i + 1;
            }
        }
        parts.add(new int[] {start, to});
        return parts;
    }
}
