/**
 * Units (单位) and unit groups (单位组). Rule: a name resolves to the directory's unit by name or alias;
 * otherwise a spelling one character away from a known or clearly more frequent unit of the same category,
 * never listed next to it, is that unit (风泉区 → 凤泉区); otherwise it is a new unit whose category is
 * inferred from its ending. Each inference is a warning. Group phrases (各县(市)、区, 其他县(市)、区, 各高校,
 * 各乡镇(街道), 各有关单位, 自创区外) are resolved only after every unit of the notice is known, since their
 * members come from it. The phrases and their spellings are data ({@code group-phrases.tsv} next to this
 * package's classes): a spelling is kept whole in a list (its 、 separates nothing) and is never a unit; a phrase
 * whose members neither its categories nor the directory give stays an empty group (GROUP_EMPTY).
 */
package duban.tasks.notice.units;
