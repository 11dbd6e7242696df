package duban.tasks;

import duban.events.unit.UnitCategory;
import duban.tasks.imports.ImportIds;
import duban.tasks.imports.directory.FullNames;
import duban.tasks.imports.directory.UnitDirectoryTable;
import duban.tasks.unit.command.RegisterUnit;
import io.quarkus.arc.Arc;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Puts units into the directory before a test names them in a request. A unit gets the id a notice import
 * would give it, so that tests and imports sharing one store agree on who 市科技局 is; a unit registered
 * already (by another test or an import) is left as it is.
 */
public final class RegisteredUnits {

    private static final FullNames SEED_CITY = FullNames.forIssuer("新乡市人民政府办公室");

    private RegisteredUnits() {
    }

    /** The id of the unit with this name. */
    public static String id(String name) {
        return ImportIds.unit(name);
    }

    /** Registers every named unit not in the directory yet. */
    public static void ensure(String... names) {
        CommandGateway commands = Arc.container().instance(CommandGateway.class).get();
        UnitDirectoryTable directory = Arc.container().instance(UnitDirectoryTable.class).get();
        var known = directory.read().unitIds();
        for (String name : names) {
            if (!known.contains(id(name))) {
                // Under the full name with the written one as alias, as an import of the seed registers it: the
                // directory then reads the same whichever test or import comes first.
                String full = SEED_CITY.of(name, category(name));
                commands.sendAndWait(new RegisterUnit(id(name), full, category(name),
                        full.equals(name) ? List.of() : List.of(name)));
            }
        }
    }

    private static UnitCategory category(String name) {
        if (name.endsWith("区")) {
            return UnitCategory.DISTRICT;
        }
        return name.startsWith("市") ? UnitCategory.CITY_DEPARTMENT : UnitCategory.COUNTY;
    }
}
