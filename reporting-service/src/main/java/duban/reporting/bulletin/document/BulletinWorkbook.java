package duban.reporting.bulletin.document;

import duban.reporting.bulletin.Bulletin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a bulletin as an .xlsx workbook: sheet {@code 概况} (the plan's tasks), sheet {@code 单位情况} (one row per
 * unit, numbers as numbers) and sheet {@code 表扬与点名}. A completion rate or mean with nothing to measure is an empty
 * cell, as the JSON's null. Each sheet has a title row naming the plan and month
 * ((暂定) for the running month) and a frozen header row. Stateless and thread-safe.
 *
 * <p>POI stamps the package's creation date and every zip entry with the current time; both are set to the
 * bulletin's reading instant instead, so the same bulletin gives the same bytes.
 */
public final class BulletinWorkbook {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final String SUMMARY_SHEET = "概况";
    static final String UNIT_SHEET = "单位情况";
    static final String MENTION_SHEET = "表扬与点名";

    static final List<String> SUMMARY_HEADERS = List.of("项目", "数量");
    static final List<String> UNIT_HEADERS = List.of("单位", "类别", "应报", "按时", "迟报", "漏报", "退回", "节点应完成",
            "已完成", "逾期", "领办逾期", "指标完成率", "得分", "排名", "按期完成率", "超期办结", "平均办结时长（工作日）");
    static final List<String> MENTION_HEADERS = List.of("类型", "单位", "事由");

    static final int TITLE_ROW = 0;
    static final int BASIS_ROW = 1;
    static final int HEADER_ROW = 2;
    static final int FIRST_DATA_ROW = 3;

    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;
    /** The title's 16 points against the body's 11: how much wider its characters are. */
    private static final double TITLE_SCALE = 16.0 / 11;

    public byte[] write(Bulletin bulletin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            BulletinStyles styles = new BulletinStyles(workbook);
            summary(bulletin, workbook.createSheet(SUMMARY_SHEET), styles);
            units(bulletin, workbook.createSheet(UNIT_SHEET), styles);
            mentions(bulletin, workbook.createSheet(MENTION_SHEET), styles);
            // The summary opens first; it is the only selected tab (two selected tabs would group the sheets).
            workbook.setActiveSheet(0);
            POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
            Date readAt = Date.from(bulletin.readAt());
            core.setCreated(Optional.of(readAt));
            core.setModified(Optional.of(readAt));
            core.setCreator("Duban");
            core.setTitle(BulletinLabels.title(bulletin));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return FixedZipTimes.rewrite(out.toByteArray(), LocalDateTime.ofInstant(bulletin.readAt(), ZoneOffset.UTC));
    }

    private static void summary(Bulletin bulletin, Sheet sheet, BulletinStyles styles) {
        SheetWriter writer = new SheetWriter(sheet, styles, SUMMARY_HEADERS);
        writer.heading(bulletin);
        Bulletin.Summary summary = bulletin.summary();
        Object[][] rows = {
                {"任务总数", summary.tasks()}, {"已完成", summary.completed()}, {"推进中", summary.inProgress()},
                {"逾期", summary.overdue()}, {"暂停", summary.suspended()}, {"已撤销", summary.cancelled()},
                {"红灯", summary.red()}, {"黄灯", summary.yellow()}, {"绿灯", summary.green()},
                {"按期完成率", Percent.of(summary.completion().onTimeRate())},
                {"超期办结", summary.completion().late()},
                {"平均办结时长（工作日）", summary.completion().averageWorkingDays()}};
        for (Object[] row : rows) {
            writer.row(row);
        }
        writer.finish();
    }

    private static void units(Bulletin bulletin, Sheet sheet, BulletinStyles styles) {
        SheetWriter writer = new SheetWriter(sheet, styles, UNIT_HEADERS);
        writer.heading(bulletin);
        for (Bulletin.UnitLine unit : bulletin.units()) {
            writer.row(unit.unitName(), unit.categoryLabel(), unit.reportsOwed(), unit.reportsOnTime(),
                    unit.reportsLate(), unit.reportsMissing(), unit.reportsReturned(), unit.milestonesDue(),
                    unit.milestonesMet(), unit.milestonesOverdue(), unit.acknowledgementsOverdue(),
                    Percent.of(unit.attainment()), unit.score(), unit.rank(),
                    Percent.of(unit.completion().onTimeRate()), unit.completion().late(),
                    unit.completion().averageWorkingDays());
        }
        writer.finish();
    }

    private static void mentions(Bulletin bulletin, Sheet sheet, BulletinStyles styles) {
        SheetWriter writer = new SheetWriter(sheet, styles, MENTION_HEADERS);
        writer.heading(bulletin);
        for (Bulletin.Mention mention : bulletin.commended()) {
            writer.row("表扬", mention.unitName(), String.join("；", mention.reasons()));
        }
        for (Bulletin.Mention mention : bulletin.named()) {
            writer.row("点名", mention.unitName(), String.join("；", mention.reasons()));
        }
        writer.finish();
    }

    /** A rate to be shown as a percentage (the cell keeps the number, 0.8 shows 80.00%). */
    record Percent(java.math.BigDecimal rate) {
        static Percent of(java.math.BigDecimal rate) {
            return rate == null ? null : new Percent(rate);
        }
    }

    /** Fills one sheet: title and basis rows across the headers, the frozen header row, rows, widths to fit. */
    private static final class SheetWriter {
        private final Sheet sheet;
        private final BulletinStyles styles;
        private final List<String> headers;
        private final int[] widths;
        private int next = FIRST_DATA_ROW;

        SheetWriter(Sheet sheet, BulletinStyles styles, List<String> headers) {
            this.sheet = sheet;
            this.styles = styles;
            this.headers = headers;
            this.widths = new int[headers.size()];
            Row header = sheet.createRow(HEADER_ROW);
            for (int column = 0; column < headers.size(); column++) {
                styles.text(header, column, headers.get(column), styles.header);
                fit(column, headers.get(column));
            }
        }

        void heading(Bulletin bulletin) {
            Row title = sheet.createRow(TITLE_ROW);
            styles.text(title, 0, BulletinLabels.title(bulletin), styles.title);
            title.setHeightInPoints(30);
            Row basis = sheet.createRow(BASIS_ROW);
            String docNumber = bulletin.docNumber() == null ? "" : bulletin.docNumber() + "　";
            styles.text(basis, 0, docNumber + BulletinLabels.basis(bulletin), styles.subtitle);
        }

        void row(Object... values) {
            Row row = sheet.createRow(next++);
            for (int column = 0; column < values.length; column++) {
                Object value = values[column];
                if (value instanceof Number number) {
                    styles.number(row, column, number);
                    fit(column, number.toString());
                } else if (value instanceof Percent percent) {
                    styles.percent(row, column, percent.rate());
                    fit(column, BulletinLabels.percent(percent.rate()));
                } else if (value == null) {
                    styles.text(row, column, "", styles.body);
                } else {
                    styles.text(row, column, value.toString(), styles.body);
                    fit(column, value.toString());
                }
            }
        }

        void finish() {
            int total = 0;
            for (int column = 0; column < widths.length; column++) {
                int width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[column] + 2));
                sheet.setColumnWidth(column, width * 256);
                total += width;
            }
            headingAcross(TITLE_ROW, total, TITLE_SCALE, styles.title, styles.titleLeft);
            headingAcross(BASIS_ROW, total, 1, styles.subtitle, styles.subtitleLeft);
            // Title and headers stay in view while scrolling, and the headers repeat on every printed page.
            sheet.createFreezePane(0, FIRST_DATA_ROW);
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.getPrintSetup().setLandscape(headers.size() > 6);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
        }

        /**
         * Centres a heading over the columns when it fits them; a merged region clips what does not fit, so a
         * longer heading stays left-aligned in its own cell and runs on over the empty cells to its right.
         */
        private void headingAcross(int rowIndex, int columnsWidth, double scale, CellStyle centred, CellStyle left) {
            Cell cell = sheet.getRow(rowIndex).getCell(0);
            if (headers.size() > 1 && displayWidth(cell.getStringCellValue()) * scale <= columnsWidth) {
                sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, headers.size() - 1));
                cell.setCellStyle(centred);
            } else {
                cell.setCellStyle(left);
            }
        }

        private void fit(int column, String text) {
            widths[column] = Math.max(widths[column], displayWidth(text));
        }
    }

    /** A CJK or full-width character takes two Latin widths (as ledger-workbook's row heights count them). */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            width += codePoint >= 0x1100 ? 2 : 1;
            i += Character.charCount(codePoint);
        }
        return width;
    }
}
