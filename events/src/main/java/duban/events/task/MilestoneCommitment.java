package duban.events.task;

/** How binding a milestone (节点) is. */
public enum MilestoneCommitment {
    /** Due: missing it is a failure. */
    FIRM,
    /** Worded 力争 / 争取: reported, but not a failure when missed. */
    SOFT
}
