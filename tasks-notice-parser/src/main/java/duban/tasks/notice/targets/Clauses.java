package duban.tasks.notice.targets;

import duban.tasks.notice.text.Punctuation;
import duban.tasks.notice.timeline.DateExpression;
import java.util.List;

/**
 * Where a clause's words begin and end for target reading: past its date, its 力争 / 争取 and its connectors
 * (并, 同时 …), before its trailing punctuation; where the words of one total end and the next begin.
 */
final class Clauses {

    private static final List<String> SOFT = List.of("力争", "争取", "努力");
    private static final List<String> CONNECTORS = List.of("同时", "并且", "并", "且", "另外", "还要", "截至", "截止");

    private final TextIndex index;
    private final String text;

    Clauses(TextIndex index) {
        this.index = index;
        this.text = index.text();
    }

    /** Returns {@code {offset, soft ? 1 : 0}} past leading dates, 力争 / 争取 and connectors. */
    int[] stripPrefix(int from, int to) {
        int at = from;
        int soft = 0;
        boolean moved = true;
        while (moved && at < to) {
            moved = false;
            while (at < to && (Character.isWhitespace(text.charAt(at)) || ":、,".indexOf(text.charAt(at)) >= 0)) {
                at++;
            }
            for (DateExpression date : index.dates()) {
                if (date.start() == at && date.end() <= to) {
                    at = date.end();
                    moved = true;
                }
            }
            for (String word : SOFT) {
                if (text.startsWith(word, at)) {
                    at += word.length();
                    soft = 1;
                    moved = true;
                }
            }
            for (String word : CONNECTORS) {
                if (text.startsWith(word, at) && at + word.length() < to) {
                    at += word.length();
                    moved = true;
                    break;
                }
            }
        }
        return new int[] {at, soft};
    }

    int trimEnd(int from, int to) {
        int end = to;
        while (end > from && (Character.isWhitespace(text.charAt(end - 1))
                || Punctuation.TRAILING.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end;
    }

    int skipColon(int from, int to) {
        int at = from;
        while (at < to && (text.charAt(at) == ':' || Character.isWhitespace(text.charAt(at)))) {
            at++;
        }
        return at;
    }

    /** Where the words of one total end and the next begin: the last 、 between them, else the next count. */
    int boundary(int from, int nextCount) {
        int depth = index.depth(from, nextCount);
        for (int i = nextCount - 1; i >= from; i--) {
            if (text.charAt(i) == '、' && index.brackets().depth(i) == depth) {
                return i;
            }
        }
        return nextCount;
    }

    /** The first bracket after a count within its words. */
    int[] bracketAfter(int from, int to) {
        for (int i = from; i < to; i++) {
            if (index.brackets().isOpen(i) && index.brackets().depth(i) == index.brackets().depth(from)) {
                int close = index.brackets().closing(i);
                return close < to ? new int[] {i, close} : null;
            }
        }
        return null;
    }
}
