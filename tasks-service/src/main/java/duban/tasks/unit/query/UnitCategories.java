package duban.tasks.unit.query;

import duban.events.unit.UnitCategory;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The Chinese labels of the unit categories, as the notices and the office write them. */
public final class UnitCategories {

    private static final Map<UnitCategory, String> LABELS = new EnumMap<>(Map.of(
            UnitCategory.CITY_DEPARTMENT, "市直部门",
            UnitCategory.COUNTY, "县(市)",
            UnitCategory.DISTRICT, "区",
            UnitCategory.FUNCTIONAL_ZONE, "功能区",
            UnitCategory.UNIVERSITY, "高校",
            UnitCategory.INSTITUTE, "院所",
            UnitCategory.OTHER, "其他"));

    private UnitCategories() {
    }

    public static String label(UnitCategory category) {
        return LABELS.get(category);
    }

    /** The category named by its code (COUNTY) or its label (县(市), also with full-width parentheses). */
    public static Optional<UnitCategory> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().replace('（', '(').replace('）', ')');
        return Arrays.stream(UnitCategory.values())
                .filter(category -> category.name().equalsIgnoreCase(wanted) || LABELS.get(category).equals(wanted))
                .findFirst();
    }

    /** What a request may write, for the message that refuses anything else. */
    public static String accepted() {
        return String.join(", ", Arrays.stream(UnitCategory.values())
                .map(category -> category.name() + " (" + LABELS.get(category) + ")").toList());
    }
}
