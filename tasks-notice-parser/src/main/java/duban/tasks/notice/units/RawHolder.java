package duban.tasks.notice.units;

import java.util.List;

/**
 * A unit or a group as the notice writes it, before resolution.
 *
 * @param name        the unit's name as written, or the group's phrase (standard spelling, or a listed label
 *                    such as 自创区外)
 * @param namedBefore for a remainder group (其他…): the units named before it in the same sentence
 * @param line        where it is written
 */
public record RawHolder(Kind kind, String name, List<String> namedBefore, int line) {

    public enum Kind {
        UNIT,
        GROUP
    }

    public RawHolder {
        namedBefore = List.copyOf(namedBefore);
    }

    public static RawHolder unit(String name, int line) {
        return new RawHolder(Kind.UNIT, name, List.of(), line);
    }

    public static RawHolder group(String phrase, List<String> namedBefore, int line) {
        return new RawHolder(Kind.GROUP, phrase, namedBefore, line);
    }

    public boolean isUnit() {
        return kind == Kind.UNIT;
    }
}
