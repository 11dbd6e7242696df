package duban.workbook;

import java.math.BigDecimal;

/** Quantities in one canonical scale, so that 2, 2.0 and a spreadsheet's 2.0d compare equal in records. */
final class Quantities {

    private Quantities() {
    }

    static BigDecimal normalize(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
