package duban.tasks.notice.structure;

import duban.tasks.notice.diagnostics.Warnings;
import duban.tasks.notice.model.WarningCode;
import duban.tasks.notice.text.Snippet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the body line by line into sections. A heading opens a section under the nearest open section of a
 * higher level; a field line adds fields to the open section; a plain line is the section's text before its
 * fields, continues its timeline after them, or — after other fields — is kept as text with a warning.
 */
public final class OutlineReader {

    /** Area headings longer than this that end in 。 have swallowed their first paragraph. */
    private static final int LONGEST_AREA_HEADING = 40;
    private static final int DEEPEST_AREA = 2;

    private final Warnings warnings;
    private final List<RawSection> roots = new ArrayList<>();
    private final List<Snippet> loose = new ArrayList<>();
    private final List<Integer> tableHeaders = new ArrayList<>();
    private final Deque<RawSection> open = new ArrayDeque<>();
    private final Set<String> codes = new HashSet<>();
    private TableLayout table;
    private TableRowReader rows;
    private RawSection current;
    private RawSection lastRow;
    private boolean awaitingValue;

    private OutlineReader(Warnings warnings) {
        this.warnings = warnings;
    }

    public static Outline read(List<Snippet> body, Warnings warnings) {
        OutlineReader reader = new OutlineReader(warnings);
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i).isEmpty()) {
                continue;
            }
            Optional<StackedTable.Header> stacked = StackedTable.header(body, i);
            if (stacked.isPresent()) {
                i = reader.stackedTable(body, i, stacked.get()) - 1;
            } else {
                reader.line(body.get(i));
            }
        }
        reader.closeField();
        reader.roots.forEach(OutlineReader::assignRoles);
        return new Outline(reader.roots, reader.loose, reader.tableHeaders);
    }

    /** Reads a line and records where it went: a table header, the loose lines, or the section now open. */
    private void line(Snippet line) {
        int looseBefore = loose.size();
        if (place(line) && loose.size() == looseBefore) {
            current.claim(line.line());
        }
    }

    /** False for a table's header line, which belongs to no section. */
    private boolean place(Snippet line) {
        Optional<TableLayout> header = TableLayout.header(line);
        if (header.isPresent()) {
            closeField();
            startTable(header.get());
            tableHeaders.add(line.line());
            return false;
        }
        Optional<Heading> heading = Heading.detect(line.text());
        if (table != null && heading.isEmpty()) {
            List<Snippet> cells = table.rowCells(line);
            if (cells.size() == 1 && current != null && current == lastRow
                    && FieldSplitter.split(line).fields().isEmpty()) {
                // One cell alone under a row: the row's task text, wrapped by the page, goes on here.
                current.continueHeading(line);
                return true;
            }
            if (cells.size() > 1) {
                closeField();
                Optional<TableRowReader.Row> row = rows.row(line, cells);
                if (row.isPresent()) {
                    open(row.get().heading(), row.get().text(), row.get().fields(), row.get().body(),
                            row.get().continuesTable());
                    lastRow = current;
                } else if (current != null) {
                    current.body().add(line);
                } else {
                    loose.add(line);
                }
                return true;
            }
        }
        if (heading.isEmpty() && table == null && current == null && roots.isEmpty()
                && Heading.unnumberedCandidate(line.text())) {
            // NoticeRegions starts the body here only when numbered sections follow: they go under this line.
            open(Heading.unnumbered(1), line.trim(), List.of(), List.of(), false);
            return true;
        }
        if (heading.isPresent()) {
            closeField();
            FieldSplit split = FieldSplitter.split(line.sub(heading.get().markerEnd()).trim());
            open(heading.get(), split.text(), split.fields(), List.of(), false);
            return true;
        }
        plain(line);
        return true;
    }

    /**
     * A table flattened one cell per line, from its header at {@code at} to where its rows end (text that is no
     * row, the next table, the body's end); returns the index after it. Its rows open sections as a spaced table's
     * rows do; what cannot be cut into a row is named in an UNPARSED_REGION warning, not guessed.
     */
    private int stackedTable(List<Snippet> body, int at, StackedTable.Header header) {
        closeField();
        startTable(header.layout());
        table = null;
        for (int i = at; i < header.end(); i++) {
            if (!body.get(i).isEmpty()) {
                tableHeaders.add(body.get(i).line());
            }
        }
        int end = header.end();
        while (end < body.size() && TableLayout.header(body.get(end)).isEmpty()
                && StackedTable.header(body, end).isEmpty()) {
            end++;
        }
        StackedTable.Cut cut = StackedTable.cut(header.layout(), body.subList(header.end(), end));
        for (StackedTable.Piece piece : cut.pieces()) {
            if (piece instanceof StackedTable.SectionRow section) {
                line(section.line());
            } else if (piece instanceof StackedTable.Row row) {
                TableRowReader.Row read = rows.row(row.cells(), row.lines().get(0).line());
                open(read.heading(), read.text(), read.fields(), read.body(), read.continuesTable());
                current.body().addAll(row.notes());
                lastRow = current;
                row.lines().forEach(l -> current.claim(l.line()));
            } else if (piece instanceof StackedTable.Unread unread) {
                Snippet first = unread.lines().get(0);
                Snippet last = unread.lines().get(unread.lines().size() - 1);
                warnings.unparsed(first.line(), last.line(), "stand in a table flattened one cell per line and "
                        + "could not be cut into a row (" + unread.reason() + "); nothing was read from them",
                        Snippet.join(unread.lines(), " / ").verbatim());
            }
        }
        return header.end() + cut.end();
    }

    private static void assignRoles(RawSection section) {
        FieldRoles.assign(section.fields());
        section.children().forEach(OutlineReader::assignRoles);
    }

    private void startTable(TableLayout layout) {
        table = layout;
        rows = new TableRowReader(layout, warnings);
        for (int i = 0; i < layout.width(); i++) {
            if (layout.column(i) == TableLayout.Column.OTHER && !layout.isKnownText(i)) {
                warnings.add(layout.header(i), WarningCode.TABLE_COLUMN_UNKNOWN,
                        "column " + layout.header(i).verbatim() + " is not a known field; its cells are kept as text");
            }
        }
    }

    private void plain(Snippet line) {
        if (current == null) {
            warnings.add(line, WarningCode.TEXT_AFTER_FIELDS, "text before the first task; kept in the introduction");
            loose.add(line);
            return;
        }
        FieldSplit split = FieldSplitter.split(line);
        if (awaitingValue && split.fields().isEmpty()) {
            replaceLastField(line);
            awaitingValue = false;
            return;
        }
        closeField();
        if (closesSubItems(line, split)) {
            // (1)…(4) then "(责任单位:…)" on its own line: the bracket stands for the item they belong to.
            current = current.parent();
            addFields(split.fields());
            return;
        }
        if (!split.fields().isEmpty()) {
            if (!split.text().isEmpty()) {
                text(split.text());
            }
            addFields(split.fields());
            return;
        }
        List<RawField> fields = current.fields();
        if (fields.isEmpty()) {
            current.body().add(line);
        } else if (fields.get(fields.size() - 1).kind() == FieldKind.TIMELINE
                || continuesList(fields.get(fields.size() - 1))) {
            RawField last = fields.get(fields.size() - 1);
            fields.set(fields.size() - 1, last.withValue(Snippet.join(List.of(last.value(), line), "\n")));
        } else {
            text(line);
        }
    }

    /**
     * A line that is only a responsibility bracket, after two or more sub-items none of which carries a field,
     * closes the list of sub-items: it names the units of their parent (运城: 1.完善应急预案体系, (1)–(4), then
     * "(责任单位:…)").
     */
    private boolean closesSubItems(Snippet line, FieldSplit split) {
        if (split.fields().isEmpty() || !split.text().isEmpty() || !line.text().startsWith("(")
                || current.parent() == null || !current.fields().isEmpty() || !current.children().isEmpty()) {
            return false;
        }
        List<RawSection> siblings = current.parent().children();
        return siblings.size() >= 2 && siblings.stream().allMatch(s -> s.fields().isEmpty() && !s.assignsWork())
                && current.parent().fields().isEmpty();
    }

    /** 协同责任单位:市发展改革委、市司法局、 — a list broken after its separator goes on in the next line. */
    private static boolean continuesList(RawField field) {
        String value = field.value().text();
        return !value.isEmpty() && "、,;".indexOf(value.charAt(value.length() - 1)) >= 0;
    }

    private void text(Snippet text) {
        if (!current.fields().isEmpty()) {
            warnings.add(text, WarningCode.TEXT_AFTER_FIELDS,
                    "text after the task's fields continues none of them; kept in the task's text");
        }
        current.body().add(text);
    }

    private void open(Heading heading, Snippet text, List<RawField> fields, List<Snippet> body,
            boolean continuesTable) {
        while (!open.isEmpty() && open.peek().level() >= heading.level()) {
            open.pop();
        }
        RawSection parent = open.peek();
        if (heading.level() > 0 && !continuesTable) {
            checkNumbering(heading, parent, text);
        }
        // An unnumbered heading gives its sections no prefix: (一) under it is still coded (一).
        String plain = parent == null || parent.level() == 0 ? heading.token() : parent.code() + "." + heading.token();
        String code = plain;
        for (int n = 2; !codes.add(code); n++) {
            code = plain + "#" + n;
        }
        RawSection section = new RawSection(heading.level(), heading.ordinal(), code, text, parent);
        (parent == null ? roots : parent.children()).add(section);
        open.push(section);
        current = section;
        section.body().addAll(body);
        addFields(fields);
        if (heading.level() <= DEEPEST_AREA && text.length() > LONGEST_AREA_HEADING && text.text().endsWith("。")
                && text.text().indexOf('。') == text.length() - 1) {
            warnings.add(text, WarningCode.HEADING_RUNS_INTO_TEXT, "the heading runs on into its first paragraph "
                    + "(a line break is missing); the whole line is kept as its title");
        }
    }

    private void checkNumbering(Heading heading, RawSection parent, Snippet text) {
        List<RawSection> siblings = parent == null ? roots : parent.children();
        int expected = 1;
        for (int i = siblings.size() - 1; i >= 0; i--) {
            if (siblings.get(i).level() == heading.level()) {
                expected = siblings.get(i).ordinal() + 1;
                break;
            }
        }
        if (heading.ordinal() != expected) {
            warnings.add(text.line(), WarningCode.NUMBERING_GAP, "numbered " + heading.token() + " where "
                    + expected + " was due", heading.token() + text.verbatim());
        }
    }

    private void addFields(List<RawField> fields) {
        for (int i = 0; i < fields.size(); i++) {
            RawField field = fields.get(i);
            current.fields().add(field);
            awaitingValue = field.value().isEmpty();
            if (awaitingValue && i < fields.size() - 1) {
                closeField();
            }
        }
    }

    private void replaceLastField(Snippet value) {
        List<RawField> fields = current.fields();
        fields.set(fields.size() - 1, fields.get(fields.size() - 1).withValue(value));
    }

    private void closeField() {
        if (awaitingValue && current != null) {
            List<RawField> fields = current.fields();
            RawField empty = fields.get(fields.size() - 1);
            warnings.add(empty.value().line(), WarningCode.FIELD_EMPTY, empty.label() + " has no value", empty.label());
        }
        awaitingValue = false;
    }
}
