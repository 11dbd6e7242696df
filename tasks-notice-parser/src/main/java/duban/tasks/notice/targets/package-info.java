/**
 * Targets (目标 / 指标) and their breakdowns (目标分解). Rule: a count with a measure word (30家, 1-2家, 一家)
 * outside brackets is a target's total; the breakdown is what follows 其中, what a bracket right after the
 * count holds, or a following sentence that holds nothing but shares; a clause that opens with units and
 * gives them a count ("红旗区、牧野区…各谋划1家") is a set of shares without total. Shares worded 谋划 / 力争
 * are soft and stand outside the total; a bracket without counts names the items counted (the 10 enterprises).
 * Sums are checked once groups have members, in {@link duban.tasks.notice.assembly}.
 */
package duban.tasks.notice.targets;
