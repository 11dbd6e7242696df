package duban.tasks.notice.units;

import duban.tasks.notice.diagnostics.Warnings;
import duban.tasks.notice.model.WarningCode;
import duban.tasks.notice.text.Punctuation;
import duban.tasks.notice.text.Snippet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a unit field ("市人社局、卫辉市、红旗区,河南师范大学、新乡医学院等") into units and group phrases.
 * Items are separated by 、 , ; 及 or spaces; a trailing 等 is noted, since the list may then be incomplete.
 */
public final class UnitListReader {

    private static final String SEPARATORS = Punctuation.LIST + "及/ ";
    private static final Set<String> VAGUE = Set.of("有关单位", "相关单位", "有关部门", "相关部门",
            "其他有关单位");
    private static final List<String> OPEN_ENDINGS = List.of("等单位", "等部门", "等");

    private UnitListReader() {
    }

    public static List<RawHolder> read(Snippet value, Mentions mentions, Warnings warnings) {
        int list = mentions.newList();
        List<RawHolder> holders = new ArrayList<>();
        List<String> namedSoFar = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean openEnded = false;
        for (Snippet token : ListSplitter.split(value, SEPARATORS)) {
            Snippet item = token.strip(Punctuation.TRAILING);
            String name = item.text();
            for (String ending : OPEN_ENDINGS) {
                if (name.endsWith(ending) && name.length() > ending.length()) {
                    name = name.substring(0, name.length() - ending.length());
                    openEnded = true;
                    break;
                }
            }
            if (name.isEmpty()) {
                continue;
            }
            Optional<GroupPhrase> phrase = GroupPhrase.whole(name);
            Optional<GroupPhrase> ending = phrase.isPresent() ? Optional.empty() : GroupPhrase.byEnding(name);
            RawHolder holder;
            if (ending.isPresent()) {
                holder = RawHolder.group(name, List.of(), item.line());
            } else if (phrase.isPresent()) {
                holder = RawHolder.group(phrase.get().phrase(),
                        phrase.get().remainder() ? namedSoFar : List.of(), item.line());
            } else if (VAGUE.contains(name)) {
                warnings.add(item, WarningCode.UNIT_VAGUE, "\"" + name + "\" names no unit; it is not assigned");
                continue;
            } else {
                holder = RawHolder.unit(name, item.line());
                namedSoFar.add(name);
            }
            if (!seen.add(holder.name())) {
                warnings.add(item, WarningCode.UNIT_DUPLICATE, holder.name() + " is named twice in this list");
                continue;
            }
            mentions.holder(holder, list);
            holders.add(holder);
        }
        if (openEnded) {
            warnings.add(value, WarningCode.UNIT_LIST_OPEN_ENDED,
                    "the list ends with 等: the notice may mean more units than it names");
        }
        return holders;
    }
}
