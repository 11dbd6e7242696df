package duban.tasks.notice.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A notice (通知) read into a plan (工作方案).
 *
 * @param plan       the plan header: title, 文号, issuer, date
 * @param tasks      the task tree, roots first (一、 sections that carry tasks)
 * @param provisions sections that assign no unit (e.g. 二、建立工作推进机制), kept as text
 * @param units      every unit the notice refers to, in order of first mention
 * @param groups     every unit group (单位组) the notice uses
 * @param warnings   what a reviewer should look at, in line order
 * @param account    where each non-empty line of the notice went, in line order: the proof that nothing was
 *                   dropped silently (see {@link #unaccounted()}); empty for a notice not read from text
 */
public record ParsedNotice(
        PlanHeader plan,
        List<ParsedTask> tasks,
        List<Provision> provisions,
        List<ParsedUnit> units,
        List<UnitGroup> groups,
        List<Warning> warnings,
        List<LineAccount> account) {

    public ParsedNotice {
        tasks = List.copyOf(tasks);
        account = List.copyOf(account);
        provisions = List.copyOf(provisions);
        units = List.copyOf(units);
        groups = List.copyOf(groups);
        warnings = List.copyOf(warnings);
    }

    /** A notice without line account (built from something else than a notice's text). */
    public ParsedNotice(PlanHeader plan, List<ParsedTask> tasks, List<Provision> provisions, List<ParsedUnit> units,
            List<UnitGroup> groups, List<Warning> warnings) {
        this(plan, tasks, provisions, units, groups, warnings, List.of());
    }

    /** The non-empty lines that went nowhere; empty when the parser dropped nothing. */
    public List<LineAccount> unaccounted() {
        return account.stream().filter(line -> line.place() == LinePlace.UNACCOUNTED).toList();
    }

    /** The tasks without sub-tasks, in reading order: the ones that carry units and deadlines. */
    public List<ParsedTask> leafTasks() {
        List<ParsedTask> leaves = new ArrayList<>();
        tasks.forEach(task -> collectLeaves(task, leaves));
        return leaves;
    }

    /** Every task of the tree, parents before their children. */
    public List<ParsedTask> allTasks() {
        List<ParsedTask> all = new ArrayList<>();
        tasks.forEach(task -> collectAll(task, all));
        return all;
    }

    public Optional<ParsedTask> task(String code) {
        return allTasks().stream().filter(task -> task.code().equals(code)).findFirst();
    }

    public Optional<ParsedUnit> unit(String name) {
        return units.stream().filter(unit -> unit.name().equals(name)).findFirst();
    }

    public Optional<UnitGroup> group(String key) {
        return groups.stream().filter(group -> group.key().equals(key)).findFirst();
    }

    private static void collectLeaves(ParsedTask task, List<ParsedTask> leaves) {
        if (task.children().isEmpty()) {
            leaves.add(task);
        }
        task.children().forEach(child -> collectLeaves(child, leaves));
    }

    private static void collectAll(ParsedTask task, List<ParsedTask> all) {
        all.add(task);
        task.children().forEach(child -> collectAll(child, all));
    }
}
