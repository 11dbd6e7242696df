package duban.tasks.notice.targets;

import duban.tasks.notice.text.Brackets;
import duban.tasks.notice.text.Snippet;
import duban.tasks.notice.timeline.DateExpression;
import duban.tasks.notice.units.GroupPhrase;
import duban.tasks.notice.units.NameMatcher;
import java.util.List;

/**
 * A timeline prepared for reading targets: its brackets, where unit names and dates stand (a count inside
 * them is no count: 中电科22所, 2017年) and where group phrases stand (their 、 separates nothing).
 */
public final class TextIndex {

    private final Snippet snippet;
    private final Brackets brackets;
    private final boolean[] masked;
    private final boolean[] inPhrase;
    private final List<DateExpression> dates;

    public TextIndex(Snippet snippet, Brackets brackets, NameMatcher names, List<DateExpression> dates) {
        this.snippet = snippet;
        this.brackets = brackets;
        this.dates = dates;
        String text = snippet.text();
        this.masked = new boolean[text.length()];
        this.inPhrase = new boolean[text.length()];
        for (int[] name : names.findAll(text)) {
            mark(masked, name[0], name[1]);
        }
        for (DateExpression date : dates) {
            mark(masked, date.start(), date.end());
        }
        for (GroupPhrase.Match m : GroupPhrase.findAll(text)) {
            mark(inPhrase, m.start(), m.end());
        }
    }

    private static void mark(boolean[] marks, int from, int to) {
        for (int i = from; i < to; i++) {
            marks[i] = true;
        }
    }

    public Snippet snippet() {
        return snippet;
    }

    public String text() {
        return snippet.text();
    }

    public Brackets brackets() {
        return brackets;
    }

    public boolean masked(int i) {
        return masked[i];
    }

    public boolean inPhrase(int i) {
        return inPhrase[i];
    }

    public List<DateExpression> dates() {
        return dates;
    }

    /** The base bracket depth of a range: the depth of its first character. */
    public int depth(int from, int to) {
        return from < to ? brackets.depth(from) : 0;
    }
}
