package duban.tasks.unit.query;

import duban.events.unit.UnitGroupDefined;
import java.time.Instant;

/** Folds a unit group's definitions; the last one recorded is what the group stands for. */
final class UnitGroupFold {

    private UnitGroupDefined definition;
    private long version = -1;
    private Instant definedAt;
    private Instant updatedAt;

    boolean apply(Object event, long sequence, Instant timestamp) {
        if (!(event instanceof UnitGroupDefined e)) {
            return false;
        }
        definition = e;
        version = sequence;
        definedAt = definedAt == null ? timestamp : definedAt;
        updatedAt = timestamp;
        return true;
    }

    boolean exists() {
        return definition != null;
    }

    UnitGroupDefined definition() {
        return definition;
    }

    long version() {
        return version;
    }

    Instant definedAt() {
        return definedAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
