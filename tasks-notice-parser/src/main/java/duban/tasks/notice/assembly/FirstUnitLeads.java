package duban.tasks.notice.assembly;

import duban.tasks.notice.text.Folding;
import duban.tasks.notice.units.RawHolder;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The convention 列第一位的责任单位为牵头单位 (排在第一位的为牵头单位, 第一个为牵头单位 …): when a notice states it
 * anywhere (header, 说明, 备注), a task's single 责任单位 list names its lead first and its co-responsible units after.
 * The first holder leads whatever it is, a group too (各县(市)区政府 first makes the group lead), since that is what
 * the convention says; groups later in the list stay groups, now co-responsible.
 */
final class FirstUnitLeads {

    private static final Pattern CONVENTION = Pattern.compile(
            "(列|排|排列|排名|位列)在?(第一位|第一个|首位|第一)的?[^。;]{0,10}?为牵头(责任)?单位"
                    + "|(第一个|第一家|首位|首个)[^。;,]{0,8}?为牵头(责任)?单位");

    /** The labels of a list that does not itself say who leads. */
    private static final List<String> PLAIN_LABELS = List.of("责任单位", "责任部门");

    private FirstUnitLeads() {
    }

    static boolean stated(String notice) {
        return CONVENTION.matcher(Folding.fold(notice)).find();
    }

    static boolean applies(String label) {
        return PLAIN_LABELS.contains(label.replaceAll("\\s", ""));
    }

    /** The holders after the first: co-responsible under the convention. */
    static List<RawHolder> rest(List<RawHolder> listed) {
        return listed.size() < 2 ? List.of() : List.copyOf(listed.subList(1, listed.size()));
    }
}
