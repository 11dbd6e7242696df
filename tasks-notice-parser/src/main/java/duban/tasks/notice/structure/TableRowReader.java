package duban.tasks.notice.structure;

import duban.tasks.notice.diagnostics.Warnings;
import duban.tasks.notice.model.WarningCode;
import duban.tasks.notice.text.Punctuation;
import duban.tasks.notice.text.Snippet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a table row into a section: the number cell numbers it (or it takes the next number), the task cell
 * is its text, field columns are its fields, other columns are kept as "header:cell" text lines.
 */
final class TableRowReader {

    /**
     * @param continuesTable the row's number follows the table's previous row, across section rows: tables
     *                       often number their rows 1 … n through all sections, which is no gap
     */
    record Row(Heading heading, Snippet text, List<RawField> fields, List<Snippet> body, boolean continuesTable) {
    }

    private static final Set<String> NOTHING = Set.of("无", "/", "-", "—");
    private static final int ROW_LEVEL = 3;

    private final TableLayout layout;
    private final Warnings warnings;
    private int lastOrdinal;

    TableRowReader(TableLayout layout, Warnings warnings) {
        this.layout = layout;
        this.warnings = warnings;
    }

    /** The row as a section, or nothing when its cells do not fit the header (the line is then kept as text). */
    Optional<Row> row(Snippet line, List<Snippet> given) {
        List<Snippet> cells = new ArrayList<>(given);
        // Trimming the line took its trailing tabs: with tabs, missing cells at the end are empty ones.
        while (cells.size() < layout.width() && line.text().indexOf('\t') >= 0) {
            cells.add(Snippet.empty(line.line()));
        }
        if (cells.size() < layout.width()) {
            warnings.add(line, WarningCode.TABLE_ROW_SHAPE, cells.size() + " cells where the header has "
                    + layout.width() + "; the line is kept as text of the task above");
            return Optional.empty();
        }
        List<Snippet> fitted = new ArrayList<>(cells.subList(0, layout.width() - 1));
        if (cells.size() > layout.width()) {
            warnings.add(line, WarningCode.TABLE_ROW_SHAPE, cells.size() + " cells where the header has "
                    + layout.width() + "; the extra cells are joined to the last column");
        }
        fitted.add(Snippet.join(cells.subList(layout.width() - 1, cells.size()), " "));
        return Optional.of(row(fitted, line.line()));
    }

    /** A row whose cells are already one per column (empty where the row has none). */
    Row row(List<Snippet> fitted, int line) {
        Heading heading = null;
        Snippet text = Snippet.empty(line);
        List<RawField> fields = new ArrayList<>();
        List<Snippet> body = new ArrayList<>();
        for (int i = 0; i < layout.width(); i++) {
            Snippet cell = fitted.get(i);
            switch (layout.column(i)) {
                case NUMBER -> heading = number(cell).orElse(null);
                case TASK -> {
                    FieldSplit split = FieldSplitter.split(cell);
                    text = split.text();
                    fields.addAll(split.fields());
                }
                case FIELD -> {
                    if (!cell.isEmpty() && !NOTHING.contains(cell.text())) {
                        fields.add(new RawField(layout.kind(i), layout.header(i).text(),
                                cell.strip(Punctuation.FIELD_GLUE)));
                    }
                }
                case OTHER -> {
                    if (!cell.isEmpty()) {
                        body.add(Snippet.join(List.of(layout.header(i), cell), ":"));
                    }
                }
            }
        }
        if (heading == null) {
            heading = new Heading(ROW_LEVEL, String.valueOf(lastOrdinal + 1), lastOrdinal + 1, 0);
        }
        boolean continues = lastOrdinal > 0 && heading.ordinal() == lastOrdinal + 1;
        lastOrdinal = heading.ordinal();
        return new Row(heading, text, fields, body, continues);
    }

    private static Optional<Heading> number(Snippet cell) {
        String token = cell.text().replaceAll("[.、*\\s]+$", "");
        if (token.isEmpty()) {
            return Optional.empty();
        }
        boolean bracketed = token.startsWith("(");
        return Heading.detect(bracketed ? token : token + ".");
    }
}
