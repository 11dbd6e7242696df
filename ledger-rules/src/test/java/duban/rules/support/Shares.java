package duban.rules.support;

import duban.events.task.Allocation;
import java.math.BigDecimal;
import java.util.List;

/** Allocation trees as a notice writes them, for the rules' tests. */
public final class Shares {

    private Shares() {
    }

    public static Allocation unit(String unitId, int quantity, Allocation... children) {
        return new Allocation(unitId, null, false, BigDecimal.valueOf(quantity), BigDecimal.valueOf(quantity), false,
                List.of(children));
    }

    public static Allocation range(String unitId, int min, int max) {
        return new Allocation(unitId, null, false, BigDecimal.valueOf(min), BigDecimal.valueOf(max), false, List.of());
    }

    public static Allocation soft(String unitId, int quantity) {
        return new Allocation(unitId, null, false, BigDecimal.valueOf(quantity), BigDecimal.valueOf(quantity), true,
                List.of());
    }

    public static Allocation group(String groupId, int quantity, Allocation... children) {
        return new Allocation(null, groupId, false, BigDecimal.valueOf(quantity), BigDecimal.valueOf(quantity), false,
                List.of(children));
    }

    public static Allocation eachOf(String groupId, int quantity) {
        return new Allocation(null, groupId, true, BigDecimal.valueOf(quantity), BigDecimal.valueOf(quantity), false,
                List.of());
    }
}
