package duban.tasks.notice.model;

/** How often a task reports. */
public enum CadenceKind {
    /** 每周. */
    WEEKLY,
    /** 每半月. */
    SEMI_MONTHLY,
    /** 每月, possibly on named days (每月5日、20日). */
    MONTHLY,
    /** 每季度. */
    QUARTERLY
}
