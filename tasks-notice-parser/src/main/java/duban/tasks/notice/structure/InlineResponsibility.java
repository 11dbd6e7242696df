package duban.tasks.notice.structure;

import duban.tasks.notice.text.Brackets;
import duban.tasks.notice.text.Punctuation;
import duban.tasks.notice.text.Snippet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Responsibility written inside the text: "(牵头单位:…,配合单位:…)" in brackets, or "X牵头,Y配合" in brackets
 * or as the last sentence of a paragraph.
 */
final class InlineResponsibility {

    private static final Pattern LEAD_SUFFIX = Pattern.compile("^由?(.+?)(牵头负责|负责牵头|牵头)$");
    private static final Pattern CO_SUFFIX = Pattern.compile("^(.+?)(配合实施|共同推进|配合|参与|协助|协同)$");
    private static final int LONGEST_UNIT_LIST = 60;

    record Found(Snippet text, List<RawField> fields) {
    }

    private InlineResponsibility() {
    }

    /** The fields of a bracket's content, or nothing when the bracket says something else. */
    static List<RawField> fromBracket(Snippet content) {
        if (content.text().indexOf(':') < 0 && !content.text().contains("牵头")) {
            return List.of();
        }
        List<RawField> labelled = new ArrayList<>();
        Snippet before = FieldSplitter.cutLabelledFields(content, labelled);
        if (!labelled.isEmpty()) {
            return before.isEmpty() ? labelled : List.of();
        }
        return byVerbs(content);
    }

    /** "…。市科技局牵头,市财政局配合。" at the end of a paragraph. */
    static Optional<Found> trailingSentence(Snippet text) {
        if (!text.text().contains("牵头")) {
            return Optional.empty();
        }
        Snippet body = text.strip(Punctuation.SENTENCE_END);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        int start = body.text().lastIndexOf('。') + 1;
        List<RawField> fields = byVerbs(body.sub(start));
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Found(text.sub(0, start).trim(), fields));
    }

    private static List<RawField> byVerbs(Snippet content) {
        Brackets brackets = Brackets.of(content.text());
        List<RawField> fields = new ArrayList<>();
        boolean lead = false;
        for (int[] part : brackets.split(",;")) {
            Snippet p = content.sub(part[0], part[1]).strip(Punctuation.TRAILING);
            if (p.isEmpty()) {
                continue;
            }
            if (p.length() > LONGEST_UNIT_LIST) {
                return List.of();
            }
            Matcher m = LEAD_SUFFIX.matcher(p.text());
            if (m.matches()) {
                fields.add(new RawField(FieldKind.LEAD, "牵头", p.sub(m.start(1), m.end(1))));
                lead = true;
                continue;
            }
            m = CO_SUFFIX.matcher(p.text());
            if (m.matches()) {
                fields.add(new RawField(FieldKind.CO, m.group(2), p.sub(m.start(1), m.end(1))));
                continue;
            }
            return List.of();
        }
        return lead ? fields : List.of();
    }
}
