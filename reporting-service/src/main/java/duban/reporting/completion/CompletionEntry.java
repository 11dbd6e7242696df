package duban.reporting.completion;

import duban.rules.completion.CompletionFigures;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Completion against the final due date (最终完成时限: the last milestone, moved only by extensions granted before it
 * had passed), as of the reading.
 *
 * @param due                tasks due (应完成): completed, or past their final due date
 * @param onTime             按期完成
 * @param late               超期办结
 * @param overdue            逾期未办结
 * @param notDue             未到期
 * @param onTimeRate         按期完成率 = onTime ÷ due, four decimals; null (left out of the JSON) when nothing is due
 * @param averageWorkingDays 平均办结时长 in working days from assignment to approval, one decimal; null when nothing
 *                           was completed
 */
@Schema(name = "CompletionFigures",
        description = "按期完成率、超期办结、平均办结时长: leaf tasks (not cancelled) against their final due date")
public record CompletionEntry(@Schema(example = "4") int due, @Schema(example = "3") int onTime,
                              @Schema(example = "1") int late, @Schema(example = "0") int overdue,
                              @Schema(example = "2") int notDue,
                              @Schema(example = "0.7500", description = "Absent when nothing is due") BigDecimal onTimeRate,
                              @Schema(example = "12.5", description = "Absent when nothing was completed") BigDecimal averageWorkingDays) {

    public static CompletionEntry of(CompletionFigures figures) {
        return new CompletionEntry(figures.due(), figures.onTime(), figures.late(), figures.overdue(),
                figures.notDue(), figures.onTimeRate(), figures.averageWorkingDays());
    }
}
