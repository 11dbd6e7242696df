package duban.tasks.notice.units;

import duban.events.unit.UnitCategory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A group phrase (单位组短语) a notice uses for many units at once, with its spellings, as listed in the data
 * file {@code group-phrases.tsv}. A remainder phrase (其他…) means its base group minus the units named before
 * it in the same sentence. A phrase without categories (各有关单位, 各乡镇(街道)) takes its members from the
 * directory's group of that name, or stays an empty group: it is never a unit.
 */
public final class GroupPhrase {

    static final String DATA = "group-phrases.tsv";

    private static final List<GroupPhrase> ALL = load();
    private static final String ENDING = "*";
    private static final List<Spelling> BY_LENGTH = spellingsByLength(false);
    private static final List<Spelling> ENDINGS = spellingsByLength(true);

    private final String phrase;
    private final GroupPhrase base;
    private final Set<UnitCategory> categories;
    private final List<String> spellings;

    private GroupPhrase(String phrase, GroupPhrase base, Set<UnitCategory> categories, List<String> spellings) {
        this.phrase = phrase;
        this.base = base;
        this.categories = categories;
        this.spellings = spellings;
    }

    /** A match of a group phrase in folded text. */
    public record Match(GroupPhrase phrase, int start, int end) {
    }

    private record Spelling(String text, GroupPhrase phrase) {
    }

    /** Every phrase of the data file, in its order. */
    public static List<GroupPhrase> all() {
        return ALL;
    }

    public String phrase() {
        return phrase;
    }

    public List<String> spellings() {
        return spellings;
    }

    public boolean remainder() {
        return base != null;
    }

    /** The group a remainder phrase takes its members from; the phrase itself otherwise. */
    public GroupPhrase base() {
        return base == null ? this : base;
    }

    /** The categories whose units are members; empty when only the directory can say who the members are. */
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

    /**
     * A phrase of the kind whose spelling is an ending ({@code *成员单位}): 区疫情防控指挥部成员单位 and
     * 全区经济运行各专班 name a body's many members, each body its own group, named as written.
     */
    public static Optional<GroupPhrase> byEnding(String folded) {
        for (Spelling spelling : ENDINGS) {
            String ending = spelling.text().substring(1);
            if (folded.length() > ending.length() && folded.endsWith(ending)) {
                return Optional.of(spelling.phrase());
            }
        }
        return Optional.empty();
    }

    public static Optional<GroupPhrase> byPhrase(String phrase) {
        return ALL.stream().filter(p -> p.phrase.equals(phrase)).findFirst();
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

    @Override
    public String toString() {
        return phrase;
    }

    private static List<Spelling> spellingsByLength(boolean endings) {
        List<Spelling> all = new ArrayList<>();
        for (GroupPhrase p : ALL) {
            p.spellings.stream().filter(s -> s.startsWith(ENDING) == endings).forEach(s -> all.add(new Spelling(s, p)));
        }
        all.sort(Comparator.comparingInt((Spelling s) -> s.text().length()).reversed());
        return List.copyOf(all);
    }

    private static List<GroupPhrase> load() {
        try (InputStream in = GroupPhrase.class.getResourceAsStream(DATA)) {
            if (in == null) {
                throw new IllegalStateException("missing " + DATA);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The phrases of the data file's lines; a malformed line fails loudly, since a dropped phrase would split. */
    static List<GroupPhrase> parse(List<String> lines) {
        Map<String, GroupPhrase> phrases = new LinkedHashMap<>();
        Map<String, GroupPhrase> spellings = new LinkedHashMap<>();
        boolean header = true;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 4) {
                throw new IllegalStateException(DATA + ": expected 4 columns in: " + line);
            }
            GroupPhrase base = null;
            if (!cells[1].equals("-")) {
                base = phrases.get(cells[1]);
                if (base == null || base.base != null) {
                    throw new IllegalStateException(DATA + ": base " + cells[1] + " must be a plain phrase listed earlier");
                }
            }
            Set<UnitCategory> categories = EnumSet.noneOf(UnitCategory.class);
            if (!cells[2].equals("-")) {
                for (String c : cells[2].split(",")) {
                    categories.add(UnitCategory.valueOf(c.strip()));
                }
            }
            GroupPhrase phrase = new GroupPhrase(cells[0], base, Set.copyOf(categories),
                    List.of(cells[3].split("\\|")));
            if (phrases.putIfAbsent(phrase.phrase, phrase) != null) {
                throw new IllegalStateException(DATA + ": phrase listed twice: " + phrase.phrase);
            }
            for (String s : phrase.spellings) {
                if (s.isBlank() || s.equals(ENDING) || spellings.putIfAbsent(s, phrase) != null) {
                    throw new IllegalStateException(DATA + ": blank or repeated spelling " + s + " of " + phrase.phrase);
                }
            }
        }
        return List.copyOf(phrases.values());
    }
}
