package duban.tasks.notice.structure;

import duban.tasks.notice.text.Snippet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A table given as text: cells separated by tabs, or by runs of two or more spaces, under a header row such as
 * 序号 重点工作任务 主要责任单位 协同配合单位 完成时限. A full-width space (as web pages pad their cells) separates
 * cells too; a table whose header is separated by single spaces (copied from a web page) has its rows cut at
 * every space, since a header of known column names only says the page used single spaces between cells.
 */
public final class TableLayout {

    /** What a column holds. */
    public enum Column {
        NUMBER,
        TASK,
        FIELD,
        OTHER
    }

    private static final Set<String> NUMBER = Set.of("序号", "编号");
    private static final Set<String> TASK = Set.of("重点工作任务", "工作任务", "主要任务", "具体任务", "工作内容",
            "任务内容", "工作事项", "任务", "重点任务", "目标任务", "工作目标", "任务名称", "重点工作", "内容与要求",
            "工作内容与要求");
    /** Columns that are no field but that tables often carry; their cells are kept as text. */
    private static final Set<String> OTHER = Set.of("备注", "进展情况", "完成情况", "工作措施", "具体措施", "推进措施");
    private static final int FEWEST_COLUMNS = 3;

    private final List<Snippet> headers;
    private final List<Column> columns;
    private final List<FieldKind> kinds;
    private final boolean singleSpaced;

    private TableLayout(List<Snippet> headers, List<Column> columns, List<FieldKind> kinds, boolean singleSpaced) {
        this.headers = headers;
        this.columns = columns;
        this.kinds = kinds;
        this.singleSpaced = singleSpaced;
    }

    /** The layout a header row announces: it names a task column and a field column. */
    public static Optional<TableLayout> header(Snippet line) {
        List<Snippet> cells = cells(line, false);
        boolean singleSpaced = false;
        if (cells.size() < FEWEST_COLUMNS) {
            cells = cells(line, true);
            singleSpaced = true;
            if (cells.size() < FEWEST_COLUMNS || !cells.stream().allMatch(TableLayout::isColumnName)) {
                return Optional.empty();
            }
        }
        return of(cells, singleSpaced);
    }

    /**
     * The layout of header cells that each stood on their own line (a table flattened one cell per line), or
     * nothing when they do not name a task column and a field column.
     */
    static Optional<TableLayout> stacked(List<Snippet> cells) {
        return cells.size() < FEWEST_COLUMNS ? Optional.empty() : of(cells, false);
    }

    private static Optional<TableLayout> of(List<Snippet> cells, boolean singleSpaced) {
        List<Column> columns = new ArrayList<>();
        List<FieldKind> kinds = new ArrayList<>();
        boolean task = false;
        boolean field = false;
        for (Snippet cell : cells) {
            String name = bare(cell);
            Optional<FieldKind> kind = FieldLabels.kindOfHeader(name);
            if (NUMBER.contains(name)) {
                columns.add(Column.NUMBER);
            } else if (TASK.contains(name)) {
                columns.add(Column.TASK);
                task = true;
            } else if (kind.isPresent()) {
                columns.add(Column.FIELD);
                field = true;
            } else {
                columns.add(Column.OTHER);
            }
            kinds.add(kind.orElse(null));
        }
        return task && field ? Optional.of(new TableLayout(cells, columns, kinds, singleSpaced)) : Optional.empty();
    }

    /** Whether column {@code i} is one tables often carry without it being a field (备注, 进展情况): text, no surprise. */
    public boolean isKnownText(int i) {
        return columns.get(i) == Column.OTHER && OTHER.contains(bare(headers.get(i)));
    }

    /** A cell that is one of the column names this reader knows (or 备注). */
    static boolean isColumnName(Snippet cell) {
        String name = bare(cell);
        return NUMBER.contains(name) || TASK.contains(name) || FieldLabels.kindOfHeader(name).isPresent()
                || OTHER.contains(name);
    }

    /** 重点工作任务(杭州市2项配合工作), 完成时限(2025年): the column's name without its note. */
    private static String bare(Snippet cell) {
        String name = cell.text().replaceAll("\\s", "");
        int note = name.indexOf('(');
        return note > 0 && name.endsWith(")") ? name.substring(0, note) : name;
    }

    /** The cells of a row under this header. */
    public List<Snippet> rowCells(Snippet line) {
        return cells(line, singleSpaced);
    }

    /** The cells of a line; empty cells are kept only where tabs separate them. */
    public static List<Snippet> cells(Snippet line) {
        return cells(line, false);
    }

    private static List<Snippet> cells(Snippet line, boolean anySpace) {
        String text = line.text();
        List<Snippet> cells = new ArrayList<>();
        if (text.indexOf('\t') >= 0) {
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == '\t') {
                    cells.add(line.sub(start, i).trim());
                    start = i + 1;
                }
            }
            return cells;
        }
        String verbatim = line.verbatim();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) != ' ') {
                i++;
                continue;
            }
            int end = i;
            boolean wide = false;
            while (end < text.length() && text.charAt(end) == ' ') {
                wide |= verbatim.charAt(end) == '\u3000';
                end++;
            }
            if ((anySpace || wide || end - i >= 2) && i > 0 && end < text.length()) {
                cells.add(line.sub(start, i).trim());
                start = end;
            }
            i = end;
        }
        cells.add(line.sub(start).trim());
        cells.removeIf(Snippet::isEmpty);
        if (cells.isEmpty()) {
            cells.add(line.trim());
        }
        return cells;
    }

    public int width() {
        return columns.size();
    }

    public Column column(int i) {
        return columns.get(i);
    }

    public FieldKind kind(int i) {
        return kinds.get(i);
    }

    public Snippet header(int i) {
        return headers.get(i);
    }
}
