package duban.workbook;

import java.util.List;

/**
 * Where everything stands in the workbook; the writer and the reader both follow this class.
 * <p>
 * Sheet 1, {@value #TASK_SHEET}: A1 the plan title, A2 the 文号, row 3 the headers, then one row per leaf task.
 * The visible columns A–H are exactly {@link #VISIBLE_HEADERS}. Two hidden columns carry what a clerk does not
 * read but the importer needs: I {@value #TASK_CODE_HEADER} (the task's code in the plan tree) and
 * J {@value #MILESTONES_HEADER} (the parsed milestones, one per line, see {@link MilestoneCodec}). Unit columns
 * hold one name per line ({@link UnitNames}); the 任务 cell is the title, a line break, then the detail.
 * <p>
 * Sheet 2, {@value #QUOTA_SHEET}: one column per target, one row per unit. Column A holds the row labels: row 1
 * {@value #QUOTA_DESCRIPTION_LABEL} (what is counted), row 2 {@value #QUOTA_MEASURE_WORD_LABEL}, row 3
 * {@value #QUOTA_TOTAL_LABEL}, row 4 {@value #QUOTA_TASK_CODE_LABEL} (hidden: which task owns the target), and
 * from row 5 the units with their shares ({@link AllocationCodec}: 2, "1-2", "谋划1"; empty = no share).
 */
final class LedgerLayout {

    static final String TASK_SHEET = "工作台账";
    static final String QUOTA_SHEET = "目标分解";

    static final int TITLE_ROW = 0;
    static final int DOC_NUMBER_ROW = 1;
    static final int HEADER_ROW = 2;
    static final int FIRST_TASK_ROW = 3;

    static final int SERIAL = 0;
    static final int TASK = 1;
    static final int LEAD_UNITS = 2;
    static final int CO_UNITS = 3;
    static final int TIMELINE = 4;
    static final int TARGETS = 5;
    static final int LATEST_PROGRESS = 6;
    static final int COMPLETION = 7;
    static final int TASK_CODE = 8;
    static final int MILESTONES = 9;

    static final List<String> VISIBLE_HEADERS =
            List.of("序号", "任务", "牵头单位", "同责单位", "时间进度", "目标分解", "最新进展", "完成情况");
    static final String TASK_CODE_HEADER = "任务编码";
    static final String MILESTONES_HEADER = "里程碑";

    /**
     * Column widths in Latin character widths; a Chinese character takes two. Chosen so a typical cell wraps
     * into a few lines on an A4 landscape page: wide for prose, narrow for 序号 and 完成情况.
     */
    static final int[] TASK_COLUMN_WIDTHS = {14, 48, 18, 22, 40, 36, 30, 16, 12, 40};

    static final int QUOTA_DESCRIPTION_ROW = 0;
    static final int QUOTA_MEASURE_WORD_ROW = 1;
    static final int QUOTA_TOTAL_ROW = 2;
    static final int QUOTA_TASK_CODE_ROW = 3;
    static final int FIRST_UNIT_ROW = 4;

    static final String QUOTA_DESCRIPTION_LABEL = "目标";
    static final String QUOTA_MEASURE_WORD_LABEL = "量词";
    static final String QUOTA_TOTAL_LABEL = "合计";
    static final String QUOTA_TASK_CODE_LABEL = "任务编码";
    static final List<String> QUOTA_LABELS =
            List.of(QUOTA_DESCRIPTION_LABEL, QUOTA_MEASURE_WORD_LABEL, QUOTA_TOTAL_LABEL, QUOTA_TASK_CODE_LABEL);

    static final int UNIT_COLUMN_WIDTH = 18;
    static final int TARGET_COLUMN_WIDTH = 20;

    private LedgerLayout() {
    }
}
