package duban.tasks.unit.query;

import duban.events.unit.UnitAliasAdded;
import duban.events.unit.UnitRegistered;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Folds a unit's events, in order, into a {@link UnitView}. One instance per read. */
final class UnitFold {

    private UnitRegistered registered;
    private final List<String> aliases = new ArrayList<>();
    private long version = -1;
    private Instant registeredAt;
    private Instant updatedAt;

    /** False when the event is not a unit's: the id names another kind of aggregate. */
    boolean apply(Object event, long sequence, Instant timestamp) {
        if (event instanceof UnitRegistered e) {
            registered = e;
            aliases.addAll(e.aliases() == null ? List.of() : e.aliases());
            registeredAt = timestamp;
        } else if (event instanceof UnitAliasAdded e && registered != null) {
            aliases.add(e.alias());
        } else {
            return false;
        }
        version = sequence;
        updatedAt = timestamp;
        return true;
    }

    boolean exists() {
        return registered != null;
    }

    UnitView view() {
        return new UnitView(registered.unitId(), registered.name(), registered.category(),
                UnitCategories.label(registered.category()), List.copyOf(aliases), version, registeredAt, updatedAt);
    }
}
