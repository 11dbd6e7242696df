package duban.tasks.notice.assembly;

import duban.tasks.notice.diagnostics.Warnings;
import duban.tasks.notice.structure.RawSection;
import duban.tasks.notice.structure.TableLayout;
import duban.tasks.notice.text.Snippet;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a table whose header the parser did not recognise end up as the text of a provision (a section that
 * assigns no unit) or of the introduction; nothing is read from them, so they are named in an UNPARSED_REGION
 * warning rather than kept silently.
 */
final class UnreadTables {

    private static final int ROW_CELLS = 3;
    private static final int ROWS = 2;

    private UnreadTables() {
    }

    /** Warns about each provision (or its sub-sections) whose text holds table rows. */
    static void checkProvisions(List<RawSection> provisions, Warnings warnings) {
        for (RawSection section : provisions) {
            List<Snippet> lines = new ArrayList<>();
            lines.add(section.heading());
            lines.addAll(section.body());
            checkLines(lines, warnings);
            checkProvisions(section.children(), warnings);
        }
    }

    /** Warns once about a run of lines that holds table rows. */
    static void checkLines(List<Snippet> lines, Warnings warnings) {
        List<Snippet> rows = lines.stream().filter(l -> !l.isEmpty() && TableLayout.cells(l).size() >= ROW_CELLS)
                .toList();
        if (rows.size() < ROWS) {
            return;
        }
        Snippet first = rows.get(0);
        Snippet last = rows.get(rows.size() - 1);
        warnings.unparsed(first.line(), last.line(), "look like rows of a table whose header is not known; "
                + "nothing was read from them: \"" + first.verbatim() + "\" … \"" + last.verbatim() + "\"",
                first.verbatim());
    }
}
