package duban.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Sheet 3, {@value #NAME}, hidden: what the importer needs besides the two visible sheets to rebuild the plan
 * as it was — the areas and items above the leaf rows, the units with category and short names, the groups
 * with their members. Row 1 holds {@link #HEADERS}; each further row is one entry whose column A says what it
 * is ({@value #SECTION}, {@value #UNIT}, {@value #GROUP}, {@value #NESTING}); lists hold one name per line. Optional on reading:
 * a clerk's own workbook without it reads as leaf rows and quotas only.
 */
final class DirectorySheet {

    static final String NAME = "名录";
    static final List<String> HEADERS = List.of("类型", "名称", "属性", "列表", "说明");
    static final String SECTION = "任务";
    static final String UNIT = "单位";
    static final String GROUP = "单位组";
    /** A share nested in a group's share: B the target's column on 目标分解 (1 = B), C the unit, D the group. */
    static final String NESTING = "分解";

    private DirectorySheet() {
    }

    static void write(Ledger ledger, Workbook workbook, WorkbookStyles styles) {
        Sheet sheet = workbook.createSheet(NAME);
        Row header = sheet.createRow(0);
        for (int column = 0; column < HEADERS.size(); column++) {
            text(header, column, HEADERS.get(column), styles);
        }
        int index = 1;
        for (Section section : ledger.sections()) {
            row(sheet.createRow(index++), styles, SECTION, section.code(), section.serial(), section.title(),
                    section.detail());
        }
        for (UnitEntry unit : ledger.units()) {
            row(sheet.createRow(index++), styles, UNIT, unit.name(), unit.category(), UnitNames.join(unit.aliases()),
                    "");
        }
        for (GroupEntry group : ledger.groups()) {
            row(sheet.createRow(index++), styles, GROUP, group.name(), group.phrase(),
                    UnitNames.join(group.members()), "");
        }
        for (int q = 0; q < ledger.quotas().size(); q++) {
            String column = Integer.toString(q + 1);
            for (var nested : ledger.quotas().get(q).parents().entrySet()) {
                row(sheet.createRow(index++), styles, NESTING, column, nested.getKey(), nested.getValue(), "");
            }
        }
        workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
    }

    /** What sheet 3 holds, or nothing when the workbook has no such sheet. */
    record Content(List<Section> sections, List<UnitEntry> units, List<GroupEntry> groups,
                   Map<Integer, Map<String, String>> nesting) {

        /** The quotas with the nesting this sheet gives them. */
        List<Quota> nest(List<Quota> quotas) {
            List<Quota> nested = new ArrayList<>();
            for (int q = 0; q < quotas.size(); q++) {
                Map<String, String> parents = nesting.get(q + 1);
                nested.add(parents == null ? quotas.get(q) : quotas.get(q).withParents(parents));
            }
            return nested;
        }
    }

    static Content read(Workbook workbook) {
        Sheet sheet = workbook.getSheet(NAME);
        List<Section> sections = new ArrayList<>();
        List<UnitEntry> units = new ArrayList<>();
        List<GroupEntry> groups = new ArrayList<>();
        Map<Integer, Map<String, String>> nesting = new HashMap<>();
        if (sheet == null) {
            return new Content(sections, units, groups, nesting);
        }
        CellText cells = new CellText(sheet);
        for (int column = 0; column < HEADERS.size(); column++) {
            String found = cells.text(sheet.getRow(0), column).strip();
            if (!found.equals(HEADERS.get(column))) {
                throw cells.error(0, column, "expected the header '" + HEADERS.get(column) + "' but found '"
                        + found + "'");
            }
        }
        for (int index = 1; index <= sheet.getLastRowNum(); index++) {
            Row row = sheet.getRow(index);
            if (cells.isBlank(row, HEADERS.size() - 1)) {
                continue;
            }
            String kind = cells.text(row, 0).strip();
            String name = cells.text(row, 1).strip();
            if (name.isEmpty()) {
                throw cells.error(index, 1, "an entry needs its name");
            }
            try {
                switch (kind) {
                    case SECTION -> sections.add(new Section(name, cells.text(row, 2).strip(),
                            cells.text(row, 3).strip(), cells.text(row, 4)));
                    case UNIT -> units.add(new UnitEntry(name, cells.text(row, 2).strip(),
                            UnitNames.split(cells.text(row, 3))));
                    case GROUP -> groups.add(new GroupEntry(name, cells.text(row, 2).strip(),
                            UnitNames.split(cells.text(row, 3))));
                    case NESTING -> nesting.computeIfAbsent(Integer.parseInt(name), q -> new LinkedHashMap<>())
                            .put(cells.text(row, 2).strip(), cells.text(row, 3).strip());
                    default -> throw cells.error(index, 0, "the type must be " + SECTION + ", " + UNIT + ", "
                            + GROUP + " or " + NESTING + ", not '" + kind + "'");
                }
            } catch (IllegalArgumentException e) {
                throw cells.error(index, 1, e.getMessage(), e);
            }
        }
        return new Content(sections, units, groups, nesting);
    }

    private static void row(Row row, WorkbookStyles styles, String... values) {
        for (int column = 0; column < values.length; column++) {
            text(row, column, values[column], styles);
        }
    }

    private static void text(Row row, int column, String value, WorkbookStyles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.body);
    }
}
