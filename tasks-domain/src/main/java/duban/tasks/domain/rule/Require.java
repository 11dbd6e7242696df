package duban.tasks.domain.rule;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks shared by every aggregate, each throwing the matching {@link Violation}. */
public final class Require {

    private Require() {
    }

    /** A non-blank text. */
    public static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw Violation.MISSING_FIELD.because(field + " is required");
        }
        return value;
    }

    /** A present value. */
    public static <T> T present(T value, String field) {
        if (value == null) {
            throw Violation.MISSING_FIELD.because(field + " is required");
        }
        return value;
    }

    /** A list without blank or repeated ids; null reads as empty (commands often omit empty lists). */
    public static List<String> distinctIds(List<String> ids, String field) {
        if (ids == null) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            text(id, field + " entry");
            if (!seen.add(id)) {
                throw Violation.UNIT_LISTED_TWICE.because(field + " names " + id + " twice");
            }
        }
        return List.copyOf(ids);
    }

    /** No id of {@code second} is also in {@code first}. */
    public static void disjoint(Collection<String> first, Collection<String> second, String what) {
        for (String id : second) {
            if (first.contains(id)) {
                throw Violation.UNIT_LISTED_TWICE.because(id + " is named " + what);
            }
        }
    }

    /** A null list reads as empty (commands often omit empty lists); a null entry is refused. */
    public static <T> List<T> listOrEmpty(List<T> list, String field) {
        if (list == null) {
            return List.of();
        }
        list.forEach(entry -> present(entry, field + " entry"));
        return List.copyOf(list);
    }
}
