package duban.rules.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranks within a category; ties share a rank and the next rank skips. */
class RankingTest {

    record Scored(String unit, String category, BigDecimal score) {
    }

    private static Scored scored(String unit, String category, String score) {
        return new Scored(unit, category, score == null ? null : new BigDecimal(score));
    }

    @Test
    void equalScoresShareARankAndTheNextSkips() {
        List<Ranked<Scored>> ranked = Ranking.within(List.of(
                        scored("红旗区", "DISTRICT", "80"), scored("卫滨区", "DISTRICT", "95"),
                        scored("牧野区", "DISTRICT", "80.00"), scored("凤泉区", "DISTRICT", "70")),
                Scored::category, Scored::score);

        assertThat(ranked).extracting(r -> r.item().unit(), Ranked::rank)
                .containsExactly(tuple("卫滨区", 1), tuple("红旗区", 2), tuple("牧野区", 2), tuple("凤泉区", 4));
        assertThat(ranked).extracting(Ranked::of).containsOnly(4);
    }

    @Test
    void categoriesAreRankedApartAndUnscoredUnitsGetNoRank() {
        List<Ranked<Scored>> ranked = Ranking.within(List.of(
                        scored("市科技局", "CITY_DEPARTMENT", "60"), scored("红旗区", "DISTRICT", "50"),
                        scored("市财政局", "CITY_DEPARTMENT", null), scored("市商务局", "CITY_DEPARTMENT", "90")),
                Scored::category, Scored::score);

        assertThat(ranked).extracting(r -> r.item().unit(), Ranked::category, Ranked::rank, Ranked::of).containsExactly(
                tuple("市商务局", "CITY_DEPARTMENT", 1, 2), tuple("市科技局", "CITY_DEPARTMENT", 2, 2),
                tuple("市财政局", "CITY_DEPARTMENT", null, 2), tuple("红旗区", "DISTRICT", 1, 1));
    }
}
