package duban.tasks.notice.targets;

import duban.tasks.notice.text.Brackets;
import duban.tasks.notice.text.Punctuation;
import duban.tasks.notice.text.Snippet;
import java.util.ArrayList;
import java.util.List;

/**
 * The items a bracket names one by one: "(金龙铜管、心连心化肥、…、威猛振动等)". Items are separated by commas
 * when the bracket has any (an item may then hold a 、 of its own), else by 、. The frame "在…等方面…" of a
 * list of policy areas is taken off its ends.
 */
final class NamedItems {

    record Named(List<String> items, boolean openEnded) {
    }

    private NamedItems() {
    }

    static Named split(Snippet content) {
        Brackets brackets = Brackets.of(content.text());
        String separator = brackets.split(",").size() > 1 ? "," : "、";
        List<Snippet> parts = new ArrayList<>();
        for (int[] range : brackets.split(separator)) {
            Snippet part = content.sub(range[0], range[1]).strip(Punctuation.TRAILING);
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        boolean openEnded = false;
        if (!parts.isEmpty()) {
            Snippet last = parts.get(parts.size() - 1);
            int aspects = last.text().indexOf("等方面");
            if (aspects > 0) {
                parts.set(parts.size() - 1, last.sub(0, aspects));
                openEnded = true;
                if (parts.get(0).text().startsWith("在")) {
                    parts.set(0, parts.get(0).sub(1));
                }
            } else if (last.text().endsWith("等") && last.length() > 1) {
                parts.set(parts.size() - 1, last.sub(0, last.length() - 1));
                openEnded = true;
            }
        }
        return new Named(parts.stream().map(Snippet::verbatim).toList(), openEnded);
    }
}
