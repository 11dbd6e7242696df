package duban.rules.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 40 × on-time reports + 40 × milestones met + 20 × attainment, with weights passed on when nothing is owed. */
class AssessmentFormulaTest {

    private final AssessmentFormula formula = new AssessmentFormula(AssessmentWeights.DEFAULTS);

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void everyComponentCountsWithItsWeight() {
        // 3 of 4 reports on time, 1 of 2 milestones met, attainments 50 % and 150 % (capped at 100 %)
        AssessmentScore score = formula.score(new AssessmentInput(4, 3, 2, 1, List.of(n("0.5"), n("1.5"))));

        assertThat(score.score()).isEqualByComparingTo("65.00");
        assertThat(score.components()).extracting(ComponentScore::component)
                .containsExactly(Component.REPORTS, Component.MILESTONES, Component.TARGETS);
        assertThat(score.components()).extracting(ComponentScore::points).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(n("30"), n("20"), n("15"));
        assertThat(score.components().get(2).rate()).isEqualByComparingTo("0.75");
    }

    @Test
    void aComponentWithNothingOwedPassesItsWeightToTheOthersInProportion() {
        // no milestone due: reports weigh 40 × 100/60, targets 20 × 100/60
        AssessmentScore score = formula.score(new AssessmentInput(2, 2, 0, 0, List.of(n("0.5"))));

        assertThat(score.components().get(1).rate()).isNull();
        assertThat(score.components().get(1).effectiveWeight()).isEqualByComparingTo("0");
        assertThat(score.components().get(0).effectiveWeight()).isEqualByComparingTo("66.67");
        assertThat(score.components().get(2).effectiveWeight()).isEqualByComparingTo("33.33");
        assertThat(score.score()).isEqualByComparingTo("83.33");
        assertThat(formula.score(new AssessmentInput(4, 4, 0, 0, List.of())).score()).isEqualByComparingTo("100.00");
    }

    @Test
    void aUnitOwingNothingIsNotScored() {
        AssessmentScore score = formula.score(new AssessmentInput(0, 0, 0, 0, List.of()));

        assertThat(score.scored()).isFalse();
        assertThat(score.score()).isNull();
    }

    @Test
    void weightsAreConfiguration() {
        AssessmentFormula reportsOnly = new AssessmentFormula(new AssessmentWeights(n("100"), n("0"), n("0")));

        assertThat(reportsOnly.score(new AssessmentInput(4, 1, 2, 2, List.of(n("1")))).score())
                .isEqualByComparingTo("25.00");
        assertThatThrownBy(() -> new AssessmentWeights(n("0"), n("0"), n("0"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AssessmentWeights(n("-1"), n("0"), n("1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AssessmentInput(1, 2, 0, 0, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
