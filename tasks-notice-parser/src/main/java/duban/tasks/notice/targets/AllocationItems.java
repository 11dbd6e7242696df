package duban.tasks.notice.targets;

import duban.tasks.notice.text.Punctuation;
import duban.tasks.notice.text.Snippet;
import duban.tasks.notice.units.ListSplitter;
import duban.tasks.notice.units.RawHolder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a list of shares: "红旗区2家、牧野区2家、…、自创区外9家(卫辉市1家、…)", "原阳县、封丘县各谋划1家",
 * "红旗区、…经开区各引进一家,其他县(市)、区及各高校各明确一家引进目标". Holders without a count take the next
 * count; 各 or several holders mean each holds it; 谋划 / 力争 make the share soft.
 */
final class AllocationItems {

    /**
     * The shares read.
     *
     * @param ok          every item was a share, a holder awaiting its count, or a remark (力争年底落地)
     * @param subTarget   a first item that names a part of the total instead of a holder (其中新引进…6家(…))
     * @param unparsed    items that are none of these
     * @param namedAfter  the units named so far in the sentence, these items included
     */
    record Items(boolean ok, List<RawAllocation> allocations, Part subTarget, List<Snippet> unparsed,
            List<String> namedAfter) {
    }

    /** A part of a total: its count and breakdown. */
    record Part(QuantityMatch quantity, List<RawAllocation> allocations) {
    }

    private static final String SEPARATORS = "、,;及";
    private static final Pattern SOFT = Pattern.compile("谋划|力争|争取");
    private static final Pattern REMARK = Pattern.compile("^(力争|争取|努力|确保|原则上).*");

    private final TextIndex index;
    private final Holders holders;

    AllocationItems(TextIndex index, Holders holders) {
        this.index = index;
        this.holders = holders;
    }

    Items read(int from, int to, List<String> namedBefore) {
        Snippet text = index.snippet();
        List<String> named = new ArrayList<>(namedBefore);
        List<RawAllocation> allocations = new ArrayList<>();
        List<RawHolder> waiting = new ArrayList<>();
        List<Snippet> waitingWords = new ArrayList<>();
        List<Snippet> unparsed = new ArrayList<>();
        Part part = null;
        boolean first = true;
        for (int[] range : pieces(from, to)) {
            int start = range[0];
            int end = range[1];
            Snippet piece = text.sub(start, end);
            List<QuantityMatch> counts = Quantities.find(index, start, end);
            if (counts.isEmpty()) {
                Optional<Holders.Found> holder = wholeHolder(start, end, named);
                if (holder.isPresent()) {
                    waiting.add(holder.get().holder());
                    waitingWords.add(piece);
                    noteUnit(holder.get().holder(), named);
                } else if (!REMARK.matcher(piece.text()).matches()) {
                    unparsed.add(piece);
                }
                first = false;
                continue;
            }
            QuantityMatch count = counts.get(0);
            Optional<Holders.Found> holder = holders.inLabel(start, count.start(), named);
            List<RawAllocation> children = new ArrayList<>();
            String note = bracketAfter(count.end(), end, named, children, unparsed);
            if (holder.isEmpty() && waiting.isEmpty()) {
                if (first && count.start() > start) {
                    part = new Part(count, children);
                } else {
                    unparsed.add(piece);
                }
                first = false;
                continue;
            }
            first = false;
            String verb = holder.map(h -> index.text().substring(h.end(), count.start())).orElse(
                    index.text().substring(start, count.start()));
            List<RawHolder> sharing = new ArrayList<>(waiting);
            holder.ifPresent(h -> {
                sharing.add(h.holder());
                noteUnit(h.holder(), named);
            });
            waiting.clear();
            waitingWords.clear();
            boolean each = sharing.size() > 1 || verb.contains("各");
            boolean soft = SOFT.matcher(verb).find();
            for (RawHolder h : sharing) {
                allocations.add(new RawAllocation(h, !h.isUnit() && (each || h.name().startsWith("各")),
                        count.quantity(), count.measure(), soft, sharing.size() == 1 ? note : null,
                        sharing.size() == 1 ? children : List.of(), piece.line()));
            }
        }
        unparsed.addAll(waitingWords); // holders no count followed
        return new Items(unparsed.isEmpty() && part == null, allocations, part, unparsed, named);
    }

    /** A bracket right after a count: a finer breakdown, or a remark kept as the share's note. */
    private String bracketAfter(int at, int end, List<String> named, List<RawAllocation> children,
            List<Snippet> unparsed) {
        String text = index.text();
        int open = at;
        while (open < end && Character.isWhitespace(text.charAt(open))) {
            open++;
        }
        if (open >= end || !index.brackets().isOpen(open) || index.brackets().closing(open) >= end) {
            return null;
        }
        int close = index.brackets().closing(open);
        Items inner = read(open + 1, close, named);
        if (inner.ok() && !inner.allocations().isEmpty()) {
            children.addAll(inner.allocations());
            return null;
        }
        if (Quantities.find(index, open + 1, close).isEmpty()) {
            return index.snippet().sub(open + 1, close).strip(Punctuation.TRAILING).verbatim();
        }
        unparsed.add(index.snippet().sub(open, close + 1));
        return null;
    }

    private Optional<Holders.Found> wholeHolder(int start, int end, List<String> named) {
        Optional<Holders.Found> found = holders.inLabel(start, end, named);
        return found.filter(f -> f.end() == end || index.text().substring(f.end(), end).isBlank());
    }

    private static void noteUnit(RawHolder holder, List<String> named) {
        if (holder.isUnit()) {
            named.add(holder.name());
        }
    }

    /** The items' ranges, trimmed, with a leading 其中 taken off. */
    private List<int[]> pieces(int from, int to) {
        String text = index.text();
        boolean[] protect = new boolean[text.length()];
        for (int i = from; i < to; i++) {
            protect[i] = index.inPhrase(i);
        }
        List<int[]> pieces = new ArrayList<>();
        for (int[] range : ListSplitter.ranges(text, SEPARATORS, from, to, index.brackets(), protect)) {
            int start = range[0];
            int end = range[1];
            start = skip(text, start, end);
            if (text.startsWith("其中", start)) {
                start = skip(text, start + 2, end);
            }
            while (end > start && (Character.isWhitespace(text.charAt(end - 1))
                    || Punctuation.TRAILING.indexOf(text.charAt(end - 1)) >= 0)) {
                end--;
            }
            if (start < end) {
                pieces.add(new int[] {start, end});
            }
        }
        return pieces;
    }

    private static int skip(String text, int from, int to) {
        int at = from;
        while (at < to && (Character.isWhitespace(text.charAt(at)) || Punctuation.TRAILING.indexOf(text.charAt(at)) >= 0)) {
            at++;
        }
        return at;
    }
}
