package duban.tasks.notice.structure;

import duban.tasks.notice.text.Brackets;
import duban.tasks.notice.text.Punctuation;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a lone table cell looks like it holds: a deadline (2023年12月底前, 长期坚持), a unit list (市财政局、各县(市、区)政府)
 * or leaders (张三, 副市长). A table flattened one cell per line loses its empty cells; these kinds tell which
 * column a cell belongs to when a row is short. A cell may look like several kinds; task text looks like anything.
 */
final class CellKinds {

    private static final int LONGEST_DATE = 40;
    private static final int LONGEST_UNIT = 30;
    private static final int LONGEST_LEADER = 12;
    private static final Pattern DATE = Pattern.compile(
            "\\d{4}\\s*年|\\d{1,2}\\s*月|年底|年内|底前|月底|上半年|下半年|全年|季度|长期|持续|常态|每月|每季|每年|\\d{4}[-.]\\d");
    private static final Pattern UNIT = Pattern.compile(
            ".*(局|委|办|厅|部|处|科|室|中心|政府|管委会|公司|集团|院|所|站|队|会|银行|署|社|团|馆|台|街道|指挥部"
                    + "|小组|专班|单位|部门|机构|校|园区|组)");
    /** 高新区, 红旗区: a place is a unit only when its name is short; 加快推进老城区 is text. */
    private static final Pattern PLACE = Pattern.compile(".{1,5}(县|区|市|乡|镇)");
    private static final Pattern GROUP = Pattern.compile("^各.+|.*有关.*|.*成员单位.*");
    private static final Pattern NAME = Pattern.compile("[\\u4e00-\\u9fa5]{2,4}");
    private static final Pattern POST = Pattern.compile(".*(市长|区长|县长|书记|主任|部长|秘书长|主席|镇长|委员|常委|领导|同志)$");

    private CellKinds() {
    }

    static boolean isDate(String cell) {
        return cell.length() <= LONGEST_DATE && DATE.matcher(cell).find();
    }

    /** Every item of the list is a unit or a group phrase. */
    static boolean isUnits(String cell) {
        List<String> items = items(cell);
        return !items.isEmpty() && items.stream().allMatch(item -> item.length() <= LONGEST_UNIT
                && (UNIT.matcher(item).matches() || PLACE.matcher(item).matches() || GROUP.matcher(item).matches()));
    }

    /** Persons (two to four characters) or posts, and no unit among them. */
    static boolean isLeaders(String cell) {
        List<String> items = items(cell);
        return !items.isEmpty() && !isUnits(cell) && items.stream().allMatch(item -> item.length() <= LONGEST_LEADER
                && (NAME.matcher(item).matches() || POST.matcher(item).matches()));
    }

    /** A list cell broken after its separator: it goes on in the next line. */
    static boolean endsInSeparator(String cell) {
        return !cell.isEmpty() && Punctuation.LIST.indexOf(cell.charAt(cell.length() - 1)) >= 0;
    }

    private static List<String> items(String cell) {
        String text = cell.replaceAll("\\s", "");
        text = text.endsWith("。") ? text.substring(0, text.length() - 1) : text;
        String list = text;
        return Brackets.of(list).split(Punctuation.LIST).stream()
                .map(part -> list.substring(part[0], part[1]).replaceAll("\\([^()]*\\)", "").replaceAll("等$", ""))
                .filter(item -> !item.isEmpty())
                .toList();
    }
}
