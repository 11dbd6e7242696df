package duban.tasks.imports.directory;

import duban.tasks.imports.ImportIds;
import duban.tasks.lookup.DirectoryTables;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the unit directory, as the lookup processor keeps it, into {@link KnownUnits}: the whole of it, or the
 * part a notice of one issuer may mean ({@link IssuerScope}).
 */
@Singleton
public class UnitDirectoryTable {

    @Inject
    DirectoryTables tables;

    public KnownUnits read() {
        return read(null);
    }

    /** The units the scope offers, and the groups with those of their members; every unit when null. */
    public KnownUnits read(IssuerScope scope) {
        KnownUnits.Builder directory = KnownUnits.builder();
        for (DirectoryTables.Unit unit : tables.units()) {
            if (scope != null && !scope.offers(unit.unitId(), unit.name())) {
                continue;
            }
            List<String> aliases = new ArrayList<>(unit.aliases());
            if (scope != null) {
                scope.localSpelling(unit.name()).ifPresent(aliases::add);
            }
            directory.unit(unit.unitId(), unit.name(), unit.category(), aliases);
        }
        for (DirectoryTables.Group group : tables.groupsWithMembers()) {
            // Only groups whose phrase means the same units everywhere: a 其他… group stands for the units of one
            // sentence, and offering it to the parser as the phrase's meaning would give other notices wrong
            // members. The shared group of a phrase is the one with the phrase's shared id.
            if (group.groupId().equals(ImportIds.sharedGroup(group.phrase()))) {
                directory.group(group.groupId(), group.phrase(),
                        group.members().stream().map(DirectoryTables.Member::unitId).toList());
            }
        }
        return directory.build();
    }
}
