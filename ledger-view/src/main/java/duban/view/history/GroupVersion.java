package duban.view.history;

import java.util.List;

/** A unit group (单位组) as one of its definitions left it: the phrase it stands for and its members. */
public record GroupVersion(String groupId, String phrase, List<String> memberUnitIds) {

    public GroupVersion {
        memberUnitIds = List.copyOf(memberUnitIds);
    }
}
