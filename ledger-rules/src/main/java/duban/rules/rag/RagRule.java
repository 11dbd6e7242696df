package duban.rules.rag;

import duban.rules.compliance.ComplianceState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Gives a task, or one unit's part of it, its colour and the reasons. */
public final class RagRule {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final RagThresholds thresholds;

    public RagRule(RagThresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    public RagThresholds thresholds() {
        return thresholds;
    }

    /**
     * @param milestones the milestones that count (a task's all, a unit's those binding it)
     * @param periods    the periods owed, of one or several units, in any order; only those whose deadline passed
     *                   by {@code now} count, and for each unit only its latest ones
     * @param paces      target shares against their linear schedule
     * @param today      the local date of {@code now} in the plan's zone
     */
    public RagVerdict judge(List<MilestoneState> milestones, List<PeriodRecord> periods, List<TargetPace> paces,
                            Instant now, LocalDate today) {
        List<RagReason> reasons = new ArrayList<>();
        milestones.stream().sorted(Comparator.comparing(MilestoneState::dueOn)).forEach(milestone -> {
            if (milestone.overdueOn(today)) {
                reasons.add(new RagReason(Rag.RED, RagReason.MILESTONE_OVERDUE, milestone.milestoneId(),
                        "节点「" + text(milestone) + "」" + milestone.dueOn() + "到期未完成"));
            } else if (!milestone.done()
                    && ChronoUnit.DAYS.between(today, milestone.dueOn()) <= thresholds.dueSoonDays()) {
                reasons.add(new RagReason(Rag.YELLOW, RagReason.MILESTONE_DUE_SOON, milestone.milestoneId(),
                        "节点「" + text(milestone) + "」将于" + milestone.dueOn() + "到期"));
            }
        });
        missedRuns(periods, now).forEach((unit, run) -> {
            if (run >= thresholds.missedRunForRed()) {
                reasons.add(new RagReason(Rag.RED, RagReason.REPORTS_MISSING, unit, "连续" + run + "期未报送"));
            } else if (run > 0) {
                reasons.add(new RagReason(Rag.YELLOW, RagReason.REPORT_MISSING, unit, "上一期未报送"));
            }
        });
        for (TargetPace pace : paces) {
            if (pace.soft() || pace.attainment() == null || pace.expected() == null) {
                continue;
            }
            BigDecimal behind = pace.expected().subtract(pace.attainment()).multiply(HUNDRED);
            if (behind.compareTo(thresholds.behindPoints()) > 0) {
                reasons.add(new RagReason(Rag.YELLOW, RagReason.TARGET_BEHIND, pace.targetId(),
                        (pace.holder() == null ? "" : pace.holder() + ": ") + "完成" + percent(pace.attainment())
                                + "，按进度应达" + percent(pace.expected())));
            }
        }
        return RagVerdict.of(reasons);
    }

    /** For each unit, how many of its latest closed periods in a row it missed. */
    private static Map<String, Integer> missedRuns(List<PeriodRecord> periods, Instant now) {
        Map<String, List<PeriodRecord>> byUnit = new LinkedHashMap<>();
        periods.stream()
                .filter(p -> p.deadline().isBefore(now))
                .sorted(Comparator.comparing(PeriodRecord::period))
                .forEach(p -> byUnit.computeIfAbsent(p.unitId(), u -> new ArrayList<>()).add(p));
        Map<String, Integer> runs = new LinkedHashMap<>();
        byUnit.forEach((unit, closed) -> {
            int run = 0;
            for (int i = closed.size() - 1; i >= 0 && closed.get(i).state() == ComplianceState.MISSING; i--) {
                run++;
            }
            runs.put(unit, run);
        });
        return runs;
    }

    private static String text(MilestoneState milestone) {
        return milestone.description() == null ? milestone.milestoneId() : milestone.description();
    }

    private static String percent(BigDecimal fraction) {
        return fraction.multiply(HUNDRED).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
