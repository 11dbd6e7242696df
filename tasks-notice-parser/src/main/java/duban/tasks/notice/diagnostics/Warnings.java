package duban.tasks.notice.diagnostics;

import duban.tasks.notice.model.Warning;
import duban.tasks.notice.model.WarningCode;
import duban.tasks.notice.text.Snippet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The warnings of one parse, de-duplicated, returned in line order (stable within a line). */
public final class Warnings {

    private final Set<Warning> warnings = new LinkedHashSet<>();
    private final List<int[]> unparsed = new ArrayList<>();

    public void add(int line, WarningCode code, String message, String text) {
        warnings.add(new Warning(line, code, message, text));
    }

    public void add(Snippet about, WarningCode code, String message) {
        add(about.line(), code, message, about.verbatim());
    }

    /**
     * An UNPARSED_REGION: lines {@code first} to {@code last} from which nothing was read. The message names
     * them; the range is kept for the notice's line account.
     */
    public void unparsed(int first, int last, String why, String text) {
        add(first, WarningCode.UNPARSED_REGION, "lines " + first + " to " + last + " " + why, text);
        unparsed.add(new int[] {first, last});
    }

    /** The ranges {@code [first, last]} of the UNPARSED_REGION warnings so far. */
    public List<int[]> unparsedRegions() {
        return List.copyOf(unparsed);
    }

    public List<Warning> inLineOrder() {
        List<Warning> sorted = new ArrayList<>(warnings);
        sorted.sort(Comparator.comparingInt(Warning::line));
        return sorted;
    }
}
