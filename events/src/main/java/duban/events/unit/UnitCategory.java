package duban.events.unit;

/** The kind of a unit; assessments rank units within their category. */
public enum UnitCategory {
    /** 市直部门: a city department (市科技局). */
    CITY_DEPARTMENT("市直部门"),
    /** 县(市): a county or county-level city (卫辉市, 新乡县). */
    COUNTY("县(市)"),
    /** 区: an urban district (红旗区). */
    DISTRICT("区"),
    /** 功能区: a development zone (高新区, 经开区). */
    FUNCTIONAL_ZONE("功能区"),
    /** 高校: a university or college. */
    UNIVERSITY("高校"),
    /** 院所: a research institute. */
    INSTITUTE("院所"),
    /** 其他. */
    OTHER("其他");

    private final String label;

    UnitCategory(String label) {
        this.label = label;
    }

    /** The category as the notices and the office write it (县(市)). */
    public String label() {
        return label;
    }
}
