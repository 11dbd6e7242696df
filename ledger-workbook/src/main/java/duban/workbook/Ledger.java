package duban.workbook;

import java.util.List;

/**
 * A plan's 工作台账 as the workbook carries it.
 *
 * @param planTitle the plan's title (工作方案 name); never null, may be empty
 * @param docNumber the 文号, such as 新政办〔2017〕102号; never null, may be empty
 * @param rows      one row per leaf task, in the plan's order
 * @param quotas    the targets with a breakdown by unit (目标分解), in the order of their columns
 */
public record Ledger(String planTitle, String docNumber, List<LedgerRow> rows, List<Quota> quotas) {

    public Ledger {
        planTitle = Text.orEmpty(planTitle);
        docNumber = Text.orEmpty(docNumber);
        rows = rows == null ? List.of() : List.copyOf(rows);
        quotas = quotas == null ? List.of() : List.copyOf(quotas);
    }
}
