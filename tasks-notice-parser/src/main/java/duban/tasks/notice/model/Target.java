package duban.tasks.notice.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A numeric target (目标 / 指标) and its breakdown (目标分解).
 *
 * @param description what is counted, verbatim from the clause (全市新培育高新技术企业30家)
 * @param measureWord the counting word: 家, 个, 项, 次, 场 …
 * @param total       the stated total, null when the notice only gives shares (各谋划1家)
 * @param soft        the whole target is worded 力争 / 争取
 * @param dueOn       the date of the milestone it belongs to, null when undated
 * @param allocations the shares per unit or group; soft shares (谋划) are listed but not counted in the total
 * @param namedItems  things the notice names one by one (the 10 enterprises of 省创新龙头企业)
 * @param partOf      index, in the same task's targets, of the target this one is a part of
 *                    (…19家…,其中新引进高端新型研发机构6家), else null
 */
public record Target(
        String description,
        String measureWord,
        Quantity total,
        boolean soft,
        LocalDate dueOn,
        List<Allocation> allocations,
        List<String> namedItems,
        Integer partOf,
        int line) {

    public Target {
        allocations = List.copyOf(allocations);
        namedItems = List.copyOf(namedItems);
    }
}
