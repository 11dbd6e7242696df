package duban.tasks.notice.model;

/** How a unit group's members were found. */
public enum GroupDerivation {
    /** The caller's directory defines the phrase. */
    DIRECTORY,
    /** Every unit of the phrase's categories the notice (or the directory) knows: 各县(市)、区, 各高校. */
    CATEGORIES,
    /** The members the notice lists in brackets after the phrase (自创区外9家(卫辉市1家、…)). */
    LISTED,
    /** 其他…: the base group minus the units named before it in the same sentence. */
    REMAINDER
}
