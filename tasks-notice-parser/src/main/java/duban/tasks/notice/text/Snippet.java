package duban.tasks.notice.text;

import java.util.Arrays;
import java.util.List;

/**
 * A piece of the notice: {@link #text()} is folded for reading, {@link #verbatim()} is what the notice says;
 * both have the same length. It remembers the line of every character, so a warning raised deep inside a
 * joined paragraph still names its line.
 */
public final class Snippet {

    private final String text;
    private final String verbatim;
    /** Offsets at which a new source line begins; the first is always 0. */
    private final int[] starts;
    private final int[] lines;

    private Snippet(String text, String verbatim, int[] starts, int[] lines) {
        this.text = text;
        this.verbatim = verbatim;
        this.starts = starts;
        this.lines = lines;
    }

    /** One source line, trimmed. */
    public static Snippet line(int number, String raw) {
        return new Snippet(Folding.fold(raw), raw, new int[] {0}, new int[] {number}).trim();
    }

    public static Snippet empty(int line) {
        return new Snippet("", "", new int[] {0}, new int[] {line});
    }

    /** Joins pieces with a separator that belongs to the first piece's last line. */
    public static Snippet join(List<Snippet> parts, String separator) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to join");
        }
        StringBuilder text = new StringBuilder();
        StringBuilder verbatim = new StringBuilder();
        int[] starts = new int[0];
        int[] lines = new int[0];
        for (Snippet part : parts) {
            if (text.length() > 0) {
                text.append(separator);
                verbatim.append(separator);
            }
            int base = text.length();
            for (int i = 0; i < part.starts.length; i++) {
                starts = Arrays.copyOf(starts, starts.length + 1);
                lines = Arrays.copyOf(lines, lines.length + 1);
                starts[starts.length - 1] = base + part.starts[i];
                lines[lines.length - 1] = part.lines[i];
            }
            text.append(part.text);
            verbatim.append(part.verbatim);
        }
        return new Snippet(text.toString(), verbatim.toString(), starts, lines);
    }

    public String text() {
        return text;
    }

    public String verbatim() {
        return verbatim;
    }

    public int length() {
        return text.length();
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The line of the first character. */
    public int line() {
        return lines[0];
    }

    public int lineAt(int offset) {
        int line = lines[0];
        for (int i = 0; i < starts.length && starts[i] <= offset; i++) {
            line = lines[i];
        }
        return line;
    }

    public Snippet sub(int from) {
        return sub(from, text.length());
    }

    public Snippet sub(int from, int to) {
        if (from < 0 || to > text.length() || from > to) {
            throw new IndexOutOfBoundsException(from + ".." + to + " of " + text.length());
        }
        int first = 0;
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] <= from) {
                first = i;
            }
        }
        int count = 1;
        for (int i = first + 1; i < starts.length && starts[i] < to; i++) {
            count++;
        }
        int[] newStarts = new int[count];
        int[] newLines = new int[count];
        for (int i = 0; i < count; i++) {
            newStarts[i] = Math.max(0, starts[first + i] - from);
            newLines[i] = lines[first + i];
        }
        return new Snippet(text.substring(from, to), verbatim.substring(from, to), newStarts, newLines);
    }

    public Snippet trim() {
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return from == 0 && to == text.length() ? this : sub(from, to);
    }

    /** Trims whitespace and any of the given characters at both ends. */
    public Snippet strip(String chars) {
        int from = 0;
        int to = text.length();
        while (from < to && (Character.isWhitespace(text.charAt(from)) || chars.indexOf(text.charAt(from)) >= 0)) {
            from++;
        }
        while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || chars.indexOf(text.charAt(to - 1)) >= 0)) {
            to--;
        }
        return sub(from, to);
    }

    @Override
    public String toString() {
        return line() + ":" + verbatim;
    }
}
