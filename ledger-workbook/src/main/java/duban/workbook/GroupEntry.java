package duban.workbook;

import java.util.List;

/**
 * A unit group (单位组) the quota sheet names.
 *
 * @param name    the name the quota sheet shows in column A: the phrase, or the phrase with #2, #3 … when one
 *                phrase stands for different units in different targets (其他县(市)、区#2)
 * @param phrase  the phrase as the notice words it (其他县(市)、区)
 * @param members the units it stands for, by the names the sheets show
 */
public record GroupEntry(String name, String phrase, List<String> members) {

    public GroupEntry {
        name = Text.orEmpty(name);
        phrase = Text.orEmpty(phrase);
        members = members == null ? List.of() : List.copyOf(members);
        UnitNames.requireOneLine(List.of(name));
        UnitNames.requireOneLine(members);
    }
}
