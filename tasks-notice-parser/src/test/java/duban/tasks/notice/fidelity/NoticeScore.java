package duban.tasks.notice.fidelity;

import duban.tasks.notice.fidelity.ExpectedNotice.ExpectedTask;
import duban.tasks.notice.model.LeaderLine;
import duban.tasks.notice.model.Milestone;
import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.notice.model.ParsedTask;
import duban.tasks.notice.model.ParsedUnit;
import duban.tasks.notice.model.Warning;
import duban.tasks.notice.model.WarningCode;
import duban.tasks.notice.text.Folding;
import duban.tasks.notice.text.Script;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How closely the parser read one real notice, against the task tree a person wrote for it.
 *
 * <p>A task is found when the parser has a task of the same code (or, for a row without a number, any task)
 * whose text holds the expected title. Units are exact per role: a found task's lead units equal the expected
 * ones as a set, and its co-responsible units likewise; a task not found counts as wrong in both. A unit the
 * parser reports that no expected list names is counted as invented.
 */
record NoticeScore(
        String slug,
        String layout,
        int tasksExpected,
        int tasksFound,
        int assigningTasks,
        int leadExact,
        int coExact,
        int groupsExact,
        int datesExpected,
        int datesFound,
        int leadersExpected,
        int leadersFound,
        List<String> invented,
        Map<WarningCode, Integer> warnings,
        List<String> misses) {

    static NoticeScore of(FixtureNotice fixture, ParsedNotice parsed) {
        return new Scorer(fixture, parsed).score();
    }

    /** The share of the notice's unit roles (lead, co) read exactly, over tasks that assign units. */
    double unitsExactRatio() {
        return assigningTasks == 0 ? 1.0 : (leadExact + coExact) / (2.0 * assigningTasks);
    }

    double tasksFoundRatio() {
        return tasksExpected == 0 ? 1.0 : (double) tasksFound / tasksExpected;
    }

    private static final class Scorer {
        private final FixtureNotice fixture;
        private final ParsedNotice parsed;
        private final List<String> misses = new ArrayList<>();
        private final Set<ParsedTask> taken = new HashSet<>();

        Scorer(FixtureNotice fixture, ParsedNotice parsed) {
            this.fixture = fixture;
            this.parsed = parsed;
        }

        NoticeScore score() {
            int found = 0;
            int assigning = 0;
            int leadExact = 0;
            int coExact = 0;
            int groupsExact = 0;
            int datesExpected = 0;
            int datesFound = 0;
            int leadersExpected = 0;
            int leadersFound = 0;
            for (ExpectedTask expected : fixture.expected().tasks()) {
                Optional<ParsedTask> match = match(expected);
                match.ifPresent(taken::add);
                if (match.isPresent()) {
                    found++;
                } else {
                    misses.add(label(expected) + ": not found");
                }
                datesExpected += expected.due().size();
                leadersExpected += expected.leaders().size();
                if (expected.assigns()) {
                    assigning++;
                }
                if (match.isEmpty()) {
                    continue;
                }
                ParsedTask task = match.get();
                if (expected.assigns()) {
                    leadExact += sameNames(expected, "lead", expected.lead(), task.leadUnits()) ? 1 : 0;
                    coExact += sameNames(expected, "co", expected.co(), task.coUnits()) ? 1 : 0;
                }
                groupsExact += sameGroups(expected, task) ? 1 : 0;
                datesFound += datesFound(expected, task);
                leadersFound += leadersFound(expected, task);
            }
            return new NoticeScore(fixture.slug(), fixture.expected().layout(), fixture.expected().tasks().size(),
                    found, assigning, leadExact, coExact, groupsExact, datesExpected, datesFound, leadersExpected,
                    leadersFound, invented(), warnings(), List.copyOf(misses));
        }

        private Optional<ParsedTask> match(ExpectedTask expected) {
            String title = normal(expected.title());
            if (expected.code() != null) {
                return parsed.task(expected.code()).filter(task -> holds(task, title));
            }
            return parsed.allTasks().stream().filter(task -> !taken.contains(task) && holds(task, title)).findFirst();
        }

        private static boolean holds(ParsedTask task, String title) {
            return normal(task.title() + task.text()).contains(title);
        }

        private boolean sameNames(ExpectedTask expected, String role, List<String> want, List<String> got) {
            Set<String> wanted = normalSet(want);
            Set<String> gotten = normalSet(got);
            if (wanted.equals(gotten)) {
                return true;
            }
            misses.add(label(expected) + ": " + role + " " + want + " read as " + got);
            return false;
        }

        private boolean sameGroups(ExpectedTask expected, ParsedTask task) {
            boolean same = expected.leadGroups().size() == task.leadGroups().size()
                    && expected.coGroups().size() == task.coGroups().size();
            if (!same) {
                misses.add(label(expected) + ": groups " + expected.leadGroups() + " / " + expected.coGroups()
                        + " read as " + task.leadGroups() + " / " + task.coGroups());
            }
            return same;
        }

        private int datesFound(ExpectedTask expected, ParsedTask task) {
            List<LocalDate> got = new ArrayList<>(task.milestones().stream().map(Milestone::dueOn).toList());
            int hits = 0;
            for (LocalDate due : expected.due()) {
                if (got.remove(due)) {
                    hits++;
                }
            }
            if (hits < expected.due().size()) {
                misses.add(label(expected) + ": due " + expected.due() + " read as "
                        + task.milestones().stream().map(Milestone::dueOn).toList());
            }
            return hits;
        }

        private int leadersFound(ExpectedTask expected, ParsedTask task) {
            String written = normal(task.leaders().stream().map(LeaderLine::text).collect(Collectors.joining("|")));
            int hits = 0;
            for (String leader : expected.leaders()) {
                if (written.contains(normal(leader))) {
                    hits++;
                }
            }
            if (hits < expected.leaders().size()) {
                misses.add(label(expected) + ": leaders " + expected.leaders() + " read as "
                        + task.leaders().stream().map(LeaderLine::text).toList());
            }
            return hits;
        }

        /** Units the parser reports that no task of the expected tree names, in lead or co role. */
        private List<String> invented() {
            Set<String> named = new HashSet<>();
            for (ExpectedTask task : fixture.expected().tasks()) {
                named.addAll(normalSet(task.lead()));
                named.addAll(normalSet(task.co()));
            }
            named.addAll(normalSet(fixture.expected().otherUnits()));
            return parsed.units().stream().map(ParsedUnit::name).filter(name -> !named.contains(normal(name)))
                    .toList();
        }

        private Map<WarningCode, Integer> warnings() {
            Map<WarningCode, Integer> counts = new EnumMap<>(WarningCode.class);
            for (Warning warning : parsed.warnings()) {
                counts.merge(warning.code(), 1, Integer::sum);
            }
            return counts;
        }

        private static String label(ExpectedTask task) {
            return (task.code() == null ? "" : task.code() + " ") + task.title();
        }

        private static Set<String> normalSet(List<String> names) {
            return names.stream().map(Scorer::normal).collect(Collectors.toCollection(LinkedHashSet::new));
        }

        /**
         * Full-width forms folded, whitespace dropped and traditional characters simplified: how a notice spaces a
         * name, and in which script the parser names it, is not what is measured.
         */
        static String normal(String text) {
            return Script.simplified(Folding.fold(text).replaceAll("\\s+", ""));
        }
    }
}
