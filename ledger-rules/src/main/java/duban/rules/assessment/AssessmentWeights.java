package duban.rules.assessment;

import java.math.BigDecimal;

/** The weight of each component; the defaults make a full score 100. */
public record AssessmentWeights(BigDecimal reports, BigDecimal milestones, BigDecimal targets) {

    public static final AssessmentWeights DEFAULTS =
            new AssessmentWeights(new BigDecimal("40"), new BigDecimal("40"), new BigDecimal("20"));

    public AssessmentWeights {
        for (BigDecimal weight : new BigDecimal[] {reports, milestones, targets}) {
            if (weight == null || weight.signum() < 0) {
                throw new IllegalArgumentException("a weight is a number of at least 0");
            }
        }
        if (reports.add(milestones).add(targets).signum() == 0) {
            throw new IllegalArgumentException("at least one weight must be above 0");
        }
    }

    public BigDecimal of(Component component) {
        return switch (component) {
            case REPORTS -> reports;
            case MILESTONES -> milestones;
            case TARGETS -> targets;
        };
    }

    public BigDecimal total() {
        return reports.add(milestones).add(targets);
    }
}
