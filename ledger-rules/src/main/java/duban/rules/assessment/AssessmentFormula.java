package duban.rules.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Scores a unit's month. */
public final class AssessmentFormula {

    private static final int RATE_SCALE = 4;
    private static final int POINTS_SCALE = 2;
    /** Weights are redistributed exactly enough that rounding never shows in two decimals of points. */
    private static final int WEIGHT_SCALE = 10;

    private final AssessmentWeights weights;

    public AssessmentFormula(AssessmentWeights weights) {
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    public AssessmentWeights weights() {
        return weights;
    }

    public AssessmentScore score(AssessmentInput input) {
        Map<Component, BigDecimal> rates = new EnumMap<>(Component.class);
        rates.put(Component.REPORTS, rate(input.reportsOnTime(), input.reportsOwed()));
        rates.put(Component.MILESTONES, rate(input.milestonesMet(), input.milestonesDue()));
        rates.put(Component.TARGETS, meanCapped(input.attainments()));
        BigDecimal owedWeight = BigDecimal.ZERO;
        for (Component component : Component.values()) {
            if (rates.get(component) != null) {
                owedWeight = owedWeight.add(weights.of(component));
            }
        }
        List<ComponentScore> components = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Component component : Component.values()) {
            BigDecimal rate = rates.get(component);
            BigDecimal effective = rate == null || owedWeight.signum() == 0 ? BigDecimal.ZERO
                    : weights.of(component).multiply(weights.total()).divide(owedWeight, WEIGHT_SCALE, RoundingMode.HALF_UP);
            BigDecimal points = rate == null ? BigDecimal.ZERO : effective.multiply(rate);
            total = total.add(points);
            components.add(new ComponentScore(component, weights.of(component),
                    effective.setScale(POINTS_SCALE, RoundingMode.HALF_UP), rate,
                    points.setScale(POINTS_SCALE, RoundingMode.HALF_UP)));
        }
        BigDecimal score = owedWeight.signum() == 0 ? null : total.setScale(POINTS_SCALE, RoundingMode.HALF_UP);
        return new AssessmentScore(score, components);
    }

    private static BigDecimal rate(int met, int owed) {
        return owed == 0 ? null : BigDecimal.valueOf(met).divide(BigDecimal.valueOf(owed), RATE_SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal meanCapped(List<BigDecimal> attainments) {
        List<BigDecimal> assessed = attainments.stream().filter(Objects::nonNull).toList();
        if (assessed.isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal attainment : assessed) {
            sum = sum.add(attainment.min(BigDecimal.ONE).max(BigDecimal.ZERO));
        }
        return sum.divide(BigDecimal.valueOf(assessed.size()), RATE_SCALE, RoundingMode.HALF_UP);
    }
}
