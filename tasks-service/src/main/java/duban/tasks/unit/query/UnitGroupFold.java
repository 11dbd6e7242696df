package duban.tasks.unit.query;

import duban.events.unit.UnitGroupDefined;
import duban.tasks.eventstore.AggregateFold;

/** Folds a unit group's definitions; the last one recorded is what the group stands for. */
final class UnitGroupFold extends AggregateFold {

    private UnitGroupDefined definition;

    @Override
    protected boolean take(Object event) {
        if (!(event instanceof UnitGroupDefined e)) {
            return false;
        }
        definition = e;
        return true;
    }

    @Override
    public boolean exists() {
        return definition != null;
    }

    UnitGroupDefined definition() {
        return definition;
    }
}
