package duban.tasks.notice.assembly;

import duban.tasks.notice.header.PageNoise;
import duban.tasks.notice.model.LineAccount;
import duban.tasks.notice.model.LinePlace;
import duban.tasks.notice.structure.NoticeRegions;
import duban.tasks.notice.structure.Outline;
import duban.tasks.notice.structure.RawSection;
import duban.tasks.notice.text.Snippet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The notice's line account. Every non-empty line starts UNACCOUNTED and gets a place only from what read it:
 * the header and closing regions, the table headers and loose lines the outline reports, the lines each section
 * claimed, and the UNPARSED_REGION ranges (which win: a provision that swallowed a table was read as nothing).
 */
final class LineAccounting {

    private final Map<Integer, LineAccount> lines = new TreeMap<>();

    private LineAccounting(List<Snippet> source) {
        source.stream().filter(line -> !line.isEmpty())
                .forEach(line -> lines.put(line.line(), new LineAccount(line.line(), LinePlace.UNACCOUNTED, null)));
    }

    static List<LineAccount> of(List<Snippet> source, NoticeRegions regions, Outline outline,
            List<RawSection> taskRoots, List<RawSection> provisionRoots, List<int[]> unparsed) {
        LineAccounting account = new LineAccounting(source);
        regions.header().forEach(line -> account.region(line, LinePlace.HEADER));
        regions.footer().forEach(line -> account.region(line, LinePlace.CLOSING));
        outline.tableHeaders().forEach(line -> account.put(line, LinePlace.TABLE_HEADER, null));
        outline.loose().forEach(line -> account.put(line.line(), LinePlace.HEADER, null));
        taskRoots.forEach(root -> account.sections(root, LinePlace.TASK));
        provisionRoots.forEach(root -> account.sections(root, LinePlace.PROVISION));
        for (int[] range : unparsed) {
            for (int line = range[0]; line <= range[1]; line++) {
                account.put(line, LinePlace.UNPARSED, null);
            }
        }
        return new ArrayList<>(account.lines.values());
    }

    private void region(Snippet line, LinePlace place) {
        if (!line.isEmpty()) {
            put(line.line(), PageNoise.isNoise(line.text()) ? LinePlace.PAGE_NOISE : place, null);
        }
    }

    private void sections(RawSection section, LinePlace place) {
        section.sourceLines().forEach(line -> put(line, place, section.code()));
        section.children().forEach(child -> sections(child, place));
    }

    /** Only non-empty lines are accounted; an UNPARSED range may span blank lines. */
    private void put(int line, LinePlace place, String code) {
        lines.computeIfPresent(line, (number, old) -> new LineAccount(number, place, code));
    }
}
