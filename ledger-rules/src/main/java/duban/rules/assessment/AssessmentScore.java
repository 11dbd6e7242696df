package duban.rules.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * @param score      the sum of the components' points, two decimals; null when the unit owed nothing at all
 * @param components every component, in the order of {@link Component}
 */
public record AssessmentScore(BigDecimal score, List<ComponentScore> components) {

    public AssessmentScore {
        components = List.copyOf(components);
    }

    public boolean scored() {
        return score != null;
    }
}
