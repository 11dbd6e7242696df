package duban.tasks.unit.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import duban.events.unit.UnitGroupDefined;
import duban.tasks.domain.rule.Require;
import duban.tasks.domain.rule.Violation;
import duban.tasks.domain.snapshot.SnapshotState;
import duban.tasks.unit.command.DefineUnitGroup;
import duban.tasks.unit.command.RedefineUnitGroup;
import java.util.HashSet;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A unit group (单位组): a phrase of the notices standing for many units, such as 各县(市)、区. That the
 * members are registered units is checked by the app, which resolves their names. A redefinition is
 * recorded as the same {@code UnitGroupDefined} fact: the contract says what the group stands for from
 * then on, not how it got there.
 */
@SnapshotState
public class UnitGroup {

    @AggregateIdentifier
    private String groupId;
    private String phrase;
    private List<String> memberUnitIds;

    /** For Axon, which rebuilds the group from its events. */
    protected UnitGroup() {
    }

    @CommandHandler
    public UnitGroup(DefineUnitGroup command) {
        Require.text(command.groupId(), "groupId");
        apply(definition(command.groupId(), command.phrase(), command.memberUnitIds()));
    }

    @CommandHandler
    public void handle(RedefineUnitGroup command) {
        UnitGroupDefined definition = definition(groupId, command.phrase(), command.memberUnitIds());
        if (phrase.equals(definition.phrase())
                && new HashSet<>(memberUnitIds).equals(new HashSet<>(definition.memberUnitIds()))) {
            throw Violation.NO_CHANGE.because("group " + groupId + " is defined so already");
        }
        apply(definition);
    }

    private static UnitGroupDefined definition(String groupId, String phrase, List<String> memberUnitIds) {
        Require.text(phrase, "phrase");
        List<String> members = Require.distinctIds(memberUnitIds, "memberUnitIds");
        if (members.isEmpty()) {
            throw Violation.EMPTY_UNIT_GROUP.because("group " + phrase + " needs at least one member");
        }
        return new UnitGroupDefined(groupId, phrase, members);
    }

    @EventSourcingHandler
    void on(UnitGroupDefined event) {
        groupId = event.groupId();
        phrase = event.phrase();
        memberUnitIds = List.copyOf(event.memberUnitIds());
    }
}
