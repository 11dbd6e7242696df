package duban.tasks.unit.query;

import duban.events.unit.UnitAliasAdded;
import duban.events.unit.UnitRegistered;
import duban.tasks.eventstore.AggregateFold;
import java.util.ArrayList;
import java.util.List;

/** Folds a unit's events, in order, into a {@link UnitView}. One instance per read. */
final class UnitFold extends AggregateFold {

    private UnitRegistered registered;
    private final List<String> aliases = new ArrayList<>();

    @Override
    protected boolean take(Object event) {
        if (event instanceof UnitRegistered e) {
            registered = e;
            aliases.addAll(e.aliases() == null ? List.of() : e.aliases());
            return true;
        }
        if (event instanceof UnitAliasAdded e && registered != null) {
            aliases.add(e.alias());
            return true;
        }
        return false;
    }

    @Override
    public boolean exists() {
        return registered != null;
    }

    UnitView view() {
        return new UnitView(registered.unitId(), registered.name(), registered.category(),
                UnitCategories.label(registered.category()), List.copyOf(aliases), version(), firstRecordedAt(),
                lastRecordedAt());
    }
}
