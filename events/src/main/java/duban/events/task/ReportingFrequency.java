package duban.events.task;

/** How often a task reports its progress (报送频次), as the notice words it. */
public enum ReportingFrequency {
    /** 每周 / 每星期. */
    WEEKLY,
    /** 每半月 / 半月一报. */
    SEMI_MONTHLY,
    /** 每月, possibly on named days (每月5日、20日). */
    MONTHLY,
    /** 每季度. */
    QUARTERLY
}
