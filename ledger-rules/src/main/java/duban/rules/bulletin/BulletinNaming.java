package duban.rules.bulletin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which units a bulletin commends (表扬) and which it names (通报): a unit is commended when it was scored at least
 * {@code commendScore} (default 90) with every report of the month on time and no milestone overdue; it is named for
 * every report it missed and every milestone it let fall overdue. Configuration per plan where it is set.
 */
public record BulletinNaming(BigDecimal commendScore) {

    public static final BulletinNaming DEFAULTS = new BulletinNaming(new BigDecimal("90"));

    public BulletinNaming {
        Objects.requireNonNull(commendScore, "commendScore");
    }

    public boolean commended(UnitMonth month, BigDecimal score) {
        return score != null && score.compareTo(commendScore) >= 0 && month.reportsOwed() > 0
                && month.reportsOnTime() == month.reportsOwed() && month.milestonesOverdue() == 0;
    }

    /** Why the unit is named, in Chinese; empty when it is not. */
    public List<String> reasons(UnitMonth month) {
        List<String> reasons = new ArrayList<>();
        if (month.reportsMissing() > 0) {
            reasons.add("未报送进展" + month.reportsMissing() + "次");
        }
        if (month.milestonesOverdue() > 0) {
            reasons.add("逾期未完成节点" + month.milestonesOverdue() + "个");
        }
        return reasons;
    }
}
