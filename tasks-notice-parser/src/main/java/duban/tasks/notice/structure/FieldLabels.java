package duban.tasks.notice.structure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The labels that open a field. Longer labels come first so that 协同配合责任单位 is not read as 责任单位.
 */
public final class FieldLabels {

    private static final Map<String, FieldKind> LABELS = new LinkedHashMap<>();

    static {
        put(FieldKind.CO, "协同配合责任单位", "协同配合单位", "协同责任单位", "配合责任单位", "同责单位", "配合单位",
                "协同单位", "协办单位", "参与单位", "配合部门");
        put(FieldKind.LEAD, "牵头责任单位", "主要责任单位", "牵头单位", "责任单位", "主责单位", "牵头部门", "责任部门");
        put(FieldKind.TIMELINE, "时间进度", "完成时限", "完成期限", "时间节点", "完成时间", "时限要求", "进度安排");
        put(FieldKind.LEADER, "牵头负责领导", "分管市领导", "牵头市领导", "牵头领导", "分管领导", "责任领导", "联系领导", "责任人");
    }

    /** A label followed by a colon (folded), anywhere in a line. */
    static final Pattern LABEL = Pattern.compile("(" + LABELS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length())
            .collect(Collectors.joining("|")) + ")\\s*:");

    private FieldLabels() {
    }

    private static void put(FieldKind kind, String... labels) {
        for (String label : labels) {
            LABELS.put(label, kind);
        }
    }

    public static FieldKind kindOf(String label) {
        return LABELS.get(label);
    }

    /** The kind of a table header cell, matched whole (牵头单位) or by its ending (完成时限(2017年)). */
    public static Optional<FieldKind> kindOfHeader(String header) {
        String h = header.replaceAll("\\s", "");
        if (LABELS.containsKey(h)) {
            return Optional.of(LABELS.get(h));
        }
        if (h.equals("时限") || h.equals("完成时限要求") || h.startsWith("时间进度") || h.startsWith("完成时限")) {
            return Optional.of(FieldKind.TIMELINE);
        }
        return Optional.empty();
    }
}
