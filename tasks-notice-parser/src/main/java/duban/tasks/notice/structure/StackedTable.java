package duban.tasks.notice.structure;

import duban.tasks.notice.text.ChineseNumerals;
import duban.tasks.notice.text.Snippet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table flattened one cell per line, as web pages copy: the header's column names each on a line (序号 /
 * 重点工作任务 / 牵头单位 / …), then each row's cells, one a line, an empty cell often simply missing, section rows
 * (一、…) between rows. Rows begin at the 序号 sequence (1, 2, 3 … or 一、二、; after a section row it may start again
 * at 1), or, in a table without 序号 column, every as many lines as the header has columns. A row's cells go to
 * columns in order; when cells are missing or a cell is wrapped over two lines, the kinds of the cells (a deadline,
 * a unit list, a leader) place them, see {@link #fit}. A row nothing fits, and lines where no row begins, are
 * handed back unread, for a warning: nothing is invented.
 */
final class StackedTable {

    /** What the table's lines turned out to be, in order. */
    sealed interface Piece permits SectionRow, Row, Unread {
    }

    /** 一、推进城市更新: a line that groups the rows after it. */
    record SectionRow(Snippet line) implements Piece {
    }

    /**
     * One row: its lines, one cell per column (empty where the row has none, the cells of a column joined), and
     * labelled notes under it that no column holds (省牵头单位:省农业农村厅), kept as the row's text.
     */
    record Row(List<Snippet> lines, List<Snippet> cells, List<Snippet> notes) implements Piece {
    }

    /** Lines that could not be cut into a row, and why. */
    record Unread(List<Snippet> lines, String reason) implements Piece {
    }

    /** The header's layout and the index of the first line after it. */
    record Header(TableLayout layout, int end) {
    }

    /** 完成时限(2025年): a column name with its note. */
    private static final int LONGEST_COLUMN_NAME = 30;
    private static final Pattern NOTE = Pattern.compile("^[\\u4e00-\\u9fa5]{2,8}:.+");
    private static final int SHORTEST_PROSE = 15;
    /** More cells than this many per column is no row: something else runs on under the table. */
    private static final int MOST_CELLS_PER_COLUMN = 3;
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,3}|[一二三四五六七八九十]{1,3})\\s*[.、*]?$");

    private final TableLayout layout;
    private final int numberColumn;
    private final List<Piece> pieces = new ArrayList<>();
    private final List<Snippet> stray = new ArrayList<>();
    private List<Snippet> row;
    private long lastNumber;
    private boolean sequenceMayRestart = true;

    private StackedTable(TableLayout layout) {
        this.layout = layout;
        int number = -1;
        for (int i = 0; i < layout.width() && number < 0; i++) {
            number = layout.column(i) == TableLayout.Column.NUMBER ? i : -1;
        }
        this.numberColumn = number;
    }

    /** A header whose column names stand one a line from {@code at} on (blank lines between them are skipped). */
    static Optional<Header> header(List<Snippet> lines, int at) {
        List<Snippet> names = new ArrayList<>();
        int end = at;
        for (int i = at; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                continue;
            }
            Snippet name = cell(lines.get(i));
            if (name.length() > LONGEST_COLUMN_NAME || !TableLayout.isColumnName(name)) {
                break;
            }
            names.add(name);
            end = i + 1;
        }
        if (end == at) {
            return Optional.empty();
        }
        int after = end;
        return TableLayout.stacked(names).map(layout -> new Header(layout, after));
    }

    /** The table's pieces, and the index (into the lines given to {@link #cut}) where the table ends. */
    record Cut(List<Piece> pieces, int end) {
    }

    /**
     * Cuts the lines after the header (blank ones are skipped) into rows, up to where the table ends: a section
     * row that no row follows (三、保障措施 and its paragraphs), or text after the last row.
     */
    static Cut cut(TableLayout layout, List<Snippet> given) {
        List<Snippet> lines = given.stream().map(StackedTable::cell).toList();
        StackedTable table = new StackedTable(layout);
        int end = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                continue;
            }
            if (table.endsAt(lines, i)) {
                end = i;
                break;
            }
            table.line(lines.get(i));
        }
        return new Cut(table.pieces, table.finish(lines, end));
    }

    /** A section row after which no row begins: the plan goes on in text, the table is over. */
    private boolean endsAt(List<Snippet> lines, int at) {
        if (!isSectionRow(lines.get(at))) {
            return false;
        }
        for (int i = at + 1; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                Snippet next = lines.get(i);
                if (numberColumn < 0) {
                    return isProse(next);
                }
                OptionalLong number = number(next);
                Optional<Heading> numbered = Heading.detect(next.text());
                long n = number.isPresent() ? number.getAsLong()
                        : numbered.filter(h -> h.level() == 3).map(Heading::ordinal).orElse(-1);
                return n != 1 && n != lastNumber + 1;
            }
        }
        return true;
    }

    /**
     * Flushes the last row. When it fits no column order but its first lines do and the rest is prose (a closing
     * paragraph right under the table), the row ends before the prose and so does the table; without 序号 column,
     * a last row that is only prose ends the table where it begins.
     */
    private int finish(List<Snippet> lines, int end) {
        if (row != null && numberColumn >= 0 && rowOf(row) instanceof Unread) {
            for (int k = row.size() - 1; k >= 2; k--) {
                if (isProse(row.get(k)) && !(rowOf(row.subList(0, k)) instanceof Unread)) {
                    int proseAt = lines.indexOf(row.get(k));
                    row = new ArrayList<>(row.subList(0, k));
                    flush();
                    return proseAt;
                }
            }
        }
        if (row != null && numberColumn < 0 && isProse(row.get(0)) && rowOf(row) instanceof Unread) {
            int proseAt = lines.indexOf(row.get(0));
            row = null;
            flush();
            return proseAt;
        }
        flush();
        return end;
    }

    private static boolean isProse(Snippet line) {
        String text = line.text();
        return Heading.detect(text).isPresent()
                || text.length() >= SHORTEST_PROSE && (text.endsWith("。") || text.endsWith(":"));
    }

    private void line(Snippet line) {
        if (isSectionRow(line)) {
            flush();
            pieces.add(new SectionRow(line));
            sequenceMayRestart = true;
            return;
        }
        if (numberColumn >= 0) {
            OptionalLong number = number(line);
            if (number.isPresent() && continues(number.getAsLong())) {
                flush();
                row = new ArrayList<>(List.of(line));
                lastNumber = number.getAsLong();
                sequenceMayRestart = false;
                return;
            }
            Optional<Heading> numbered = Heading.detect(line.text());
            if (numbered.isPresent() && numbered.get().level() == 3 && numbered.get().markerEnd() < line.length()
                    && continues(numbered.get().ordinal())) {
                // 1.实施重点项目攻坚行动: the page kept the 序号 and the task on one line; the other cells follow.
                flush();
                row = new ArrayList<>(List.of(line.sub(0, numbered.get().markerEnd()).trim(),
                        line.sub(numbered.get().markerEnd()).trim()));
                lastNumber = numbered.get().ordinal();
                sequenceMayRestart = false;
                return;
            }
            (row == null ? stray : row).add(line);
            return;
        }
        row = row == null ? new ArrayList<>() : row;
        row.add(line);
        if (row.size() == layout.width()) {
            flush();
        }
    }

    /** The next number of the sequence, or 1 where it may start again (at the top, after a section row). */
    private boolean continues(long number) {
        return number == lastNumber + 1 || sequenceMayRestart && number == 1;
    }

    private void flush() {
        if (!stray.isEmpty()) {
            pieces.add(new Unread(List.copyOf(stray), "no row of the table begins here (no 序号 in sequence)"));
            stray.clear();
        }
        if (row != null) {
            pieces.add(rowOf(row));
            row = null;
        }
    }

    private Piece rowOf(List<Snippet> lines) {
        List<Snippet> cells = numberColumn >= 0 ? lines.subList(1, lines.size()) : lines;
        int noted = cells.size();
        while (noted > 1 && NOTE.matcher(cells.get(noted - 1).text()).matches()) {
            noted--;
        }
        List<Snippet> notes = List.copyOf(cells.subList(noted, cells.size()));
        cells = cells.subList(0, noted);
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < layout.width(); i++) {
            if (i != numberColumn) {
                columns.add(i);
            }
        }
        if (cells.size() > MOST_CELLS_PER_COLUMN * columns.size()) {
            return new Unread(List.copyOf(lines), cells.size() + " cells for " + columns.size() + " columns");
        }
        Optional<int[]> fit = fit(cells, columns);
        if (fit.isEmpty()) {
            return new Unread(List.copyOf(lines), "its " + cells.size() + " cells fit the columns in no order "
                    + "that their kinds (task text, units, deadline, leader) allow");
        }
        List<List<Snippet>> byColumn = new ArrayList<>();
        for (int i = 0; i < layout.width(); i++) {
            byColumn.add(new ArrayList<>());
        }
        if (numberColumn >= 0) {
            byColumn.get(numberColumn).add(lines.get(0));
        }
        for (int i = 0; i < cells.size(); i++) {
            byColumn.get(columns.get(fit.get()[i])).add(cells.get(i));
        }
        int first = lines.get(0).line();
        List<Snippet> joined = byColumn.stream()
                .map(parts -> parts.isEmpty() ? Snippet.empty(first) : Snippet.join(parts, "")).toList();
        return new Row(List.copyOf(lines), joined, notes);
    }

    /**
     * The column (an index into {@code columns}) of each cell: columns in order, a column may get no cell (a
     * missing cell) or several (a cell wrapped over lines). Of the placements the cells' kinds allow, the one with
     * the fewest missing and joined cells wins; between equals, the one that fills earlier columns, so a lone
     * unit list between 牵头单位 and 配合单位 is the lead's.
     */
    private Optional<int[]> fit(List<Snippet> cells, List<Integer> columns) {
        Search search = new Search(cells, columns);
        search.place(0, -1, 0, new int[cells.size()]);
        return Optional.ofNullable(search.best);
    }

    private final class Search {

        private final List<Snippet> cells;
        private final List<Integer> columns;
        private int[] best;
        private int bestCost = Integer.MAX_VALUE;

        Search(List<Snippet> cells, List<Integer> columns) {
            this.cells = cells;
            this.columns = columns;
        }

        void place(int cell, int previous, int joins, int[] placed) {
            if (cell == cells.size()) {
                finish(joins, placed);
                return;
            }
            String text = cells.get(cell).text();
            for (int c = Math.max(previous, 0); c < columns.size(); c++) {
                boolean join = c == previous;
                if (join ? !joins(c, cell) : !fits(c, text) || mustJoin(previous, cell)) {
                    continue;
                }
                placed[cell] = c;
                place(cell + 1, c, joins + (join ? 1 : 0), placed);
            }
        }

        /** A unit list broken after its separator goes on in the next cell: that cell must join it. */
        private boolean mustJoin(int previous, int cell) {
            return previous >= 0 && isUnitColumn(previous) && CellKinds.endsInSeparator(cells.get(cell - 1).text());
        }

        private void finish(int joins, int[] placed) {
            boolean[] filled = new boolean[columns.size()];
            for (int c : placed) {
                filled[c] = true;
            }
            int missing = 0;
            int fields = 0;
            for (int c = 0; c < columns.size(); c++) {
                TableLayout.Column column = layout.column(columns.get(c));
                if (!filled[c]) {
                    if (column == TableLayout.Column.TASK) {
                        return; // a row without its task is no row
                    }
                    missing++;
                } else if (column == TableLayout.Column.FIELD) {
                    fields++;
                }
            }
            if (fields == 0) {
                return; // everything joined into the task text: that is a guess, not a reading
            }
            int cost = joins + missing;
            if (cost < bestCost) {
                bestCost = cost;
                best = placed.clone();
            }
        }

        private boolean fits(int c, String cell) {
            int column = columns.get(c);
            if (layout.column(column) != TableLayout.Column.FIELD) {
                return true;
            }
            return switch (layout.kind(column)) {
                case LEAD, CO -> CellKinds.isUnits(cell);
                case TIMELINE -> CellKinds.isDate(cell);
                case LEADER -> CellKinds.isLeaders(cell);
            };
        }

        /** Task text and other columns go on over any lines; a unit list only after a separator. */
        private boolean joins(int c, int cell) {
            String text = cells.get(cell).text();
            return isUnitColumn(c) ? CellKinds.endsInSeparator(cells.get(cell - 1).text()) && CellKinds.isUnits(text)
                    : fits(c, text);
        }

        private boolean isUnitColumn(int c) {
            FieldKind kind = layout.kind(columns.get(c));
            return kind == FieldKind.LEAD || kind == FieldKind.CO;
        }
    }

    /** "序号 |": pages that draw the grid with | leave it around the cell. */
    private static Snippet cell(Snippet line) {
        return line.isEmpty() || line.text().indexOf('|') < 0 ? line : line.strip("|");
    }

    private static boolean isSectionRow(Snippet line) {
        Optional<Heading> heading = Heading.detect(line.text());
        return heading.isPresent() && heading.get().level() <= 2 && heading.get().markerEnd() < line.length()
                && number(line).isEmpty();
    }

    private static OptionalLong number(Snippet line) {
        Matcher m = NUMBER.matcher(line.text());
        return m.matches() ? ChineseNumerals.parse(m.group(1)) : OptionalLong.empty();
    }
}
