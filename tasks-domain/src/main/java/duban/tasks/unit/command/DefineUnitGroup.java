package duban.tasks.unit.command;

import java.util.List;

/** Define what a phrase of the notices, such as 各县(市)、区, stands for: a new unit group (单位组). */
public record DefineUnitGroup(String groupId, String phrase, List<String> memberUnitIds) {
}
