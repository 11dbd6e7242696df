package duban.reporting.bulletin.document;

import duban.reporting.bulletin.Bulletin;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The bulletin's scores as a horizontal bar chart, laid out here so the page only draws it: one bar per unit in the
 * bulletin's order (category, then rank), its length the score out of 100, the unit's name to its left. A unit that
 * owed nothing has a bar of no length and {@code 未评分} for its score. Coordinates are SVG user units.
 */
public record ScoreChart(int width, int height, int labelWidth, int barSpan, List<Bar> bars) {

    static final int LABEL_WIDTH = 220;
    static final int BAR_SPAN = 400;
    static final int ROW_HEIGHT = 22;
    static final int BAR_HEIGHT = 14;
    static final int TOP = 24;
    private static final BigDecimal FULL = BigDecimal.valueOf(100);

    /**
     * One unit's bar.
     *
     * @param length the bar's length: score ÷ 100 × the bar span, two decimals
     * @param score  as the bulletin writes it, empty when not scored
     */
    public record Bar(String unitId, String label, String categoryLabel, String score, int labelX, int y, int textY,
                      String length, String valueX, boolean scored) {
    }

    /** The scale's ticks at 0, 20, … 100. */
    public List<Tick> ticks() {
        List<Tick> ticks = new ArrayList<>();
        for (int value = 0; value <= 100; value += 20) {
            ticks.add(new Tick(String.valueOf(value), String.valueOf(labelWidth + value * barSpan / 100)));
        }
        return ticks;
    }

    /** A tick of the scale. */
    public record Tick(String label, String x) {
    }

    static ScoreChart of(Bulletin bulletin) {
        List<Bar> bars = new ArrayList<>();
        int y = TOP;
        for (Bulletin.UnitLine unit : bulletin.units()) {
            BigDecimal score = unit.score();
            BigDecimal length = score == null ? BigDecimal.ZERO
                    : score.max(BigDecimal.ZERO).min(FULL).multiply(BigDecimal.valueOf(BAR_SPAN))
                            .divide(FULL, 2, RoundingMode.HALF_UP);
            String valueX = length.add(BigDecimal.valueOf(LABEL_WIDTH + 6)).setScale(2, RoundingMode.HALF_UP)
                    .toPlainString();
            bars.add(new Bar(unit.unitId(), unit.unitName(), unit.categoryLabel(), BulletinLabels.score(score),
                    LABEL_WIDTH - 6, y,
                    y + BAR_HEIGHT - 3, length.setScale(2, RoundingMode.HALF_UP).toPlainString(), valueX,
                    score != null));
            y += ROW_HEIGHT;
        }
        return new ScoreChart(LABEL_WIDTH + BAR_SPAN + 70, y + 8, LABEL_WIDTH, BAR_SPAN, List.copyOf(bars));
    }
}
