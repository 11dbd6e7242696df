package duban.rules.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BulletinRulesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final BulletinMonth november = new BulletinMonth(YearMonth.of(2017, 11), SHANGHAI);

    @Test
    void aReturnCountsInTheMonthItWasRecordedInThePlansZone() {
        assertThat(november.recorded(Instant.parse("2017-10-31T16:00:00Z"))).isTrue();
        assertThat(november.recorded(Instant.parse("2017-10-31T15:59:59Z"))).isFalse();
        assertThat(november.recorded(Instant.parse("2017-11-30T15:59:59Z"))).isTrue();
        assertThat(november.recorded(Instant.parse("2017-11-30T16:00:00Z"))).isFalse();
    }

    @Test
    void aMonthIsReadAtTheEndOfItsLastDayInThePlansZone() {
        assertThat(november.cutoff()).isEqualTo(Instant.parse("2017-11-30T16:00:00Z"));
        assertThat(november.provisionalAt(Instant.parse("2017-11-30T15:59:59Z"))).isTrue();
        assertThat(november.provisionalAt(Instant.parse("2017-11-30T16:00:00Z"))).isFalse();
        assertThat(november.readAt(Instant.parse("2018-03-01T00:00:00Z"))).isEqualTo(november.cutoff());
        assertThat(november.readAt(Instant.parse("2017-11-21T00:00:00Z"))).isEqualTo(Instant.parse("2017-11-21T00:00:00Z"));
    }

    @Test
    void aDayCountsInTheMonthItFallsIn() {
        assertThat(november.contains(LocalDate.parse("2017-11-05"))).isTrue();
        assertThat(november.contains(LocalDate.parse("2017-12-05"))).isFalse();
        assertThat(november.byEnd(LocalDate.parse("2017-10-31"))).isTrue();
        assertThat(november.byEnd(LocalDate.parse("2017-12-01"))).isFalse();
    }

    @Test
    void aUnitIsCommendedForAFullOnTimeRecordAndAHighScoreAndNamedForEachMissAndOverdueMilestone() {
        BulletinNaming naming = BulletinNaming.DEFAULTS;
        UnitMonth perfect = new UnitMonth(2, 2, 0, 0, 0, 1, 1, 0);
        UnitMonth late = new UnitMonth(2, 1, 1, 0, 0, 0, 0, 0);
        UnitMonth poor = new UnitMonth(2, 0, 0, 2, 0, 1, 0, 1);

        assertThat(naming.commended(perfect, new BigDecimal("100"))).isTrue();
        assertThat(naming.commended(perfect, new BigDecimal("89.99"))).isFalse();
        assertThat(naming.commended(late, new BigDecimal("95"))).as("a late report is no full record").isFalse();
        assertThat(naming.commended(new UnitMonth(0, 0, 0, 0, 0, 1, 1, 0), new BigDecimal("100")))
                .as("nothing reported, nothing to commend").isFalse();
        assertThat(naming.reasons(perfect)).isEmpty();
        assertThat(naming.reasons(late)).isEmpty();
        assertThat(naming.reasons(poor)).containsExactly("未报送进展2次", "逾期未完成节点1个");
    }
}
