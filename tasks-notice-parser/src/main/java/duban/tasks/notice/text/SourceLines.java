package duban.tasks.notice.text;

import java.util.ArrayList;
import java.util.List;

/** Splits a notice into numbered, trimmed lines. */
public final class SourceLines {

    private SourceLines() {
    }

    public static List<Snippet> split(String notice) {
        String text = notice.startsWith("\uFEFF") ? notice.substring(1) : notice;
        String[] raw = text.split("\r\n|\n|\r", -1);
        List<Snippet> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            lines.add(Snippet.line(i + 1, raw[i]));
        }
        return lines;
    }
}
