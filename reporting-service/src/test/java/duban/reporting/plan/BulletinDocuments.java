package duban.reporting.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a bulletin's workbook and page back and compares them with its JSON: the same figures, unit by unit, in the
 * same order. Shared by the tests of the representations.
 */
final class BulletinDocuments {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> UNIT_HEADERS = List.of("单位", "类别", "应报", "按时", "迟报", "漏报", "退回", "节点应完成",
            "已完成", "逾期", "领办逾期", "指标完成率", "得分", "排名", "按期完成率", "超期办结", "平均办结时长（工作日）");
    private static final List<String> COUNTS = List.of("reportsOwed", "reportsOnTime", "reportsLate",
            "reportsMissing", "reportsReturned", "milestonesDue", "milestonesMet", "milestonesOverdue",
            "acknowledgementsOverdue");
    private static final int HEADER_ROW = 2;
    private static final int FIRST_ROW = 3;

    private BulletinDocuments() {
    }

    /** The workbook's three sheets hold the JSON's figures as numeric cells under frozen Chinese headers. */
    static void workbookMatches(byte[] xlsx, JsonNode bulletin) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
                    .containsExactly("概况", "单位情况", "表扬与点名");
            // The summary opens first and is the only selected tab: two would open the sheets grouped.
            assertThat(workbook.getActiveSheetIndex()).isZero();
            assertThat(List.of(workbook.getSheetAt(0).isSelected(), workbook.getSheetAt(1).isSelected(),
                    workbook.getSheetAt(2).isSelected())).containsExactly(true, false, false);
            String title = workbook.getSheet("单位情况").getRow(0).getCell(0).getStringCellValue();
            assertThat(title).contains(bulletin.path("planTitle").asText(), "台账进度通报",
                    bulletin.path("month").asText().replaceFirst("(\\d{4})-0?(\\d+)", "$1年$2月"));
            assertThat(title.endsWith("（暂定）")).isEqualTo(bulletin.path("provisional").asBoolean());

            Sheet summary = workbook.getSheet("概况");
            frozenBelowHeaders(summary);
            Map<String, Double> figures = new LinkedHashMap<>();
            for (int r = FIRST_ROW; r <= summary.getLastRowNum(); r++) {
                Cell figure = summary.getRow(r).getCell(1);
                if (figure != null && figure.getCellType() == CellType.NUMERIC) {
                    figures.put(summary.getRow(r).getCell(0).getStringCellValue(), figure.getNumericCellValue());
                }
            }
            JsonNode totals = bulletin.path("summary");
            assertThat(figures).containsEntry("任务总数", totals.path("tasks").asDouble())
                    .containsEntry("已完成", totals.path("completed").asDouble())
                    .containsEntry("推进中", totals.path("inProgress").asDouble())
                    .containsEntry("逾期", totals.path("overdue").asDouble())
                    .containsEntry("超期办结", totals.path("completion").path("late").asDouble());
            optional(summaryCell(summary, "按期完成率"), totals.path("completion").path("onTimeRate"));
            optional(summaryCell(summary, "平均办结时长（工作日）"), totals.path("completion").path("averageWorkingDays"));

            Sheet units = workbook.getSheet("单位情况");
            frozenBelowHeaders(units);
            List<String> headers = new ArrayList<>();
            units.getRow(HEADER_ROW).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactlyElementsOf(UNIT_HEADERS);
            assertThat(units.getColumnWidth(0)).as("the unit column fits a name").isGreaterThan(10 * 256);
            JsonNode lines = bulletin.path("units");
            assertThat(units.getLastRowNum() - FIRST_ROW + 1).isEqualTo(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                JsonNode line = lines.get(i);
                Row row = units.getRow(FIRST_ROW + i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(line.path("unitName").asText());
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(line.path("categoryLabel").asText());
                for (int c = 0; c < COUNTS.size(); c++) {
                    assertThat(numeric(row.getCell(2 + c))).as("%s %s", line.path("unitName").asText(), COUNTS.get(c))
                            .isEqualTo(line.path(COUNTS.get(c)).asDouble());
                }
                optional(row.getCell(11), line.path("attainment"));
                optional(row.getCell(12), line.path("score"));
                optional(row.getCell(13), line.path("rank"));
                optional(row.getCell(14), line.path("completion").path("onTimeRate"));
                assertThat(numeric(row.getCell(15))).isEqualTo(line.path("completion").path("late").asDouble());
                optional(row.getCell(16), line.path("completion").path("averageWorkingDays"));
            }

            Sheet mentions = workbook.getSheet("表扬与点名");
            frozenBelowHeaders(mentions);
            List<String> listed = new ArrayList<>();
            for (int r = FIRST_ROW; r <= mentions.getLastRowNum(); r++) {
                listed.add(mentions.getRow(r).getCell(0).getStringCellValue() + ":"
                        + mentions.getRow(r).getCell(1).getStringCellValue() + ":"
                        + mentions.getRow(r).getCell(2).getStringCellValue());
            }
            List<String> expected = new ArrayList<>();
            mentions(bulletin.path("commended"), "表扬", expected);
            mentions(bulletin.path("named"), "点名", expected);
            assertThat(listed).containsExactlyElementsOf(expected);
        }
    }

    /** The page's unit table, read back: unit id → class of the cell → its text or its data-value. */
    static Map<String, Map<String, String>> pageRows(String html) {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        Matcher row = Pattern.compile("<tr data-unit=\"([^\"]*)\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
        while (row.find()) {
            Map<String, String> cells = new LinkedHashMap<>();
            Matcher cell = Pattern.compile("<td class=\"([^\"]*)\"(?: data-value=\"([^\"]*)\")?>(.*?)</td>",
                    Pattern.DOTALL).matcher(row.group(2));
            while (cell.find()) {
                String name = cell.group(1).replace("number ", "");
                cells.put(name, cell.group(2) != null ? cell.group(2) : cell.group(3).strip());
            }
            rows.put(row.group(1), cells);
        }
        return rows;
    }

    /** The page shows every unit's figures as the JSON has them, in its order. */
    static void pageMatches(String html, JsonNode bulletin) {
        Map<String, Map<String, String>> rows = pageRows(html);
        List<String> ids = new ArrayList<>();
        bulletin.path("units").forEach(unit -> ids.add(unit.path("unitId").asText()));
        assertThat(rows.keySet()).containsExactlyElementsOf(ids);
        JsonNode completion = bulletin.path("summary").path("completion");
        assertThat(pageSummary(html, "onTimeRate")).isEqualTo(!completion.path("onTimeRate").isNumber() ? ""
                : completion.path("onTimeRate").decimalValue().toPlainString());
        assertThat(pageSummary(html, "completedLate")).isEqualTo(completion.path("late").asText());
        assertThat(pageSummary(html, "averageWorkingDays")).isEqualTo(!completion.path("averageWorkingDays").isNumber()
                ? "" : completion.path("averageWorkingDays").decimalValue().toPlainString());
        for (JsonNode unit : bulletin.path("units")) {
            Map<String, String> cells = rows.get(unit.path("unitId").asText());
            assertThat(cells.get("unit-name")).isEqualTo(unit.path("unitName").asText());
            assertThat(cells.get("reports-owed")).isEqualTo(unit.path("reportsOwed").asText());
            assertThat(cells.get("reports-on-time")).isEqualTo(unit.path("reportsOnTime").asText());
            assertThat(cells.get("reports-late")).isEqualTo(unit.path("reportsLate").asText());
            assertThat(cells.get("reports-missing")).isEqualTo(unit.path("reportsMissing").asText());
            assertThat(cells.get("reports-returned")).isEqualTo(unit.path("reportsReturned").asText());
            assertThat(cells.get("milestones-due")).isEqualTo(unit.path("milestonesDue").asText());
            assertThat(cells.get("milestones-met")).isEqualTo(unit.path("milestonesMet").asText());
            assertThat(cells.get("milestones-overdue")).isEqualTo(unit.path("milestonesOverdue").asText());
            assertThat(cells.get("acknowledgements-overdue")).isEqualTo(unit.path("acknowledgementsOverdue").asText());
            assertThat(cells.get("score")).isEqualTo(unit.path("score").isMissingNode() ? "" : unit.path("score").decimalValue()
                    .toPlainString());
            assertThat(cells.get("attainment")).isEqualTo(unit.path("attainment").isMissingNode() ? ""
                    : unit.path("attainment").decimalValue().toPlainString());
            assertThat(cells.get("rank")).isEqualTo(unit.path("rank").isMissingNode() ? "" : unit.path("rank").asText());
            JsonNode unitCompletion = unit.path("completion");
            assertThat(cells.get("completion-rate")).isEqualTo(unitCompletion.path("onTimeRate").isMissingNode() ? ""
                    : unitCompletion.path("onTimeRate").decimalValue().toPlainString());
            assertThat(cells.get("completed-late")).isEqualTo(unitCompletion.path("late").asText());
            assertThat(cells.get("completion-days")).isEqualTo(unitCompletion.path("averageWorkingDays").isMissingNode() ? ""
                    : unitCompletion.path("averageWorkingDays").decimalValue().toPlainString());
        }
        // One bar per unit in the chart, each as long as its score out of 100 allows.
        Matcher bars = Pattern.compile("<g class=\"score-bar\" data-unit=\"([^\"]*)\" data-score=\"([^\"]*)\">")
                .matcher(html);
        List<String> barred = new ArrayList<>();
        while (bars.find()) {
            barred.add(bars.group(1));
        }
        assertThat(barred).containsExactlyElementsOf(ids);
        assertThat(count(html, "<rect class=\"bar\"")).isEqualTo(ids.size());
    }

    static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            count++;
        }
        return count;
    }

    /** The summary sheet's figure in the row named {@code label}. */
    private static Cell summaryCell(Sheet summary, String label) {
        for (int r = FIRST_ROW; r <= summary.getLastRowNum(); r++) {
            if (summary.getRow(r).getCell(0).getStringCellValue().equals(label)) {
                return summary.getRow(r).getCell(1);
            }
        }
        throw new AssertionError("the summary has no row " + label);
    }

    /** The page's summary figure in the row {@code data-figure="name"}: its data-value, or its text. */
    static String pageSummary(String html, String name) {
        Matcher row = Pattern.compile("<tr data-figure=\"" + name
                + "\"><th scope=\"row\">[^<]*</th><td class=\"number\"(?: data-value=\"([^\"]*)\")?>([^<]*)</td>")
                .matcher(html);
        assertThat(row.find()).as("the page's summary shows %s", name).isTrue();
        return row.group(1) != null ? row.group(1) : row.group(2);
    }

    private static void frozenBelowHeaders(Sheet sheet) {
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane).as("%s has a frozen pane", sheet.getSheetName()).isNotNull();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat((int) pane.getHorizontalSplitPosition()).isEqualTo(FIRST_ROW);
    }

    private static double numeric(Cell cell) {
        assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isEqualTo(CellType.NUMERIC);
        return cell.getNumericCellValue();
    }

    private static void optional(Cell cell, JsonNode value) {
        if (value.isNull() || value.isMissingNode()) {
            assertThat(cell == null || cell.getCellType() == CellType.BLANK
                    || cell.getCellType() == CellType.STRING && cell.getStringCellValue().isEmpty()).isTrue();
        } else {
            assertThat(numeric(cell)).isEqualTo(value.asDouble());
        }
    }

    private static void mentions(JsonNode mentions, String kind, List<String> into) {
        for (JsonNode mention : mentions) {
            List<String> reasons = new ArrayList<>();
            mention.path("reasons").forEach(reason -> reasons.add(reason.asText()));
            into.add(kind + ":" + mention.path("unitName").asText() + ":" + String.join("；", reasons));
        }
    }
}
