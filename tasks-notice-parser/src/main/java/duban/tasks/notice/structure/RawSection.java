package duban.tasks.notice.structure;

import duban.tasks.notice.text.Snippet;
import java.util.ArrayList;
import java.util.List;

/** A numbered section as read, before its fields are interpreted. */
public final class RawSection {

    private final int level;
    private final int ordinal;
    private final String code;
    private Snippet heading;
    private final RawSection parent;
    private final List<RawSection> children = new ArrayList<>();
    private final List<Snippet> body = new ArrayList<>();
    private final List<RawField> fields = new ArrayList<>();
    private final List<Integer> sourceLines = new ArrayList<>();

    RawSection(int level, int ordinal, String code, Snippet heading, RawSection parent) {
        this.level = level;
        this.ordinal = ordinal;
        this.code = code;
        this.heading = heading;
        this.parent = parent;
    }

    public int level() {
        return level;
    }

    public int ordinal() {
        return ordinal;
    }

    public String code() {
        return code;
    }

    /** The heading's text, without its number and without the fields that followed on its line. */
    public Snippet heading() {
        return heading;
    }

    /** A table's task cell wrapped onto the next line: the heading goes on there. */
    void continueHeading(Snippet more) {
        heading = heading.isEmpty() ? more : Snippet.join(java.util.List.of(heading, more), "");
    }

    /** Records that a line of the notice was read into this section (its heading, text, a field or a cell). */
    void claim(int line) {
        sourceLines.add(line);
    }

    /** The lines of the notice read into this section, not into its sub-sections. */
    public List<Integer> sourceLines() {
        return List.copyOf(sourceLines);
    }

    public int line() {
        return heading.line();
    }

    public RawSection parent() {
        return parent;
    }

    public List<RawSection> children() {
        return children;
    }

    /** Lines of text after the heading that are not fields. */
    public List<Snippet> body() {
        return body;
    }

    public List<RawField> fields() {
        return fields;
    }

    /** True when this section or one below it carries a field: the section belongs to the task tree. */
    public boolean assignsWork() {
        return !fields.isEmpty() || children.stream().anyMatch(RawSection::assignsWork);
    }
}
