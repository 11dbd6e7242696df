package duban.workbook;

import static duban.workbook.LedgerLayout.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Reads sheet 1, {@code 工作台账}. */
final class TaskSheetReader {

    private final Sheet sheet;
    private final CellText cells;

    TaskSheetReader(Sheet sheet) {
        this.sheet = sheet;
        this.cells = new CellText(sheet);
        checkHeaders();
    }

    String planTitle() {
        return cells.text(sheet.getRow(TITLE_ROW), 0).strip();
    }

    String docNumber() {
        return cells.text(sheet.getRow(DOC_NUMBER_ROW), 0).strip();
    }

    List<LedgerRow> rows() {
        List<LedgerRow> rows = new ArrayList<>();
        for (int index = FIRST_TASK_ROW; index <= sheet.getLastRowNum(); index++) {
            Row row = sheet.getRow(index);
            if (cells.isBlank(row, MILESTONES)) {
                continue;
            }
            rows.add(task(row, index));
        }
        return rows;
    }

    private void checkHeaders() {
        Row header = sheet.getRow(HEADER_ROW);
        for (int column = 0; column < VISIBLE_HEADERS.size(); column++) {
            expectHeader(header, column, VISIBLE_HEADERS.get(column));
        }
        expectHeader(header, TASK_CODE, TASK_CODE_HEADER);
        expectHeader(header, MILESTONES, MILESTONES_HEADER);
    }

    private void expectHeader(Row header, int column, String expected) {
        String found = cells.text(header, column).strip();
        if (!found.equals(expected)) {
            throw cells.error(HEADER_ROW, column, "expected the header '" + expected + "' but found '" + found + "'");
        }
    }

    private LedgerRow task(Row row, int index) {
        String task = cells.text(row, TASK);
        int lineBreak = task.indexOf('\n');
        String title = (lineBreak < 0 ? task : task.substring(0, lineBreak)).strip();
        String detail = lineBreak < 0 ? "" : task.substring(lineBreak + 1);
        if (title.isEmpty()) {
            throw cells.error(index, TASK, "a task row needs a title in 任务");
        }
        List<Milestone> milestones;
        try {
            milestones = MilestoneCodec.parse(cells.text(row, MILESTONES));
        } catch (IllegalArgumentException e) {
            throw cells.error(index, MILESTONES, e.getMessage(), e);
        }
        return new LedgerRow(
                cells.text(row, SERIAL).strip(),
                cells.text(row, TASK_CODE).strip(),
                title,
                detail,
                UnitNames.split(cells.text(row, LEAD_UNITS)),
                UnitNames.split(cells.text(row, CO_UNITS)),
                cells.text(row, TIMELINE),
                milestones,
                cells.text(row, TARGETS),
                cells.text(row, LATEST_PROGRESS),
                cells.text(row, COMPLETION));
    }
}
