package duban.tasks.unit.query;

import duban.events.unit.UnitCategory;
import java.util.Arrays;
import java.util.Optional;

/** Reads a unit category from what a request or a file writes: its code or its Chinese label. */
public final class UnitCategories {

    private UnitCategories() {
    }

    public static String label(UnitCategory category) {
        return category.label();
    }

    /** The category named by its code (COUNTY) or its label (县(市), also with full-width parentheses). */
    public static Optional<UnitCategory> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().replace('（', '(').replace('）', ')');
        return Arrays.stream(UnitCategory.values())
                .filter(category -> category.name().equalsIgnoreCase(wanted) || category.label().equals(wanted))
                .findFirst();
    }

    /** What a request may write, for the message that refuses anything else. */
    public static String accepted() {
        return String.join(", ", Arrays.stream(UnitCategory.values())
                .map(category -> category.name() + " (" + category.label() + ")").toList());
    }
}
