package duban.tasks.notice.assembly;

import duban.tasks.notice.UnitDirectory;
import duban.tasks.notice.diagnostics.Warnings;
import duban.tasks.notice.header.HeaderFacts;
import duban.tasks.notice.header.HeaderReader;
import duban.tasks.notice.model.CadenceKind;
import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.notice.model.ParsedTask;
import duban.tasks.notice.model.PlanHeader;
import duban.tasks.notice.model.Provision;
import duban.tasks.notice.model.WarningCode;
import duban.tasks.notice.structure.FieldKind;
import duban.tasks.notice.structure.NoticeRegions;
import duban.tasks.notice.structure.Outline;
import duban.tasks.notice.structure.OutlineReader;
import duban.tasks.notice.structure.RawField;
import duban.tasks.notice.structure.RawSection;
import duban.tasks.notice.text.Folding;
import duban.tasks.notice.text.Script;
import duban.tasks.notice.text.Snippet;
import duban.tasks.notice.text.SourceLines;
import duban.tasks.notice.timeline.Cadences;
import duban.tasks.notice.timeline.RawTimeline;
import duban.tasks.notice.timeline.TimelineContext;
import duban.tasks.notice.timeline.TimelineReader;
import duban.tasks.notice.units.GroupResolution;
import duban.tasks.notice.units.GroupResolver;
import duban.tasks.notice.units.Mentions;
import duban.tasks.notice.units.NameMatcher;
import duban.tasks.notice.units.RawHolder;
import duban.tasks.notice.units.UnitListReader;
import duban.tasks.notice.units.UnitResolution;
import duban.tasks.notice.units.UnitResolver;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a whole notice. Two passes: first everything as written (header, sections, unit lists, timelines),
 * then — knowing every name the notice uses — units, groups and the model.
 */
public final class NoticeAssembler {

    private final UnitDirectory directory;
    private final Warnings warnings = new Warnings();
    private final Mentions mentions = new Mentions();
    private final Map<RawSection, SectionUnits> units = new IdentityHashMap<>();
    private final Map<RawSection, RawTimeline> timelines = new IdentityHashMap<>();

    private boolean firstUnitLeads;

    private NoticeAssembler(UnitDirectory directory) {
        this.directory = directory;
    }

    public static ParsedNotice assemble(String notice, UnitDirectory directory) {
        return new NoticeAssembler(directory).read(notice);
    }

    /** The lines around the plan alone, without its body: what a caller needs to choose the directory to parse with. */
    public static HeaderFacts header(String notice) {
        NoticeAssembler reader = new NoticeAssembler(UnitDirectory.empty());
        NoticeRegions regions = NoticeRegions.of(SourceLines.split(reader.readableScript(notice)));
        return HeaderReader.read(regions.header(), regions.footer(), reader.warnings);
    }

    private String readableScript(String written) {
        if (!Script.isTraditional(written)) {
            return written;
        }
        List<Snippet> lines = SourceLines.split(written);
        String first = lines.stream().map(Snippet::verbatim).filter(l -> !l.isBlank()).findFirst().orElse("");
        warnings.add(1, WarningCode.TRADITIONAL_SCRIPT,
                "the notice is written in traditional characters; it is read, and its units named, in simplified ones",
                first);
        return Script.simplified(written);
    }

    private ParsedNotice read(String written) {
        String notice = readableScript(written);
        List<Snippet> source = SourceLines.split(notice);
        NoticeRegions regions = NoticeRegions.of(source);
        firstUnitLeads = FirstUnitLeads.stated(notice);
        HeaderFacts header = HeaderReader.read(regions.header(), regions.footer(), warnings);
        Outline outline = OutlineReader.read(regions.body(), warnings);
        List<RawSection> taskRoots = outline.roots().stream().filter(RawSection::assignsWork).toList();
        List<RawSection> provisionRoots = outline.roots().stream().filter(s -> !s.assignsWork()).toList();

        Set<String> names = new LinkedHashSet<>(directory.spellings());
        taskRoots.forEach(root -> readUnits(root, names));
        TimelineContext context = new TimelineContext(header.issuedOn(), PlanYear.of(header), new NameMatcher(names),
                mentions, warnings);
        taskRoots.forEach(root -> readTimelines(root, context));

        UnitResolution resolution = UnitResolver.resolve(mentions, directory, warnings);
        GroupResolution groups = GroupResolver.resolve(mentions, resolution, directory, warnings);
        TaskBuilder builder = new TaskBuilder(units, timelines, resolution, groups, warnings);
        List<ParsedTask> tasks = taskRoots.stream().map(builder::build).toList();

        List<Provision> provisions = new ArrayList<>();
        provisionRoots.forEach(root -> provisions(root, provisions));
        UnreadTables.checkProvisions(provisionRoots, warnings);
        UnreadTables.checkLines(outline.loose(), warnings);
        List<String> introduction = new ArrayList<>(header.introduction());
        outline.loose().forEach(line -> introduction.add(line.verbatim()));
        PlanHeader plan = new PlanHeader(header.title(), header.noticeTitle(), header.docNumber(), header.issuer(),
                header.issuedOn(), reportingDays(provisions, introduction), introduction, header.attachments(),
                header.closing());
        return new ParsedNotice(plan, tasks, provisions, resolution.units(), groups.groups(), warnings.inLineOrder(),
                LineAccounting.of(source, regions, outline, taskRoots, provisionRoots, warnings.unparsedRegions()));
    }

    private void readUnits(RawSection section, Set<String> names) {
        List<RawHolder> lead = new ArrayList<>();
        List<RawHolder> co = new ArrayList<>();
        int coLine = section.line();
        boolean seenLead = false;
        boolean seenCo = false;
        for (RawField field : section.fields()) {
            if (field.kind() == FieldKind.LEAD) {
                seenLead = repeated(seenLead, field);
                lead.addAll(UnitListReader.read(field.value(), mentions, warnings));
            } else if (field.kind() == FieldKind.CO) {
                seenCo = repeated(seenCo, field);
                co.addAll(UnitListReader.read(field.value(), mentions, warnings));
                coLine = field.value().line();
            }
        }
        List<RawField> leadFields = section.fields().stream().filter(f -> f.kind() == FieldKind.LEAD).toList();
        if (firstUnitLeads && !seenCo && leadFields.size() == 1 && FirstUnitLeads.applies(leadFields.get(0).label())) {
            co.addAll(FirstUnitLeads.rest(lead));
            lead.subList(Math.min(1, lead.size()), lead.size()).clear();
            coLine = leadFields.get(0).value().line();
        }
        lead.stream().filter(RawHolder::isUnit).forEach(h -> names.add(h.name()));
        co.stream().filter(RawHolder::isUnit).forEach(h -> names.add(h.name()));
        units.put(section, new SectionUnits(lead, co, coLine));
        section.children().forEach(child -> readUnits(child, names));
    }

    private boolean repeated(boolean seen, RawField field) {
        if (seen) {
            warnings.add(field.value(), WarningCode.FIELD_REPEATED, field.label() + " is given twice; the lists are merged");
        }
        return true;
    }

    private void readTimelines(RawSection section, TimelineContext context) {
        List<Snippet> values = section.fields().stream().filter(f -> f.kind() == FieldKind.TIMELINE)
                .map(RawField::value).toList();
        if (values.size() > 1) {
            warnings.add(values.get(1), WarningCode.FIELD_REPEATED, "a second timeline; both are read as one");
        }
        if (!values.isEmpty()) {
            timelines.put(section, TimelineReader.read(Snippet.join(values, "\n"), context));
        } else if (!section.fields().isEmpty() && !section.heading().isEmpty()) {
            List<Snippet> text = new ArrayList<>(List.of(section.heading()));
            text.addAll(section.body());
            timelines.put(section, TimelineReader.readTaskText(Snippet.join(text, "\n"), context));
        }
        section.children().forEach(child -> readTimelines(child, context));
    }

    private static void provisions(RawSection section, List<Provision> provisions) {
        provisions.add(new Provision(section.code(), section.level(), section.line(), TaskBuilder.title(section.heading()),
                TaskBuilder.text(section)));
        section.children().forEach(child -> provisions(child, provisions));
    }

    /** 每月5日、20日报送: the reporting days a plan's provisions name. */
    private static List<Integer> reportingDays(List<Provision> provisions, List<String> introduction) {
        List<String> texts = new ArrayList<>(provisions.stream().map(Provision::text).toList());
        texts.addAll(introduction);
        for (String text : texts) {
            String folded = Folding.fold(text);
            Optional<Cadences.Found> found = Cadences.find(folded, 0, folded.length());
            if (found.isPresent() && found.get().kind() == CadenceKind.MONTHLY && !found.get().days().isEmpty()) {
                return found.get().days();
            }
        }
        return List.of();
    }
}
