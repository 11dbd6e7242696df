package duban.rules.attainment;

import static duban.rules.support.Shares.eachOf;
import static duban.rules.support.Shares.group;
import static duban.rules.support.Shares.range;
import static duban.rules.support.Shares.soft;
import static duban.rules.support.Shares.unit;
import static org.assertj.core.api.Assertions.assertThat;

import duban.rules.duty.GroupMembership;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Counts rolled up through units, groups, nested breakdowns, ranges, soft shares and shares held by each member. */
class QuotaRollupTest {

    /** 各县(市)、区: 卫辉市, 辉县市, 牧野区; 自创区外 (inside it): 卫辉市, 辉县市; 各高校: 新乡学院, 河南师大. */
    private static final GroupMembership DIRECTORY = groupId -> switch (groupId) {
        case "counties" -> Optional.of(List.of("weihui", "huixian", "muye"));
        case "outside-zone" -> Optional.of(List.of("weihui", "huixian"));
        case "universities" -> Optional.of(List.of("xxu", "htu"));
        default -> Optional.empty();
    };

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void aUnitsShareIsItsLatestCountAgainstItsAllocation() {
        TargetQuota quota = QuotaRollup.evaluate("t", n("30"), List.of(unit("hongqi", 2)), Map.of("hongqi", n("3")),
                DIRECTORY);

        QuotaNode hongqi = quota.shares().get(0);
        assertThat(hongqi.allocation()).isEqualByComparingTo("2");
        assertThat(hongqi.achieved()).isEqualByComparingTo("3");
        assertThat(hongqi.attainment()).as("not capped").isEqualByComparingTo("1.5");
        assertThat(quota.achieved()).isEqualByComparingTo("3");
        assertThat(quota.attainment()).isEqualByComparingTo("0.1");
    }

    @Test
    void aGroupsAchievedIsTheSumOfItsMembersAndANestedGroupCountsForItsOwnShare() {
        // 各县(市)、区 10家, 其中自创区外 6家 (卫辉市 2家)
        TargetQuota quota = QuotaRollup.evaluate("t", n("10"),
                List.of(group("counties", 10, group("outside-zone", 6, unit("weihui", 2)))),
                Map.of("weihui", n("3"), "huixian", n("1"), "muye", n("2"), "hongqi", n("9")), DIRECTORY);

        QuotaNode counties = quota.shares().get(0);
        assertThat(counties.achieved()).isEqualByComparingTo("6");
        assertThat(counties.attainment()).isEqualByComparingTo("0.6");
        assertThat(counties.members()).containsOnlyKeys("weihui", "huixian", "muye");
        QuotaNode outside = counties.children().get(0);
        assertThat(outside.achieved()).isEqualByComparingTo("4");
        assertThat(outside.attainment()).isEqualByComparingTo("0.6667");
        assertThat(outside.children().get(0).attainment()).isEqualByComparingTo("1.5");
        assertThat(quota.achieved()).as("only its shares count: 红旗区 holds none").isEqualByComparingTo("6");

        List<UnitShare> weihui = quota.sharesOf("weihui");
        assertThat(weihui).extracting(UnitShare::viaGroup).containsExactly("counties", "outside-zone", null);
        assertThat(weihui).extracting(UnitShare::attainment).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(n("0.6"), n("0.6667"), n("1.5"));
        assertThat(quota.sharesOf("muye")).singleElement().extracting(UnitShare::viaGroup).isEqualTo("counties");
    }

    @Test
    void aRangeIsOwedAtItsLowEndAndASoftShareIsMarked() {
        TargetQuota quota = QuotaRollup.evaluate("t", n("3"), List.of(range("muye", 1, 2), soft("fengquan", 1)),
                Map.of("muye", n("1")), DIRECTORY);

        assertThat(quota.shares().get(0).attainment()).isEqualByComparingTo("1");
        assertThat(quota.shares().get(0).max()).isEqualByComparingTo("2");
        assertThat(quota.shares().get(1).soft()).isTrue();
        assertThat(quota.shares().get(1).attainment()).as("no report is nothing achieved").isEqualByComparingTo("0");
        assertThat(quota.sharesOf("fengquan")).singleElement().extracting(UnitShare::soft).isEqualTo(true);
    }

    @Test
    void aShareHeldByEachMemberIsOwedByEachAndInAllByTheGroup() {
        // 各高校各完成1项
        TargetQuota quota = QuotaRollup.evaluate("t", n("2"), List.of(eachOf("universities", 1)),
                Map.of("xxu", n("2")), DIRECTORY);

        QuotaNode universities = quota.shares().get(0);
        assertThat(universities.allocation()).isEqualByComparingTo("2");
        assertThat(universities.attainment()).isEqualByComparingTo("1");
        assertThat(quota.sharesOf("xxu")).singleElement().satisfies(share -> {
            assertThat(share.allocation()).isEqualByComparingTo("1");
            assertThat(share.attainment()).isEqualByComparingTo("2");
        });
        assertThat(quota.sharesOf("htu")).singleElement().extracting(UnitShare::attainment)
                .satisfies(a -> assertThat((BigDecimal) a).isEqualByComparingTo("0"));
    }

    @Test
    void aGroupTheDirectoryDoesNotKnowCountsItsBreakdown() {
        TargetQuota quota = QuotaRollup.evaluate("t", n("5"), List.of(group("unknown", 5, unit("weihui", 2))),
                Map.of("weihui", n("1"), "muye", n("4")), DIRECTORY);

        assertThat(quota.shares().get(0).achieved()).isEqualByComparingTo("1");
        assertThat(quota.shares().get(0).members()).isEmpty();
    }

    @Test
    void aTargetWithoutSharesCountsEveryReportingUnitAndNothingOwedHasNoAttainment() {
        TargetQuota quota = QuotaRollup.evaluate("t", n("4"), List.of(), Map.of("kjj", n("3")), DIRECTORY);
        assertThat(quota.achieved()).isEqualByComparingTo("3");
        assertThat(quota.attainment()).isEqualByComparingTo("0.75");

        TargetQuota zero = QuotaRollup.evaluate("t", BigDecimal.ZERO, List.of(unit("kjj", 0)), Map.of(), DIRECTORY);
        assertThat(zero.attainment()).isNull();
        assertThat(zero.shares().get(0).attainment()).isNull();
    }
}
