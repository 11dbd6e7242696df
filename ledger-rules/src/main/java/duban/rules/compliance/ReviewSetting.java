package duban.rules.compliance;

import duban.rules.period.ReportingPeriod;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A plan's rule on reviewing reports (审核), from the instant the ledger recorded it until the next. A plan without
 * one does not review: review is off by default.
 *
 * @param from     when the ledger recorded the setting
 * @param required whether reports are reviewed from then on
 */
public record ReviewSetting(Instant from, boolean required) {

    public ReviewSetting {
        Objects.requireNonNull(from, "from");
    }

    /**
     * Whether the period's reports are reviewed, judged at {@code asOf}: the setting in force at the period's
     * deadline, as recorded by {@code asOf} (the setting in force at {@code asOf} while the period is still running).
     * A setting recorded after a deadline never reaches back to that period, so a past period keeps the rule it was
     * due under.
     *
     * @param settings the plan's settings, oldest first
     */
    public static boolean requiredFor(List<ReviewSetting> settings, ReportingPeriod period, Instant asOf) {
        Instant cut = asOf.isBefore(period.deadline()) ? asOf : period.deadline();
        boolean required = false;
        for (ReviewSetting setting : settings) {
            if (setting.from().isAfter(cut)) {
                break;
            }
            required = setting.required();
        }
        return required;
    }
}
