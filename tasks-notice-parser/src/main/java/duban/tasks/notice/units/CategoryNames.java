package duban.tasks.notice.units;

import duban.events.unit.UnitCategory;

/** The Chinese names of unit categories, for messages a clerk reads. */
public final class CategoryNames {

    private CategoryNames() {
    }

    public static String chinese(UnitCategory category) {
        return switch (category) {
            case CITY_DEPARTMENT -> "市直部门";
            case COUNTY -> "县(市)";
            case DISTRICT -> "区";
            case FUNCTIONAL_ZONE -> "功能区";
            case UNIVERSITY -> "高校";
            case INSTITUTE -> "院所";
            case OTHER -> "其他";
        };
    }
}
