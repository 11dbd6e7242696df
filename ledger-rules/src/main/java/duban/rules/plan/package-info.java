/**
 * The shape of a plan's task tree as every service shows it: the order of a notice's task codes (一、 before 二、,
 * (一) before (二), 1 before 10) and the area (一、二、…) a task belongs to. Rule: the only place that reads the
 * numbering of a code.
 */
package duban.rules.plan;
