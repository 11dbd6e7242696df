package duban.workbook;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A unit list in one cell, one name per line. Not 、: group names such as 各县(市)、区 contain it, so a line
 * break is the only separator that reads back unambiguously.
 */
final class UnitNames {

    private UnitNames() {
    }

    static String join(List<String> names) {
        return String.join("\n", names);
    }

    static List<String> split(String cell) {
        return Arrays.stream(cell.split("\\R"))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toUnmodifiableList());
    }

    static void requireOneLine(List<String> names) {
        for (String name : names) {
            if (name == null || name.isBlank() || name.contains("\n") || !name.equals(name.strip())) {
                throw new IllegalArgumentException("a unit name must be one non-blank, trimmed line: " + name);
            }
        }
    }
}
