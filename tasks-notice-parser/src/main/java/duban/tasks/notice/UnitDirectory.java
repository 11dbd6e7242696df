package duban.tasks.notice;

import duban.events.unit.UnitCategory;
import duban.tasks.notice.model.GroupDerivation;
import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.notice.model.ParsedUnit;
import duban.tasks.notice.model.UnitGroup;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The units (and unit groups) the caller already knows: names and aliases to canonical names. A fresh store
 * passes {@link #empty()}; tasks-service passes a view of its unit directory.
 */
public interface UnitDirectory {

    /** The canonical name of the unit known under this name or alias. */
    Optional<String> canonicalName(String nameOrAlias);

    /** The category of a known unit, by canonical name. */
    Optional<UnitCategory> category(String canonicalName);

    /** Canonical names of every known unit. */
    Set<String> units();

    /** Every canonical name and alias, to recognise units in free text. */
    Set<String> spellings();

    /** The members (canonical names) of a group phrase the caller defines, e.g. 各县(市)、区. */
    default Optional<List<String>> group(String phrase) {
        return Optional.empty();
    }

    static UnitDirectory empty() {
        return builder().build();
    }

    static Builder builder() {
        return new Builder();
    }

    /**
     * What an import of this notice registers: its units with their aliases, and the groups it defines outright
     * (not the 其他… remainders, which depend on their sentence). Importing the same notice again against this
     * directory registers nothing new.
     */
    static UnitDirectory of(ParsedNotice notice) {
        Builder builder = builder();
        for (ParsedUnit unit : notice.units()) {
            builder.unit(unit.name(), unit.category(), unit.aliases().toArray(String[]::new));
        }
        for (UnitGroup group : notice.groups()) {
            if (group.derivation() != GroupDerivation.REMAINDER && group.key().equals(group.phrase())) {
                builder.group(group.phrase(), group.members());
            }
        }
        return builder.build();
    }

    /** Builds an in-memory directory. */
    final class Builder {
        private final InMemoryUnitDirectory directory = new InMemoryUnitDirectory();

        private Builder() {
        }

        public Builder unit(String name, UnitCategory category, String... aliases) {
            directory.add(name, category, List.of(aliases));
            return this;
        }

        public Builder group(String phrase, List<String> members) {
            directory.group(phrase, members);
            return this;
        }

        public UnitDirectory build() {
            return directory.copy();
        }
    }
}
