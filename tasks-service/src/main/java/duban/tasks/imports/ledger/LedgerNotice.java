package duban.tasks.imports.ledger;

import duban.events.unit.UnitCategory;
import duban.tasks.imports.directory.KnownUnits;
import duban.tasks.notice.model.Allocation;
import duban.tasks.notice.model.GroupDerivation;
import duban.tasks.notice.model.Milestone;
import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.notice.model.ParsedTask;
import duban.tasks.notice.model.ParsedUnit;
import duban.tasks.notice.model.PlanHeader;
import duban.tasks.notice.model.Quantity;
import duban.tasks.notice.model.Target;
import duban.tasks.notice.model.UnitGroup;
import duban.tasks.notice.model.Warning;
import duban.tasks.notice.model.WarningCode;
import duban.tasks.notice.units.CategoryNames;
import duban.tasks.notice.units.UnitCategories;
import duban.workbook.GroupEntry;
import duban.workbook.Ledger;
import duban.workbook.LedgerRow;
import duban.workbook.Quota;
import duban.workbook.Section;
import duban.workbook.UnitEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps a 工作台账 workbook to a {@link ParsedNotice}: the tree from the codes of its rows and sections, units by
 * name against the directory (the workbook's own 名录 gives category and short names of the ones it does not
 * know), every quota back into its allocation tree. Pure; what it cannot map is a warning, never dropped
 * silently. Warnings name the 1-based position of the row among the tasks as their line.
 */
public final class LedgerNotice {

    private final Ledger ledger;
    private final KnownUnits directory;
    private final Map<String, UnitEntry> entries = new LinkedHashMap<>();
    private final Map<String, GroupEntry> groupEntries = new LinkedHashMap<>();
    private final Map<String, ParsedUnit> units = new LinkedHashMap<>();
    private final Map<String, UnitGroup> groups = new LinkedHashMap<>();
    private final List<Warning> warnings = new ArrayList<>();

    private LedgerNotice(Ledger ledger, KnownUnits directory) {
        this.ledger = ledger;
        this.directory = directory;
        ledger.units().forEach(unit -> entries.put(unit.name(), unit));
        ledger.groups().forEach(group -> groupEntries.put(group.name(), group));
    }

    public static ParsedNotice of(Ledger ledger, KnownUnits directory) {
        return new LedgerNotice(ledger, directory).notice();
    }

    private ParsedNotice notice() {
        PlanHeader header = new PlanHeader(blankToNull(ledger.planTitle()), null, blankToNull(ledger.docNumber()),
                null, null, List.of(), List.of(), List.of(), List.of());
        ledger.groups().forEach(group -> group(group.name()));
        List<ParsedTask> roots = tree();
        return new ParsedNotice(header, roots, List.of(), List.copyOf(units.values()), List.copyOf(groups.values()),
                warnings);
    }

    /** Sections and rows as nodes keyed by code; a node's parent is the longest other code it extends. */
    private List<ParsedTask> tree() {
        Map<String, Node> nodes = new LinkedHashMap<>();
        int line = 0;
        for (Section section : ledger.sections()) {
            nodes.put(section.code(), new Node(section.code(), section.title(), section.detail(), null, ++line));
        }
        for (LedgerRow row : ledger.rows()) {
            String code = row.taskCode().isEmpty() ? row.serial() : row.taskCode();
            ++line;
            if (code.isEmpty()) {
                warnings.add(new Warning(line, WarningCode.NUMBERING_GAP,
                        "a row without 序号 or task code is not imported", row.title()));
                continue;
            }
            if (nodes.containsKey(code)) {
                warnings.add(new Warning(line, WarningCode.NUMBERING_GAP,
                        "a second row with the code " + code + " is not imported", row.title()));
                continue;
            }
            nodes.put(code, new Node(code, row.title(), row.detail(), row, line));
        }
        List<String> codes = new ArrayList<>(nodes.keySet());
        codes.sort(Comparator.comparingInt(String::length).reversed());
        Map<Node, Node> parents = new HashMap<>();
        for (Node node : nodes.values()) {
            codes.stream()
                    .filter(other -> !other.equals(node.code) && node.code.startsWith(other + "."))
                    .findFirst()
                    .ifPresent(parent -> parents.put(node, nodes.get(parent)));
        }
        // Rows and sections are each in the plan's order; walking the rows and hanging each one's ancestors
        // first restores the order of siblings across both (一.(三).1 before the leaf area 一.(四)).
        List<Node> roots = new ArrayList<>();
        Set<Node> attached = new HashSet<>();
        List<Node> order = new ArrayList<>();
        nodes.values().stream().filter(node -> node.row != null).forEach(order::add);
        nodes.values().stream().filter(node -> node.row == null).forEach(order::add);
        for (Node node : order) {
            attach(node, parents, attached, roots);
        }
        return roots.stream().map(node -> task(node, 1)).toList();
    }

    private static void attach(Node node, Map<Node, Node> parents, Set<Node> attached, List<Node> roots) {
        if (attached.contains(node)) {
            return;
        }
        Node parent = parents.get(node);
        if (parent == null) {
            roots.add(node);
        } else {
            attach(parent, parents, attached, roots);
            parent.children.add(node);
        }
        attached.add(node);
    }

    private static final class Node {
        final String code;
        final String title;
        final String detail;
        final LedgerRow row;
        final int line;
        final List<Node> children = new ArrayList<>();

        Node(String code, String title, String detail, LedgerRow row, int line) {
            this.code = code;
            this.title = title;
            this.detail = detail;
            this.row = row;
            this.line = line;
        }
    }

    private ParsedTask task(Node node, int level) {
        List<ParsedTask> children = node.children.stream().map(child -> task(child, level + 1)).toList();
        String text = node.title + node.detail;
        LedgerRow row = node.row;
        if (row == null) {
            return new ParsedTask(node.code, level, node.line, node.title, text, List.of(), List.of(), List.of(),
                    List.of(), List.of(), null, List.of(), null, List.of(), children);
        }
        List<String> leadUnits = new ArrayList<>();
        List<String> leadGroups = new ArrayList<>();
        holders(row.leadUnits(), leadUnits, leadGroups, node.line);
        List<String> coUnits = new ArrayList<>();
        List<String> coGroups = new ArrayList<>();
        holders(row.coUnits(), coUnits, coGroups, node.line);
        coUnits.removeAll(leadUnits);
        List<Milestone> milestones = row.milestones().stream()
                .map(m -> new Milestone(m.due(), m.description(), m.soft(), m.done(), node.line))
                .toList();
        List<Target> targets = ledger.quotas().stream()
                .filter(quota -> quota.taskCode().equals(node.code))
                .map(quota -> target(quota, node.line))
                .toList();
        return new ParsedTask(node.code, level, node.line, node.title, text, leadUnits, leadGroups, coUnits,
                coGroups, List.of(), blankToNull(row.timeline()), milestones, null, targets, children);
    }

    private void holders(List<String> names, List<String> unitNames, List<String> groupKeys, int line) {
        for (String name : names) {
            if (isGroup(name)) {
                groupKeys.add(group(name).key());
            } else {
                unitNames.add(unit(name, line).name());
            }
        }
    }

    /**
     * The flat column of a quota back into its tree. The workbook's 名录 says which share is part of which; a
     * workbook that does not (a clerk's own) is read by membership: a unit that is a member of a group holding a
     * share of the same target (自创区外40家 and 卫辉市5家 …) is part of that share, unless the group's share is one
     * every member holds alike (各1家), which has no breakdown.
     */
    private Target target(Quota quota, int line) {
        Map<String, Allocation> groupShares = new LinkedHashMap<>();
        Map<String, List<Allocation>> children = new LinkedHashMap<>();
        quota.allocations().forEach((holder, share) -> {
            if (isGroup(holder)) {
                UnitGroup group = group(holder);
                groupShares.put(group.key(), new Allocation(null, group.key(), share.each(),
                        new Quantity(share.min(), share.max()), share.soft(), null, List.of()));
                children.put(group.key(), new ArrayList<>());
            }
        });
        List<Object> roots = new ArrayList<>();
        quota.allocations().forEach((holder, share) -> {
            if (isGroup(holder)) {
                roots.add(group(holder).key());
                return;
            }
            String unit = unit(holder, line).name();
            Allocation allocation = new Allocation(unit, null, false, new Quantity(share.min(), share.max()),
                    share.soft(), null, List.of());
            Optional<String> parent = quota.parents().isEmpty()
                    ? groupShares.values().stream()
                            .filter(group -> !group.each() && groups.get(group.group()).members().contains(unit))
                            .map(Allocation::group)
                            .findFirst()
                    : Optional.ofNullable(quota.parents().get(holder)).filter(this::isGroup)
                            .map(name -> group(name).key());
            if (parent.isPresent()) {
                children.get(parent.get()).add(allocation);
            } else {
                roots.add(allocation);
            }
        });
        List<Allocation> allocations = roots.stream().map(root -> root instanceof String key
                ? withChildren(groupShares.get(key), children.get(key)) : (Allocation) root).toList();
        Quantity total = quota.total() == null ? null : new Quantity(quota.total(), quota.total());
        return new Target(quota.description(), quota.measureWord(), total, false, null, allocations, List.of(), null,
                line);
    }

    private static Allocation withChildren(Allocation share, List<Allocation> children) {
        return new Allocation(share.unit(), share.group(), share.each(), share.quantity(), share.soft(), share.note(),
                children);
    }

    private boolean isGroup(String name) {
        return groupEntries.containsKey(name) || directory.groupNamed(name).isPresent();
    }

    /** A group of the workbook's 名录, else the directory's; keyed by the name the sheet shows. */
    private UnitGroup group(String name) {
        UnitGroup known = groups.get(name);
        if (known != null) {
            return known;
        }
        GroupEntry entry = groupEntries.get(name);
        UnitGroup group;
        boolean fromEntry = entry != null
                && (directory.groupNamed(entry.phrase()).isEmpty() || !name.equals(entry.phrase()));
        if (fromEntry) {
            List<String> members = entry.members().stream().map(member -> unit(member, 0).name()).toList();
            // A phrase shown under its own name means the same units in every plan; a numbered one (#2) or a
            // 其他… group stands for the units of one sentence of this plan.
            boolean remainder = !name.equals(entry.phrase()) || entry.phrase().startsWith("其他");
            group = new UnitGroup(name, entry.phrase(), members,
                    remainder ? GroupDerivation.REMAINDER : GroupDerivation.LISTED, 0);
        } else {
            String phrase = entry == null ? name : entry.phrase();
            group = new UnitGroup(name, phrase, directory.group(phrase).orElse(List.of()), GroupDerivation.DIRECTORY, 0);
        }
        groups.put(name, group);
        return group;
    }

    /**
     * A unit by the name the sheet shows: the directory's when it knows the name or alias; else the workbook's
     * 名录 entry (category, short names); else a new unit of the category its name implies, with a warning.
     */
    private ParsedUnit unit(String name, int line) {
        Optional<String> canonical = directory.canonicalName(name);
        String key = canonical.orElse(name);
        ParsedUnit known = units.get(key);
        if (known != null) {
            return known;
        }
        UnitEntry entry = entries.get(name);
        List<String> aliases = entry == null ? List.of() : newAliases(key, entry.aliases());
        ParsedUnit unit;
        if (canonical.isPresent()) {
            unit = new ParsedUnit(key, directory.category(key).orElse(UnitCategory.OTHER), true, aliases, line);
        } else {
            UnitCategory category = entry == null ? null : category(entry.category());
            if (category == null) {
                category = UnitCategories.infer(name);
                warnings.add(new Warning(line, WarningCode.UNIT_REGISTERED, "unknown unit " + name
                        + " is registered as " + CategoryNames.chinese(category), name));
            }
            unit = new ParsedUnit(key, category, false, aliases, line);
        }
        units.put(key, unit);
        return unit;
    }

    /** Short names the directory does not know yet, so the import adds them. */
    private List<String> newAliases(String name, List<String> aliases) {
        Set<String> seen = new HashSet<>();
        List<String> fresh = new ArrayList<>();
        for (String alias : aliases) {
            if (!alias.equals(name) && directory.canonicalName(alias).isEmpty() && seen.add(alias)) {
                fresh.add(alias);
            }
        }
        return fresh;
    }

    private static UnitCategory category(String label) {
        for (UnitCategory category : UnitCategory.values()) {
            if (CategoryNames.chinese(category).equals(label) || category.name().equals(label)) {
                return category;
            }
        }
        return null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
