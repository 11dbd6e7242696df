/**
 * How far a target's shares have got (目标完成情况). Counts in reports are cumulative, so a unit's latest count
 * replaces its earlier ones, and a correction replaces, never adds. A share's attainment is achieved / allocation,
 * where a group's achieved is the sum of its members' latest counts (自创区外9家: every member's), a range (1-2家)
 * is owed at its low end, a share held by each member (各完成5项) is owed by each, and a soft share (谋划, 力争) is
 * shown but never assessed. Rule: the only roll-up of counts through shares, groups and nested breakdowns.
 */
package duban.rules.attainment;
