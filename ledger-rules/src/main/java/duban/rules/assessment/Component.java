package duban.rules.assessment;

/** The parts of a unit's score. */
public enum Component {
    /** 按时报送率: periods filed on time / periods owed. */
    REPORTS,
    /** 节点按期完成率: milestones met by their date / milestones due. */
    MILESTONES,
    /** 目标完成率: the mean attainment of its shares, each capped at 100 %. */
    TARGETS
}
