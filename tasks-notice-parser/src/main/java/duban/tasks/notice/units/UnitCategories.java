package duban.tasks.notice.units;

import duban.events.unit.UnitCategory;
import java.util.List;
import java.util.Set;

/**
 * Infers a unit's category from how its name ends: …局/…委/…办 → 市直部门, …县/…市 → 县(市),
 * 高新区/经开区/…示范区/…开发区 → 功能区, other …区 → 区, …大学/…学院 → 高校, …所/…研究院 → 院所.
 * The order of the checks matters: 科学院 is an institute although it ends in 学院, 示范区 a zone although
 * it ends in 区.
 */
public final class UnitCategories {

    private static final List<String> ZONE = List.of("高新区", "经开区", "示范区", "开发区", "集聚区", "保税区",
            "自创区", "新区", "产业园区", "管委会");
    private static final List<String> INSTITUTE = List.of("科学院", "研究院", "科院", "研究所", "研究中心", "实验室", "所");
    private static final List<String> UNIVERSITY = List.of("大学", "学院", "专科学校", "高等学校");
    private static final List<String> DEPARTMENT = List.of("局", "委", "办", "部", "厅", "室", "中心", "联", "会",
            "行", "社", "馆", "队", "站", "处", "院", "府", "署");
    /** Characters that never stand inside a unit's name but often right after it (红旗区要…, 牧野区依托…). */
    private static final String STOP = "要各与在的将为把及并已均须需可等依围按从向是于被由以";
    private static final Set<String> NOT_UNITS = Set.of("全市", "我市", "本市", "全县", "全区", "各区", "城区",
            "市区", "县区", "省市", "全省");
    private static final int SHORTEST_NAME = 2;
    /** Verbs ending in 办 (举办, 承办, 主办 …) are no department: "市商务局举办5场" names 市商务局. */
    private static final String VERBS_BEFORE_BAN = "举承主创开协督交申兴包合";

    private UnitCategories() {
    }

    public static UnitCategory infer(String name) {
        if (endsWithAny(name, ZONE)) {
            return UnitCategory.FUNCTIONAL_ZONE;
        }
        if (endsWithAny(name, INSTITUTE)) {
            return UnitCategory.INSTITUTE;
        }
        if (endsWithAny(name, UNIVERSITY)) {
            return UnitCategory.UNIVERSITY;
        }
        if (name.length() > SHORTEST_NAME && (name.endsWith("县") || name.endsWith("市"))) {
            return UnitCategory.COUNTY;
        }
        if (name.length() > SHORTEST_NAME && name.endsWith("区")) {
            return UnitCategory.DISTRICT;
        }
        if (endsWithAny(name, DEPARTMENT)) {
            return UnitCategory.CITY_DEPARTMENT;
        }
        return UnitCategory.OTHER;
    }

    /** A name that could be a unit's: it ends like one and holds nothing that reads as a verb or particle. */
    public static boolean looksLikeUnit(String name) {
        if (name.length() < SHORTEST_NAME || NOT_UNITS.contains(name) || infer(name) == UnitCategory.OTHER) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (STOP.indexOf(name.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The length of the longest unit-like name at the start of {@code s} (from {@code from} to {@code to}),
     * or 0. "凤泉区要积极谋划" gives 3, "全市新建…" gives 0.
     */
    public static int leadingUnitLength(String s, int from, int to) {
        int limit = to;
        for (int i = from; i < to; i++) {
            if (STOP.indexOf(s.charAt(i)) >= 0 && i > from || !isNameChar(s.charAt(i))) {
                limit = i;
                break;
            }
        }
        for (int end = limit; end - from >= SHORTEST_NAME; end--) {
            boolean verb = s.charAt(end - 1) == '办' && VERBS_BEFORE_BAN.indexOf(s.charAt(end - 2)) >= 0;
            if (!verb && looksLikeUnit(s.substring(from, end))) {
                return end - from;
            }
        }
        return 0;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static boolean endsWithAny(String name, List<String> endings) {
        for (String ending : endings) {
            if (name.endsWith(ending) && name.length() >= ending.length()) {
                return true;
            }
        }
        return false;
    }
}
