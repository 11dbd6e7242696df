package duban.tasks.unit.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import duban.events.unit.UnitAliasAdded;
import duban.events.unit.UnitRegistered;
import duban.tasks.domain.rule.LedgerRuleViolation;
import duban.tasks.domain.rule.Require;
import duban.tasks.domain.rule.Violation;
import duban.tasks.domain.snapshot.SnapshotState;
import duban.tasks.unit.command.AddUnitAlias;
import duban.tasks.unit.command.RegisterUnit;
import duban.tasks.unit.port.UnitNameRegister;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A unit (单位) of the directory and the names it goes by. Every name and alias names one unit: inside the unit, and
 * across the directory as the {@link UnitNameRegister} port knows it.
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
    public Unit(RegisterUnit command, UnitNameRegister register) {
        Require.text(command.unitId(), "unitId");
        Require.text(command.name(), "name");
        Require.present(command.category(), "category");
        List<String> aliases = Require.listOrEmpty(command.aliases(), "aliases");
        Set<String> names = new HashSet<>(List.of(command.name()));
        for (String alias : aliases) {
            requireNewName(alias, command.name(), names);
            names.add(alias);
        }
        Map<String, String> spellings = new LinkedHashMap<>();
        spellings.put("name", command.name());
        for (int i = 0; i < aliases.size(); i++) {
            spellings.put("aliases[" + i + "]", aliases.get(i));
        }
        requireFree(command.unitId(), spellings, register);
        apply(new UnitRegistered(command.unitId(), command.name(), command.category(), aliases));
    }

    @CommandHandler
    public void handle(AddUnitAlias command, UnitNameRegister register) {
        Set<String> names = new HashSet<>(aliases);
        names.add(name);
        requireNewName(command.alias(), name, names);
        requireFree(unitId, Map.of("alias", command.alias()), register);
        apply(new UnitAliasAdded(unitId, command.alias()));
    }

    /** Refuses every spelling, by the field that asks for it, that some other unit goes by already. */
    private static void requireFree(String unitId, Map<String, String> spellingsByField, UnitNameRegister register) {
        List<LedgerRuleViolation.FieldProblem> taken = new ArrayList<>();
        spellingsByField.forEach((field, spelling) -> register.holderOf(spelling)
                .filter(holder -> !holder.unitId().equals(unitId))
                .ifPresent(holder -> taken.add(new LedgerRuleViolation.FieldProblem(field,
                        spelling + " already names unit " + holder.name() + " (" + holder.unitId() + ")"))));
        if (!taken.isEmpty()) {
            throw Violation.UNIT_NAME_TAKEN.because("a unit's name or alias must name no other unit", taken);
        }
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
