package duban.tasks.notice.model;

import java.util.List;

/**
 * A unit group (单位组): a phrase standing for many units.
 *
 * @param key        unique within the notice: the phrase, suffixed #2, #3 … when the same phrase stands for
 *                   different units in different sentences (其他县(市)、区)
 * @param phrase     the phrase in its standard spelling, e.g. 各县(市)、区
 * @param members    canonical unit names
 * @param derivation how the members were found
 * @param line       the line of its first use
 */
public record UnitGroup(String key, String phrase, List<String> members, GroupDerivation derivation, int line) {

    public UnitGroup {
        members = List.copyOf(members);
    }
}
