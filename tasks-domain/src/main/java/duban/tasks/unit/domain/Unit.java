package duban.tasks.unit.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import duban.events.unit.UnitAliasAdded;
import duban.events.unit.UnitRegistered;
import duban.tasks.domain.rule.Require;
import duban.tasks.domain.rule.Violation;
import duban.tasks.domain.snapshot.SnapshotState;
import duban.tasks.unit.command.AddUnitAlias;
import duban.tasks.unit.command.RegisterUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A unit (单位) of the directory and the names it goes by. Inside one unit every name is distinct;
 * across units, uniqueness is a set-based rule the app enforces before it sends the command.
 */
@SnapshotState
public class Unit {

    @AggregateIdentifier
    private String unitId;
    private String name;
    private List<String> aliases;

    /** For Axon, which rebuilds the unit from its events. */
    protected Unit() {
    }

    @CommandHandler
    public Unit(RegisterUnit command) {
        Require.text(command.unitId(), "unitId");
        Require.text(command.name(), "name");
        Require.present(command.category(), "category");
        List<String> aliases = Require.listOrEmpty(command.aliases(), "aliases");
        Set<String> names = new HashSet<>(List.of(command.name()));
        for (String alias : aliases) {
            requireNewName(alias, command.name(), names);
            names.add(alias);
        }
        apply(new UnitRegistered(command.unitId(), command.name(), command.category(), aliases));
    }

    @CommandHandler
    public void handle(AddUnitAlias command) {
        Set<String> names = new HashSet<>(aliases);
        names.add(name);
        requireNewName(command.alias(), name, names);
        apply(new UnitAliasAdded(unitId, command.alias()));
    }

    private static void requireNewName(String alias, String name, Set<String> held) {
        Require.text(alias, "alias");
        if (alias.equals(name)) {
            throw Violation.ALIAS_EQUALS_NAME.because(alias + " is the unit's name already");
        }
        if (held.contains(alias)) {
            throw Violation.ALIAS_ALREADY_HELD.because(alias + " is one of the unit's names already");
        }
    }

    @EventSourcingHandler
    void on(UnitRegistered event) {
        unitId = event.unitId();
        name = event.name();
        aliases = new ArrayList<>(event.aliases());
    }

    @EventSourcingHandler
    void on(UnitAliasAdded event) {
        aliases.add(event.alias());
    }
}
