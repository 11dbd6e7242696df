package duban.reporting.bulletin.document;

import duban.reporting.bulletin.Bulletin;
import duban.reporting.completion.CompletionEntry;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.util.List;

/** What the bulletin's page shows, worded and formatted: the template only places it. */
@TemplateData
public record PageView(String planId, String month, String title, String planTitle, String monthLabel,
                       String docNumber, boolean provisional, String basis, Bulletin.Summary summary, List<Row> rows,
                       List<Mention> commended, List<Mention> named, Bulletin.Weights weights,
                       ScoreChart chart, Completion completion) {

    /**
     * One unit's line.
     *
     * @param attainment     the rate as the JSON writes it (0.8000), empty when none; {@code attainmentText} as a
     *                       percent
     * @param completionRate 按期完成率 as the JSON writes it, empty when none; {@code completionRateText} as a percent
     *                       or —
     * @param completionDays 平均办结时长 as the JSON writes it, empty when none; {@code completionDaysText} or —
     */
    @TemplateData
    public record Row(String unitId, String unitName, String categoryLabel, int reportsOwed, int reportsOnTime,
                      int reportsLate, int reportsMissing, int reportsReturned, int milestonesDue, int milestonesMet,
                      int milestonesOverdue, String attainment, String attainmentText, String score, String rank,
                      int rankedIn, int acknowledgementsOverdue, String completionRate, String completionRateText, int completedLate,
                      String completionDays, String completionDaysText) {
    }

    /** The plan's completion figures, worded. */
    @TemplateData
    public record Completion(String rate, String rateText, int late, String days, String daysText) {

        static Completion of(CompletionEntry completion) {
            return new Completion(plain(completion.onTimeRate()),
                    BulletinLabels.completionRate(completion.onTimeRate()), completion.late(),
                    plain(completion.averageWorkingDays()), BulletinLabels.workingDays(completion.averageWorkingDays()));
        }
    }

    /** A unit commended or named, its reasons joined. */
    @TemplateData
    public record Mention(String unitId, String unitName, String reasons) {
    }

    static PageView of(Bulletin bulletin) {
        List<Row> rows = bulletin.units().stream().map(unit -> new Row(unit.unitId(), unit.unitName(),
                unit.categoryLabel(), unit.reportsOwed(), unit.reportsOnTime(), unit.reportsLate(),
                unit.reportsMissing(), unit.reportsReturned(), unit.milestonesDue(), unit.milestonesMet(), unit.milestonesOverdue(),
                plain(unit.attainment()), BulletinLabels.percent(unit.attainment()), BulletinLabels.score(unit.score()),
                unit.rank() == null ? "" : unit.rank().toString(), unit.rankedIn(), unit.acknowledgementsOverdue(),
                plain(unit.completion().onTimeRate()), BulletinLabels.completionRate(unit.completion().onTimeRate()),
                unit.completion().late(), plain(unit.completion().averageWorkingDays()),
                BulletinLabels.workingDays(unit.completion().averageWorkingDays()))).toList();
        return new PageView(bulletin.planId(), bulletin.month(), BulletinLabels.title(bulletin),
                bulletin.planTitle() == null ? bulletin.planId() : bulletin.planTitle(),
                BulletinLabels.month(bulletin.month()), bulletin.docNumber() == null ? "" : bulletin.docNumber(),
                bulletin.provisional(), BulletinLabels.basis(bulletin), bulletin.summary(), rows,
                mentions(bulletin.commended()), mentions(bulletin.named()), bulletin.weights(),
                ScoreChart.of(bulletin), Completion.of(bulletin.summary().completion()));
    }

    private static List<Mention> mentions(List<Bulletin.Mention> mentions) {
        return mentions.stream().map(m -> new Mention(m.unitId(), m.unitName(), String.join("；", m.reasons())))
                .toList();
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.toPlainString();
    }
}
