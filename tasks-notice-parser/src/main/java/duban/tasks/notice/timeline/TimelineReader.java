package duban.tasks.notice.timeline;

import duban.tasks.notice.model.Cadence;
import duban.tasks.notice.model.Milestone;
import duban.tasks.notice.model.WarningCode;
import duban.tasks.notice.targets.TargetReader;
import duban.tasks.notice.targets.TextIndex;
import duban.tasks.notice.text.Brackets;
import duban.tasks.notice.text.Snippet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a timeline (时间进度) into milestones, a cadence and targets. The text is cut into sentence parts at
 * 。 and ;. A part with dates becomes one milestone per date, each covering the clauses from its date to the
 * next; a part without date after a ; shares the date before; a part opening with 其中 or holding only the
 * breakdown of the total before continues the milestone before; other undated parts are warnings.
 */
public final class TimelineReader {

    private static final String PART_ENDS = "。;\n";
    private static final String SENTENCE_ENDS = "。\n";
    private static final Pattern SOFT = Pattern.compile("力争|争取|努力");
    private static final Pattern DONE = Pattern.compile(
            "已经?(完成|上报|报送|出台|印发|建成|启动|召开|举办|签订|成立|制定|实施|落实|开展|提交|通过)");
    private static final Pattern PERMISSIVE = Pattern.compile("可根据|可以|可视|鼓励|视情况|自愿|酌情");
    private static final String CLAUSE_ENDS = ",;。\n";

    private final Snippet timeline;
    private final String text;
    private final Brackets brackets;
    private final TimelineContext context;
    private final List<DateExpression> dates;
    private final Map<DateExpression, LocalDate> resolved = new HashMap<>();
    private final TargetReader targets;
    private final List<Span> milestones = new ArrayList<>();
    private final boolean fromTaskText;

    /** A milestone being built: its date and the span of the timeline it covers. */
    private static final class Span {
        private final LocalDate due;
        private final int start;
        private int end;
        private final boolean soft;
        private final boolean done;

        Span(LocalDate due, int start, int end, boolean soft, boolean done) {
            this.due = due;
            this.start = start;
            this.end = end;
            this.soft = soft;
            this.done = done;
        }
    }

    private TimelineReader(Snippet timeline, TimelineContext context, boolean fromTaskText) {
        this.fromTaskText = fromTaskText;
        this.timeline = timeline;
        this.text = timeline.text();
        this.brackets = Brackets.of(text);
        this.context = context;
        this.dates = fromTaskText ? DateFinder.find(text, brackets) : DateFinder.findInTimeline(text, brackets);
        TextIndex index = new TextIndex(timeline, brackets, context.names(), dates);
        this.targets = new TargetReader(index, context.names(), context.mentions(), context.warnings());
    }

    public static RawTimeline read(Snippet timeline, TimelineContext context) {
        return read(timeline, context, false);
    }

    /**
     * Reads the dates and targets of a task's own text, for a task without 时间进度 field ("(一)…。2025年10月底前
     * 完成…3家。(牵头单位:…)"): its undated sentences describe the task and are no warning.
     */
    public static RawTimeline readTaskText(Snippet text, TimelineContext context) {
        return read(text, context, true);
    }

    private static RawTimeline read(Snippet timeline, TimelineContext context, boolean fromTaskText) {
        TimelineReader reader = new TimelineReader(timeline, context, fromTaskText);
        reader.resolveDates();
        Cadence cadence = reader.cadence();
        reader.readParts(cadence);
        List<Milestone> milestones = reader.milestones.stream().map(reader::milestone).toList();
        return new RawTimeline(milestones, cadence, reader.targets.targets());
    }

    private void readParts(Cadence cadence) {
        boolean anyDue = dates.stream().anyMatch(d -> !d.startDate() && resolved.get(d) != null);
        boolean sentenceHasMilestone = false;
        char previousEnd = 0;
        for (int[] part : brackets.split(PART_ENDS)) {
            int from = skipSpace(part[0], part[1]);
            int to = part[1];
            char end = to < text.length() ? text.charAt(to) : '\n';
            if (!text.substring(from, to).isBlank()) {
                List<DateExpression> due = dueDates(from, to);
                Span last = milestones.isEmpty() ? null : milestones.get(milestones.size() - 1);
                if (!due.isEmpty()) {
                    dated(from, to, due);
                    sentenceHasMilestone = true;
                } else if (last != null && text.startsWith("其中", from)) {
                    last.end = to;
                    targets.segment(from, to, last.due, last.soft, true);
                } else if (last != null && previousEnd == ';' && sentenceHasMilestone) {
                    Span shared = new Span(last.due, from, to, matches(SOFT, from, to), matches(DONE, from, to));
                    milestones.add(shared);
                    targets.segment(from, to, shared.due, shared.soft, false);
                } else if (last != null && targets.continues(from, to)) {
                    last.end = to;
                    targets.segment(from, to, last.due, last.soft, true);
                } else {
                    targets.segment(from, to, null, matches(SOFT, from, to), false);
                    if (anyDue && !fromTaskText && !matches(PERMISSIVE, from, to) && !isCadence(cadence, from, to)) {
                        context.warnings().add(timeline.sub(from, to), WarningCode.UNDATED_CLAUSE,
                                "this sentence has no date and is no breakdown; it stays in the timeline text "
                                        + "but is no milestone");
                    }
                }
            }
            if (SENTENCE_ENDS.indexOf(end) >= 0) {
                sentenceHasMilestone = false;
                targets.sentenceEnds();
            }
            previousEnd = end;
        }
        if (!anyDue && !fromTaskText) {
            String message = "the timeline has no date: the task gets no milestone";
            if (cadence != null) {
                message += "; it reports " + cadence.kind()
                        + (cadence.startsOn() == null ? "" : " from " + cadence.startsOn());
            }
            context.warnings().add(timeline, WarningCode.NO_DATE, message);
        }
    }

    /** One milestone per due date; each covers the clauses from its date's clause to the next date's. */
    private void dated(int from, int to, List<DateExpression> due) {
        List<Integer> starts = new ArrayList<>();
        List<DateExpression> kept = new ArrayList<>();
        for (int i = 0; i < due.size(); i++) {
            int start = i == 0 ? from : clauseStart(due.get(i).start(), from);
            if (!starts.isEmpty() && start <= starts.get(starts.size() - 1)) {
                kept.set(kept.size() - 1, due.get(i)); // two dates in one clause: the later one is due
                continue;
            }
            starts.add(start);
            kept.add(due.get(i));
        }
        for (int i = 0; i < kept.size(); i++) {
            int start = starts.get(i);
            int end = i + 1 < kept.size() ? starts.get(i + 1) : to;
            DateExpression date = kept.get(i);
            int[] clause = dateClause(date, to);
            Span span = new Span(resolved.get(date), start, end, matches(SOFT, clause[0], clause[1]),
                    matches(DONE, clause[0], clause[1]));
            if (span.due != null) {
                milestones.add(span);
            }
            targets.segment(start, end, span.due, span.soft, false);
        }
    }

    /** The clause a date stands in, and the next one when the date stands alone ("12月底前,全市…"). */
    private int[] dateClause(DateExpression date, int limit) {
        int start = clauseStart(date.start(), 0);
        int end = clauseEnd(date.end(), limit);
        if (text.substring(date.end(), end).replaceAll("[\\s,前]", "").isEmpty() && end < limit) {
            end = clauseEnd(end + 1, limit);
        }
        return new int[] {start, end};
    }

    private void resolveDates() {
        DateResolver resolver = new DateResolver(context.issuedOn(), context.planYear(), context.warnings());
        resolved.putAll(resolver.resolve(timeline, dates, date -> {
            int[] clause = dateClause(date, text.length());
            return matches(DONE, clause[0], clause[1]);
        }));
    }

    private Cadence cadence() {
        Optional<Cadences.Found> found = Cadences.find(text, 0, text.length());
        if (found.isEmpty()) {
            return null;
        }
        int start = clauseStart(found.get().start(), 0);
        int end = clauseEnd(found.get().end(), text.length());
        LocalDate startsOn = null;
        for (DateExpression date : dates) {
            if (date.startDate() && date.start() >= start && date.end() <= end) {
                startsOn = resolved.get(date);
            }
        }
        Snippet words = timeline.sub(start, end).trim();
        return new Cadence(found.get().kind(), startsOn, found.get().days(), words.verbatim(), words.line());
    }

    private boolean isCadence(Cadence cadence, int from, int to) {
        return cadence != null && Cadences.find(text, from, to).isPresent();
    }

    private Milestone milestone(Span span) {
        Snippet words = timeline.sub(span.start, span.end).strip(" 。;,、");
        return new Milestone(span.due, words.verbatim(), span.soft, span.done, words.line());
    }

    private List<DateExpression> dueDates(int from, int to) {
        return dates.stream().filter(d -> !d.startDate() && d.start() >= from && d.end() <= to
                && resolved.get(d) != null).toList();
    }

    private int clauseStart(int at, int floor) {
        for (int i = at - 1; i >= floor; i--) {
            if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0 && brackets.depth(i) == 0) {
                return skipSpace(i + 1, at);
            }
        }
        return floor;
    }

    private int clauseEnd(int at, int limit) {
        for (int i = at; i < limit; i++) {
            if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0 && brackets.depth(i) == 0) {
                return i;
            }
        }
        return limit;
    }

    private int skipSpace(int from, int to) {
        int at = from;
        while (at < to && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private boolean matches(Pattern pattern, int from, int to) {
        return pattern.matcher(text).region(from, to).find();
    }
}
