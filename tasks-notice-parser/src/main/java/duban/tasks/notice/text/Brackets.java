package duban.tasks.notice.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Bracket structure of a folded text: round, square, 〔〕, 【】, book-title 《》 and quotation “” marks.
 * Only matched pairs count, so a stray bracket cannot swallow the rest of a line.
 */
public final class Brackets {

    private static final String OPEN = "(〔[【{《“‘「";
    private static final String CLOSE = ")〕]】}》”’」";

    private final String text;
    private final int[] depth;
    private final int[] partner;

    private Brackets(String text) {
        this.text = text;
        this.depth = new int[text.length()];
        this.partner = new int[text.length()];
        java.util.Arrays.fill(partner, -1);
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int kind = OPEN.indexOf(c);
            if (kind >= 0) {
                open.push(i);
                continue;
            }
            kind = CLOSE.indexOf(c);
            if (kind >= 0 && !open.isEmpty() && OPEN.indexOf(text.charAt(open.peek())) == kind) {
                int from = open.pop();
                partner[from] = i;
                partner[i] = from;
            }
        }
        int level = 0;
        for (int i = 0; i < text.length(); i++) {
            boolean opens = partner[i] > i;
            boolean closes = partner[i] >= 0 && partner[i] < i;
            if (closes) {
                level--;
            }
            depth[i] = level;
            if (opens) {
                level++;
            }
        }
    }

    public static Brackets of(String text) {
        return new Brackets(text);
    }

    /** Nesting depth of the character at {@code i}; a bracket itself counts as outside. */
    public int depth(int i) {
        return depth[i];
    }

    public boolean isOpen(int i) {
        return partner[i] > i;
    }

    /** The index of the bracket closing the one opened at {@code i}, or -1. */
    public int closing(int i) {
        return partner[i] > i ? partner[i] : -1;
    }

    /** Ranges {@code [from, to)} between separators that stand outside any bracket. */
    public List<int[]> split(String separators) {
        return split(separators, 0, text.length());
    }

    public List<int[]> split(String separators, int from, int to) {
        List<int[]> parts = new ArrayList<>();
        int base = from < to ? depth[from] : 0;
        int start = from;
        for (int i = from; i < to; i++) {
            if (depth[i] == base && separators.indexOf(text.charAt(i)) >= 0 && partner[i] < 0) {
                parts.add(new int[] {start, i});
                start = i + 1;
            }
        }
        parts.add(new int[] {start, to});
        return parts;
    }

    /** Top-level bracket pairs, each as {@code [open, close]}. */
    public List<int[]> topLevelPairs() {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (depth[i] == 0 && partner[i] > i) {
                pairs.add(new int[] {i, partner[i]});
                i = partner[i];
            }
        }
        return pairs;
    }
}
