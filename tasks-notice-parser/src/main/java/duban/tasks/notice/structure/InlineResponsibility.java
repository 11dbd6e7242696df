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

    /**
     * A sentence after a bare unit list that states who leads ("排名第一的为牵头单位,下同"): the list is the
     * responsibility, read under the notice's first-unit-leads convention.
     */
    private static final Pattern CONVENTION_NOTE = Pattern.compile("。[^。]*为牵头(责任)?单位[^。]*$");
    /** What a unit's or a group's name ends with; an entry ending otherwise makes the bracket say something else. */
    private static final Pattern UNIT_NAME = Pattern.compile(
            "[^,;:]{1,24}(局|委|办|厅|院|会|府|部|处|所|库|站|队|中心|公司|集团|银行|单位|部门|政府|街道|乡镇|专班)");

    record Found(Snippet text, List<RawField> fields) {
    }

    private InlineResponsibility() {
    }

    /** The fields of a bracket's content, or nothing when the bracket says something else. */
    static List<RawField> fromBracket(Snippet content) {
        if (content.text().indexOf(':') < 0 && !content.text().contains("牵头")) {
            return List.of();
        }
        Matcher note = CONVENTION_NOTE.matcher(content.text());
        if (note.find()) {
            return bareList(content.sub(0, note.start()));
        }
        List<RawField> labelled = new ArrayList<>();
        Snippet before = FieldSplitter.cutLabelledFields(content, labelled);
        if (!labelled.isEmpty()) {
            return before.isEmpty() ? labelled : List.of();
        }
        return byVerbs(content);
    }

    /**
     * A bracket at the end of a paragraph holding only names, "(市发改委、市农委、各县市区人民政府)": under a notice that
     * states its first unit leads (下同), one 责任单位 list.
     */
    static List<RawField> bareList(Snippet content) {
        Snippet list = content.strip(Punctuation.TRAILING);
        if (list.isEmpty() || list.length() > LONGEST_UNIT_LIST * 2) {
            return List.of();
        }
        Brackets brackets = Brackets.of(list.text());
        for (int[] part : brackets.split("、,;")) {
            if (!UNIT_NAME.matcher(list.text().substring(part[0], part[1]).trim()).matches()) {
                return List.of();
            }
        }
        return List.of(new RawField(FieldKind.LEAD, "责任单位", list));
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
