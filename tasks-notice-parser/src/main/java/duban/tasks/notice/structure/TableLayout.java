package duban.tasks.notice.structure;

import duban.tasks.notice.text.Snippet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table given as text: cells separated by tabs, or by runs of two or more spaces, under a header row such as
 * 序号 重点工作任务 主要责任单位 协同配合单位 完成时限.
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
            "任务内容", "工作事项", "任务", "重点任务", "目标任务", "工作目标", "任务名称");
    private static final Pattern WIDE_SPACE = Pattern.compile(" {2,}");
    private static final int FEWEST_COLUMNS = 3;

    private final List<Snippet> headers;
    private final List<Column> columns;
    private final List<FieldKind> kinds;

    private TableLayout(List<Snippet> headers, List<Column> columns, List<FieldKind> kinds) {
        this.headers = headers;
        this.columns = columns;
        this.kinds = kinds;
    }

    /** The layout a header row announces: it names a task column and a field column. */
    public static Optional<TableLayout> header(Snippet line) {
        if (line.text().indexOf('\t') < 0 && !line.text().contains("  ")) {
            return Optional.empty();
        }
        List<Snippet> cells = cells(line);
        if (cells.size() < FEWEST_COLUMNS) {
            return Optional.empty();
        }
        List<Column> columns = new ArrayList<>();
        List<FieldKind> kinds = new ArrayList<>();
        boolean task = false;
        boolean field = false;
        for (Snippet cell : cells) {
            String name = cell.text().replaceAll("\\s", "");
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
        return task && field ? Optional.of(new TableLayout(cells, columns, kinds)) : Optional.empty();
    }

    /** The cells of a row; empty cells are kept only where tabs separate them. */
    public static List<Snippet> cells(Snippet line) {
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
        Matcher m = WIDE_SPACE.matcher(text);
        int start = 0;
        while (m.find()) {
            cells.add(line.sub(start, m.start()).trim());
            start = m.end();
        }
        cells.add(line.sub(start).trim());
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
