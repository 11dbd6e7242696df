package duban.workbook;

import java.util.List;

/**
 * A plan's 工作台账 as the workbook carries it.
 *
 * @param planTitle the plan's title (工作方案 name); never null, may be empty
 * @param docNumber the 文号, such as 新政办〔2017〕102号; never null, may be empty
 * @param rows      one row per leaf task, in the plan's order
 * @param quotas    the targets with a breakdown by unit (目标分解), in the order of their columns
 * @param sections  the areas and items (一、 / (一) / 1.) above the leaf tasks, parents before children, so the
 *                  plan's tree survives the round trip; empty when the workbook carries none
 * @param units     the units the sheets name, with their category and short names (简称)
 * @param groups    the unit groups the quota sheet names (自创区外), with their members
 */
public record Ledger(String planTitle, String docNumber, List<LedgerRow> rows, List<Quota> quotas,
                     List<Section> sections, List<UnitEntry> units, List<GroupEntry> groups) {

    public Ledger {
        planTitle = Text.orEmpty(planTitle);
        docNumber = Text.orEmpty(docNumber);
        rows = rows == null ? List.of() : List.copyOf(rows);
        quotas = quotas == null ? List.of() : List.copyOf(quotas);
        sections = sections == null ? List.of() : List.copyOf(sections);
        units = units == null ? List.of() : List.copyOf(units);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** A ledger of leaf rows and quotas only, as a clerk's own workbook holds it. */
    public Ledger(String planTitle, String docNumber, List<LedgerRow> rows, List<Quota> quotas) {
        this(planTitle, docNumber, rows, quotas, List.of(), List.of(), List.of());
    }
}
