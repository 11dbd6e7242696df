package duban.tasks.notice.units;

import duban.events.unit.UnitCategory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The group phrases a notice uses for many units at once, with their spellings. A remainder phrase (其他…)
 * means its base group minus the units named before it in the same sentence.
 */
public enum GroupPhrase {
    /** 各县(市)、区: every county, county-level city, district and functional zone of the city. */
    COUNTIES_AND_DISTRICTS("各县(市)、区", null,
            EnumSet.of(UnitCategory.COUNTY, UnitCategory.DISTRICT, UnitCategory.FUNCTIONAL_ZONE),
            "各县(市)、区", "各县(市、区)", "各县(市)区", "各县市区", "各县(区)", "各县区"),
    /** 其他县(市)、区. */
    OTHER_COUNTIES_AND_DISTRICTS("其他县(市)、区", COUNTIES_AND_DISTRICTS, null,
            "其他县(市)、区", "其他县(市、区)", "其他县(市)区", "其他县市区", "其余县(市)、区", "其他县区"),
    /** 各高校: every university and college. */
    UNIVERSITIES("各高校", null, EnumSet.of(UnitCategory.UNIVERSITY), "驻新各高校", "各高等院校", "各高校"),
    /** 其他高校. */
    OTHER_UNIVERSITIES("其他高校", UNIVERSITIES, null, "其他高校", "其余高校"),
    /** 市直各部门: every city department. */
    CITY_DEPARTMENTS("市直各部门", null, EnumSet.of(UnitCategory.CITY_DEPARTMENT),
            "市直各有关部门", "市直有关部门", "市直各部门", "市政府各部门"),
    /** 各科研院所: every research institute. */
    INSTITUTES("各科研院所", null, EnumSet.of(UnitCategory.INSTITUTE), "各科研院所", "各院所");

    private final String phrase;
    private final GroupPhrase base;
    private final Set<UnitCategory> categories;
    private final List<String> spellings;

    GroupPhrase(String phrase, GroupPhrase base, Set<UnitCategory> categories, String... spellings) {
        this.phrase = phrase;
        this.base = base;
        this.categories = categories;
        this.spellings = List.of(spellings);
    }

    /** A match of a group phrase in folded text. */
    public record Match(GroupPhrase phrase, int start, int end) {
    }

    private static final List<Spelling> BY_LENGTH = spellingsByLength();

    private record Spelling(String text, GroupPhrase phrase) {
    }

    public String phrase() {
        return phrase;
    }

    public boolean remainder() {
        return base != null;
    }

    /** The group a remainder phrase takes its members from; the phrase itself otherwise. */
    public GroupPhrase base() {
        return base == null ? this : base;
    }

    public Set<UnitCategory> categories() {
        return base().categories;
    }

    public static Optional<Match> matchAt(String folded, int at) {
        for (Spelling spelling : BY_LENGTH) {
            if (folded.startsWith(spelling.text(), at)) {
                return Optional.of(new Match(spelling.phrase(), at, at + spelling.text().length()));
            }
        }
        return Optional.empty();
    }

    public static Optional<GroupPhrase> whole(String folded) {
        return matchAt(folded, 0).filter(m -> m.end() == folded.length()).map(Match::phrase);
    }

    public static Optional<GroupPhrase> byPhrase(String phrase) {
        for (GroupPhrase p : values()) {
            if (p.phrase.equals(phrase)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Every occurrence in the text, left to right, never overlapping. */
    public static List<Match> findAll(String folded) {
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < folded.length(); i++) {
            Optional<Match> m = matchAt(folded, i);
            if (m.isPresent()) {
                matches.add(m.get());
                i = m.get().end() - 1;
            }
        }
        return matches;
    }

    private static List<Spelling> spellingsByLength() {
        List<Spelling> all = new ArrayList<>();
        for (GroupPhrase p : values()) {
            p.spellings.forEach(s -> all.add(new Spelling(s, p)));
        }
        all.sort(Comparator.comparingInt((Spelling s) -> s.text().length()).reversed());
        return List.copyOf(all);
    }
}
