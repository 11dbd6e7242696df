package duban.tasks.notice.structure;

/** What a labelled field of a task holds. */
public enum FieldKind {
    /** 牵头单位 and its synonyms. */
    LEAD,
    /** 同责单位 / 配合单位 and their synonyms. */
    CO,
    /** 时间进度 / 完成时限 / 完成期限. */
    TIMELINE,
    /** 分管领导 / 牵头负责领导: kept as data. */
    LEADER
}
