/**
 * Timelines (时间进度 / 完成时限): dates, milestones and reporting cadence. Rule: a dated clause is a milestone
 * due at the end of that day; a part of the same sentence after a semicolon shares its date; a sentence opening
 * with 其中, or holding only the breakdown of the total before it, continues the milestone before it; a year
 * missing from a date comes from the dates before it, else from the plan's date of issue; every other undated
 * sentence, and a timeline with no date at all, is a warning.
 */
package duban.tasks.notice.timeline;
