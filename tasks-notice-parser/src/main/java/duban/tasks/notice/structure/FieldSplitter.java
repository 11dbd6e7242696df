package duban.tasks.notice.structure;

import duban.tasks.notice.text.Brackets;
import duban.tasks.notice.text.Punctuation;
import duban.tasks.notice.text.Snippet;
import duban.tasks.notice.timeline.DateFinder;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds the fields in a line, wherever they stand: on their own line, run together on one line
 * ("牵头单位:市编办同责单位:高新区、法制办时间进度:…"), after the task's text on the same line, or in brackets
 * ("(牵头单位:市科技局,配合单位:市财政局)", "(市发改委牵头,市财政局配合)").
 */
public final class FieldSplitter {

    private FieldSplitter() {
    }

    public static FieldSplit split(Snippet line) {
        List<RawField> fields = new ArrayList<>();
        Snippet rest = cutResponsibilityBrackets(line, fields);
        Snippet text = cutLabelledFields(rest, fields);
        return InlineResponsibility.trailingSentence(text)
                .map(found -> {
                    List<RawField> all = new ArrayList<>(fields);
                    all.addAll(found.fields());
                    return new FieldSplit(found.text(), all);
                })
                .orElse(new FieldSplit(text, fields));
    }

    /** Labelled fields at bracket depth 0; returns the text before the first label. */
    static Snippet cutLabelledFields(Snippet s, List<RawField> fields) {
        Matcher m = FieldLabels.LABEL.matcher(s.text());
        if (!m.find()) {
            return s;
        }
        Brackets brackets = Brackets.of(s.text());
        List<int[]> labels = new ArrayList<>();
        for (boolean found = true; found; found = m.find()) {
            if (brackets.depth(m.start()) == 0) {
                labels.add(new int[] {m.start(), m.end(), m.start(1), m.end(1)});
            }
        }
        if (labels.isEmpty()) {
            return s;
        }
        for (int i = 0; i < labels.size(); i++) {
            int[] label = labels.get(i);
            int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : s.length();
            String name = s.text().substring(label[2], label[3]);
            // Glue before the next label on the same line is no part of the value; a value's own end is.
            Snippet value = i + 1 < labels.size() ? s.sub(label[1], end).strip(Punctuation.FIELD_GLUE)
                    : s.sub(label[1], end).trim();
            addField(fields, FieldLabels.kindOf(name), name, value);
        }
        return s.sub(0, labels.get(0)[0]).trim();
    }

    /**
     * A unit list ends at its sentence's end: "牵头单位:市财政局。2024年6月底前完成。" names 市财政局 and then says by when,
     * which is the task's timeline, not part of a unit's name. Only a following sentence with a date is split off; any
     * other stays in the value, where an unknown unit's warning shows it.
     */
    private static void addField(List<RawField> fields, FieldKind kind, String label, Snippet value) {
        if (kind == FieldKind.LEAD || kind == FieldKind.CO) {
            Brackets brackets = Brackets.of(value.text());
            for (int end = value.text().indexOf('。'); end >= 0; end = value.text().indexOf('。', end + 1)) {
                Snippet after = value.sub(end + 1, value.length()).trim();
                if (brackets.depth(end) == 0 && !after.text().replace("。", "").isBlank()
                        && !DateFinder.find(after.text(), Brackets.of(after.text())).isEmpty()) {
                    fields.add(new RawField(kind, label, value.sub(0, end).trim()));
                    fields.add(new RawField(FieldKind.TIMELINE, "", after));
                    return;
                }
            }
        }
        fields.add(new RawField(kind, label, value));
    }

    private static Snippet cutResponsibilityBrackets(Snippet line, List<RawField> fields) {
        String text = line.text();
        boolean endsInBracket = text.replaceAll("[。\\s]+$", "").endsWith(")");
        if (text.indexOf('(') < 0 || text.indexOf(':') < 0 && !text.contains("牵头") && !endsInBracket) {
            return line;
        }
        Brackets brackets = Brackets.of(line.text());
        List<Snippet> kept = new ArrayList<>();
        int from = 0;
        List<int[]> pairs = brackets.topLevelPairs();
        for (int[] pair : pairs) {
            Snippet content = line.sub(pair[0] + 1, pair[1]);
            List<RawField> found = InlineResponsibility.fromBracket(content);
            // A bracket of bare names after the paragraph's last sentence, "…。(市农委、市国土资源局)", names who does
            // it; right after a name, "市商务局(市粮食和物资储备局)", it is that name's other name.
            if (found.isEmpty() && pair == pairs.get(pairs.size() - 1) && endsInBracket
                    && text.substring(0, pair[0]).strip().endsWith("。")
                    && text.substring(pair[1] + 1).replaceAll("[。\\s]", "").isEmpty()) {
                found = InlineResponsibility.bareList(content);
            }
            if (!found.isEmpty()) {
                fields.addAll(found);
                kept.add(line.sub(from, pair[0]));
                from = pair[1] + 1;
            }
        }
        if (from == 0) {
            return line;
        }
        kept.add(line.sub(from));
        return Snippet.join(kept, "").trim();
    }
}
