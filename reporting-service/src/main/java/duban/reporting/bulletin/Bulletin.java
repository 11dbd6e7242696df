package duban.reporting.bulletin;

import duban.reporting.completion.CompletionEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A plan's bulletin (台账进度通报) for one month.
 *
 * @param month       yyyy-MM
 * @param readAt      the instant the ledger was read at: the month's cut-off, or now for a provisional bulletin
 * @param provisional the month is still running: figures up to now, not final
 * @param units       every unit on the plan's tasks, by category, then rank, then name
 */
@Schema(name = "Bulletin", description = "台账进度通报: a plan's month, unit by unit, ranked within each category")
public record Bulletin(String planId, String planTitle, String docNumber, @Schema(example = "2017-11") String month,
                       Instant readAt, boolean provisional, Summary summary, List<UnitLine> units,
                       List<Mention> commended, List<Mention> named, Weights weights) {

    /**
     * The plan's tasks at the reading: how many, how they stand.
     *
     * @param completion the plan's 按期完成率, 超期办结 and 平均办结时长 over its leaf tasks
     */
    @Schema(name = "BulletinSummary")
    public record Summary(int tasks, int completed, int inProgress, int suspended, int cancelled, int overdue,
                          int red, int yellow, int green, CompletionEntry completion) {
    }

    /**
     * One unit's month.
     *
     * @param attainment the mean of its assessed shares' attainment, each capped at 1; null when it holds none
     * @param score      its assessment score; null when it owed nothing
     * @param rank       its rank within its category; null when not scored
     * @param reportsReturned its reports returned (退回) for correction in the month, whatever period they were for
     * @param acknowledgementsOverdue 领办逾期: its assignments past their acknowledgement's due day and not
     *                   acknowledged at the cut-off, plus those acknowledged late within the month
     * @param completion its 按期完成率, 超期办结 and 平均办结时长 over the leaf tasks it leads (牵头)
     */
    @Schema(name = "BulletinUnit")
    public record UnitLine(String unitId, String unitName, String category, @Schema(example = "区") String categoryLabel,
                           int reportsOwed, int reportsOnTime, int reportsLate, int reportsMissing, int reportsOpen,
                           int reportsReturned,
                           int milestonesDue, int milestonesMet, int milestonesOverdue, BigDecimal attainment,
                           BigDecimal score, Integer rank, int rankedIn, int acknowledgementsOverdue,
                           CompletionEntry completion) {
    }

    /** A unit commended or named, and why. */
    @Schema(name = "BulletinMention")
    public record Mention(String unitId, String unitName, List<String> reasons) {
    }

    /** The weights the scores were made with. */
    @Schema(name = "BulletinWeights")
    public record Weights(BigDecimal reports, BigDecimal milestones, BigDecimal targets) {
    }
}
