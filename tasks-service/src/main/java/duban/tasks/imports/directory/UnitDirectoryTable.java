package duban.tasks.imports.directory;

import duban.tasks.imports.ImportIds;
import duban.tasks.lookup.DirectoryTables;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Reads the unit directory, as the lookup processor keeps it, into {@link KnownUnits}. */
@Singleton
public class UnitDirectoryTable {

    @Inject
    DirectoryTables tables;

    public KnownUnits read() {
        KnownUnits.Builder directory = KnownUnits.builder();
        for (DirectoryTables.Unit unit : tables.units()) {
            directory.unit(unit.unitId(), unit.name(), unit.category(), unit.aliases());
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
