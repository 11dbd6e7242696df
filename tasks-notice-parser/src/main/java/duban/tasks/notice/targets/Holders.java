package duban.tasks.notice.targets;

import duban.events.unit.UnitCategory;
import duban.tasks.notice.units.GroupPhrase;
import duban.tasks.notice.units.NameMatcher;
import duban.tasks.notice.units.RawHolder;
import duban.tasks.notice.units.UnitCategories;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds who holds a share: a group phrase, a unit the notice or the directory knows, a name that reads as a
 * unit's, or a label broken down in brackets (自创区外).
 */
final class Holders {

    /** A holder and where its name ends. */
    record Found(RawHolder holder, int end) {
    }

    /** Units opening a clause ("红旗区、牧野区…经开区各谋划1家") and where they end. */
    record Subjects(List<RawHolder> holders, int end) {
    }

    private static final Pattern LISTED_LABEL = Pattern.compile("[\\u4e00-\\u9fa5]{1,8}外");
    private static final Set<UnitCategory> PLACES =
            Set.of(UnitCategory.COUNTY, UnitCategory.DISTRICT, UnitCategory.FUNCTIONAL_ZONE);
    private static final int LONGEST_PLACE = 6;
    private static final String AFTER_PLACE = "、各要及和,";
    private static final String JOINERS = "、及和";

    private final TextIndex index;
    private final NameMatcher names;

    Holders(TextIndex index, NameMatcher names) {
        this.index = index;
        this.names = names;
    }

    /** The holder a label before a count names ("经开区各引进", "市商务局举办", "自创区外"). */
    Optional<Found> inLabel(int from, int to, List<String> namedBefore) {
        String text = index.text();
        int at = skipFiller(from, to);
        if (at >= to) {
            return Optional.empty();
        }
        Optional<Found> known = known(at, namedBefore);
        if (known.isPresent()) {
            return known;
        }
        String label = text.substring(at, to).trim();
        if (LISTED_LABEL.matcher(label).matches()) {
            return Optional.of(new Found(RawHolder.group(label, List.of(), line(at)), to));
        }
        int length = UnitCategories.leadingUnitLength(text, at, to);
        if (length > 0) {
            return Optional.of(new Found(RawHolder.unit(text.substring(at, at + length), line(at)), at + length));
        }
        return Optional.empty();
    }

    /**
     * The units a clause opens with. Only known units and group phrases count, and place names followed by
     * 、 / 各 / 要: "全市新培育…" and "新建园区3个" open with no unit.
     */
    Subjects subjects(int from, int to, List<String> namedBefore) {
        String text = index.text();
        List<RawHolder> holders = new ArrayList<>();
        List<String> named = new ArrayList<>(namedBefore);
        int at = skipFiller(from, to);
        int end = from;
        while (at < to) {
            Optional<Found> found = known(at, named);
            if (found.isEmpty()) {
                found = place(at, to);
            }
            if (found.isEmpty()) {
                break;
            }
            holders.add(found.get().holder());
            if (found.get().holder().isUnit()) {
                named.add(found.get().holder().name());
            }
            end = found.get().end();
            if (end < to && JOINERS.indexOf(text.charAt(end)) >= 0) {
                at = end + 1;
            } else {
                break;
            }
        }
        return new Subjects(holders, end);
    }

    private Optional<Found> known(int at, List<String> namedBefore) {
        String text = index.text();
        Optional<GroupPhrase.Match> phrase = GroupPhrase.matchAt(text, at);
        if (phrase.isPresent()) {
            GroupPhrase p = phrase.get().phrase();
            return Optional.of(new Found(RawHolder.group(p.phrase(), p.remainder() ? namedBefore : List.of(), line(at)),
                    phrase.get().end()));
        }
        int length = names.longestAt(text, at);
        if (length > 0) {
            return Optional.of(new Found(RawHolder.unit(text.substring(at, at + length), line(at)), at + length));
        }
        return Optional.empty();
    }

    private Optional<Found> place(int at, int to) {
        String text = index.text();
        int length = UnitCategories.leadingUnitLength(text, at, Math.min(to, at + LONGEST_PLACE));
        if (length == 0 || at + length >= to || AFTER_PLACE.indexOf(text.charAt(at + length)) < 0) {
            return Optional.empty();
        }
        String name = text.substring(at, at + length);
        if (!PLACES.contains(UnitCategories.infer(name))) {
            return Optional.empty();
        }
        return Optional.of(new Found(RawHolder.unit(name, line(at)), at + length));
    }

    private int skipFiller(int from, int to) {
        String text = index.text();
        int at = from;
        while (at < to && (Character.isWhitespace(text.charAt(at)) || ":、,和".indexOf(text.charAt(at)) >= 0)) {
            at++;
        }
        return at;
    }

    private int line(int at) {
        return index.snippet().lineAt(at);
    }
}
