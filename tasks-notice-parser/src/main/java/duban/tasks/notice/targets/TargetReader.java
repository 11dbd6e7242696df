package duban.tasks.notice.targets;

import duban.tasks.notice.diagnostics.Warnings;
import duban.tasks.notice.model.WarningCode;
import duban.tasks.notice.text.Punctuation;
import duban.tasks.notice.text.Snippet;
import duban.tasks.notice.units.Mentions;
import duban.tasks.notice.units.NameMatcher;
import duban.tasks.notice.units.RawHolder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the targets of one timeline, segment by segment (a segment is what one milestone covers). It keeps
 * what a later clause may continue: the total still awaiting its breakdown, whether a 其中 list is open, the
 * units that opened the last clause (for "…,各开展…1项"), the units named so far in the sentence (for 其他…).
 */
public final class TargetReader {

    private static final Pattern SOFT_SHARE = Pattern.compile("谋划|力争|争取");

    private final TextIndex index;
    private final Snippet timeline;
    private final String text;
    private final Holders holders;
    private final AllocationItems items;
    private final Clauses clauses;
    private final Mentions mentions;
    private final Warnings warnings;
    private final List<RawTarget> targets = new ArrayList<>();
    private RawTarget pending;
    private boolean inBreakdown;
    private List<RawHolder> lastSubjects = List.of();
    private List<String> sentenceUnits = new ArrayList<>();
    private int segment;

    public TargetReader(TextIndex index, NameMatcher names, Mentions mentions, Warnings warnings) {
        this.index = index;
        this.timeline = index.snippet();
        this.text = index.text();
        this.holders = new Holders(index, names);
        this.items = new AllocationItems(index, holders);
        this.clauses = new Clauses(index);
        this.mentions = mentions;
        this.warnings = warnings;
    }

    public List<RawTarget> targets() {
        return targets;
    }

    /** Reads a segment; {@code continuation} when it continues the milestone before (其中…, a breakdown). */
    public void segment(int from, int to, LocalDate dueOn, boolean soft, boolean continuation) {
        if (!continuation) {
            segment++;
        }
        for (int[] clause : index.brackets().split(",", from, to)) {
            clause(clause[0], clause[1], dueOn, soft, continuation);
        }
    }

    /** A sentence ended: 其他… and a clause opening with 各 no longer look back past it. */
    public void sentenceEnds() {
        sentenceUnits = new ArrayList<>();
        lastSubjects = List.of();
        inBreakdown = false;
    }

    /** True when the text holds nothing but the breakdown of a total still awaiting one. */
    public boolean continues(int from, int to) {
        if (pending == null || !pending.awaitsBreakdown()) {
            return false;
        }
        int[] first = index.brackets().split(",", from, to).get(0);
        int at = clauses.stripPrefix(first[0], first[1])[0];
        int end = clauses.trimEnd(at, first[1]);
        if (at >= end) {
            return false;
        }
        AllocationItems.Items shares = items.read(at, end, sentenceUnits);
        if (shares.ok() && !shares.allocations().isEmpty()) {
            return true;
        }
        return !Quantities.find(index, at, end).isEmpty()
                && !holders.subjects(at, end, sentenceUnits).holders().isEmpty();
    }

    private void clause(int from, int to, LocalDate dueOn, boolean segmentSoft, boolean continuation) {
        int[] prefix = clauses.stripPrefix(from, to);
        int at = prefix[0];
        boolean soft = segmentSoft || prefix[1] == 1;
        int end = clauses.trimEnd(at, to);
        if (at >= end) {
            return;
        }
        if (text.startsWith("其中", at)) {
            breakdown(clauses.skipColon(at + 2, end), end, dueOn, soft);
            return;
        }
        if (inBreakdown && pending != null) {
            AllocationItems.Items shares = items.read(at, end, sentenceUnits);
            if (shares.ok() && !shares.allocations().isEmpty()) {
                add(pending, shares);
                return;
            }
            inBreakdown = false;
        }
        List<QuantityMatch> counts = Quantities.find(index, at, end);
        Holders.Subjects subjects = holders.subjects(at, end, sentenceUnits);
        if (!counts.isEmpty() && !subjects.holders().isEmpty()) {
            subjectClause(at, end, counts.get(0), subjects, dueOn, soft, continuation);
        } else if (!counts.isEmpty() && text.startsWith("各", at) && !lastSubjects.isEmpty()) {
            RawTarget target = target(timeline.sub(at, end), counts.get(0).measure(), null, soft, dueOn, at, null);
            addShares(target, shares(lastSubjects, counts.get(0), text.substring(at, counts.get(0).start())));
        } else if (!counts.isEmpty()) {
            totals(at, end, counts, dueOn, soft);
        } else {
            bracketShares(at, end, dueOn, soft);
        }
    }

    /** "其中:红旗区2家、…" — or "其中新引进高端新型研发机构6家(…)", a part of the total before. */
    private void breakdown(int from, int to, LocalDate dueOn, boolean soft) {
        RawTarget parent = pending != null ? pending : targets.isEmpty() ? null : targets.get(targets.size() - 1);
        AllocationItems.Items shares = items.read(from, to, sentenceUnits);
        if (shares.subTarget() != null && parent != null && parent.total() != null) {
            warnUnparsed(shares);
            AllocationItems.Part part = shares.subTarget();
            RawTarget sub = target(timeline.sub(from, part.quantity().end()), part.quantity().measure(),
                    part.quantity(), soft, dueOn, from, targets.indexOf(parent));
            addShares(sub, part.allocations());
            addShares(parent, shares.allocations());
            pending = null;
            inBreakdown = false;
            return;
        }
        if (parent != null && parent.total() != null) {
            add(parent, shares);
            pending = parent;
            inBreakdown = true;
            return;
        }
        if (!shares.allocations().isEmpty()) {
            RawTarget target = target(timeline.sub(from, to), shares.allocations().get(0).measure(), null, soft,
                    dueOn, from, null);
            add(target, shares);
        } else {
            warnUnparsed(shares);
        }
    }

    private void subjectClause(int from, int to, QuantityMatch count, Holders.Subjects subjects, LocalDate dueOn,
            boolean soft, boolean continuation) {
        AllocationItems.Items shares = items.read(from, to, sentenceUnits);
        List<RawAllocation> allocations = shares.ok() && !shares.allocations().isEmpty()
                ? shares.allocations()
                : shares(subjects.holders(), count, text.substring(subjects.end(), count.start()));
        if (pending != null && pending.awaitsBreakdown() && (continuation || pending.segment() == segment)) {
            addShares(pending, allocations);
            inBreakdown = true;
        } else {
            RawTarget target = target(timeline.sub(from, to), count.measure(), null, soft, dueOn, from, null);
            addShares(target, allocations);
        }
        lastSubjects = subjects.holders();
    }

    private List<RawAllocation> shares(List<RawHolder> sharing, QuantityMatch count, String verb) {
        boolean each = sharing.size() > 1 || verb.contains("各");
        boolean soft = SOFT_SHARE.matcher(verb).find();
        List<RawAllocation> shares = new ArrayList<>();
        for (RawHolder holder : sharing) {
            shares.add(new RawAllocation(holder, !holder.isUnit() && (each || holder.name().startsWith("各")),
                    count.quantity(), count.measure(), soft, null, List.of(), holder.line()));
        }
        return shares;
    }

    /** Totals: each count outside brackets, with the bracket after it as breakdown or named items. */
    private void totals(int from, int to, List<QuantityMatch> counts, LocalDate dueOn, boolean soft) {
        int start = from;
        for (int i = 0; i < counts.size(); i++) {
            QuantityMatch count = counts.get(i);
            int end = i + 1 < counts.size() ? clauses.boundary(count.end(), counts.get(i + 1).start()) : to;
            int[] bracket = clauses.bracketAfter(count.end(), end);
            Snippet words = bracket == null ? timeline.sub(start, end)
                    : Snippet.join(List.of(timeline.sub(start, bracket[0]), timeline.sub(bracket[1] + 1, end)), "");
            RawTarget target = target(words, count.measure(), count, soft, dueOn, count.start(), null);
            if (bracket != null) {
                fill(target, bracket);
            }
            pending = target.awaitsBreakdown() ? target : null;
            inBreakdown = false;
            start = Math.min(end + 1, to);
        }
    }

    private void fill(RawTarget target, int[] bracket) {
        AllocationItems.Items shares = items.read(bracket[0] + 1, bracket[1], sentenceUnits);
        if (shares.ok() && !shares.allocations().isEmpty()) {
            add(target, shares);
        } else if (Quantities.find(index, bracket[0] + 1, bracket[1]).isEmpty()) {
            NamedItems.Named named = NamedItems.split(timeline.sub(bracket[0] + 1, bracket[1]));
            target.named(named.items(), named.openEnded());
            checkNamed(target);
        } else {
            warnings.add(timeline.sub(bracket[0], bracket[1] + 1), WarningCode.ALLOCATION_TEXT_UNPARSED,
                    "this bracket holds counts that are no breakdown the parser can read");
        }
    }

    private void checkNamed(RawTarget target) {
        int named = target.namedItems().size();
        boolean tooMany = named > target.total().max().intValue();
        boolean tooFew = !target.namedOpenEnded() && named < target.total().min().intValue();
        if (tooMany || tooFew) {
            warnings.add(target.line(), WarningCode.NAMED_ITEMS_COUNT, "the notice names " + named + " items for a total of "
                    + target.total() + target.measure(), target.description());
        }
    }

    /** "12月底启动建设工作(牧野区、高新区、经开区各启动1个)": shares in brackets, without total. */
    private void bracketShares(int from, int to, LocalDate dueOn, boolean soft) {
        for (int[] pair : index.brackets().topLevelPairs()) {
            if (pair[0] < from || pair[1] >= to) {
                continue;
            }
            AllocationItems.Items shares = items.read(pair[0] + 1, pair[1], sentenceUnits);
            if (shares.ok() && !shares.allocations().isEmpty()) {
                Snippet words = Snippet.join(List.of(timeline.sub(from, pair[0]), timeline.sub(pair[1] + 1, to)), "");
                RawTarget target = target(words, shares.allocations().get(0).measure(), null, soft, dueOn, from, null);
                add(target, shares);
                return;
            }
        }
    }

    private RawTarget target(Snippet words, String measure, QuantityMatch total, boolean soft, LocalDate dueOn,
            int at, Integer partOf) {
        RawTarget target = new RawTarget(words.strip(Punctuation.TRAILING).verbatim(), measure,
                total == null ? null : total.quantity(), soft, dueOn, timeline.lineAt(at), partOf, segment,
                mentions.newList());
        targets.add(target);
        return target;
    }

    private void add(RawTarget target, AllocationItems.Items shares) {
        warnUnparsed(shares);
        addShares(target, shares.allocations());
        sentenceUnits = new ArrayList<>(shares.namedAfter());
    }

    private void addShares(RawTarget target, List<RawAllocation> shares) {
        for (RawAllocation share : shares) {
            if (!sameMeasure(target.measure(), share.measure()) && target.firstMeasureMismatch()) {
                warnings.add(share.line(), WarningCode.ALLOCATION_MEASURE_MISMATCH, "the total counts in "
                        + target.measure() + ", its shares in " + share.measure(), target.description());
            }
            target.allocations().add(share);
            record(share, target.list());
        }
    }

    private void record(RawAllocation share, int list) {
        mentions.holder(share.holder(), list);
        if (share.holder().isUnit() && !sentenceUnits.contains(share.holder().name())) {
            sentenceUnits.add(share.holder().name());
        }
        if (!share.children().isEmpty()) {
            int childList = mentions.newList();
            share.children().forEach(child -> record(child, childList));
            if (!share.holder().isUnit()) {
                mentions.listed(share.holder().name(), share.children().stream()
                        .filter(c -> c.holder().isUnit()).map(c -> c.holder().name()).toList());
            }
        }
    }

    private static boolean sameMeasure(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }

    private void warnUnparsed(AllocationItems.Items shares) {
        for (Snippet piece : shares.unparsed()) {
            warnings.add(piece, WarningCode.ALLOCATION_TEXT_UNPARSED, "no share can be read here; kept in the text only");
        }
    }
}
