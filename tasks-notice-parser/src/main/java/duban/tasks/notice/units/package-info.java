/**
 * Units (单位) and unit groups (单位组). Rule: a name resolves to the directory's unit by name or alias;
 * otherwise a spelling one character away from a known or clearly more frequent unit of the same category,
 * never listed next to it, is that unit (风泉区 → 凤泉区); otherwise it is a new unit whose category is
 * inferred from its ending. Each inference is a warning. Group phrases (各县(市)、区, 其他县(市)、区, 各高校,
 * 自创区外) are resolved only after every unit of the notice is known, since their members come from it.
 */
package duban.tasks.notice.units;
