/**
 * The notice's structure: where the plan begins and ends, its numbered sections (一、 / (一) / 1. / (1) / ①),
 * their fields (牵头单位, 同责单位, 时间进度, leader lines) and tables (spaced, or one cell per line). Rule: every line of
 * the body lands in exactly one section (as heading, text, field value or cell), in a table header, among the loose
 * lines, or in an UNPARSED_REGION warning that names it; what fits nowhere is kept as text with a warning.
 */
package duban.tasks.notice.structure;
