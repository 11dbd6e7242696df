package duban.events.unit;

import duban.events.LedgerEvent;

/** An event of the unit directory. */
public sealed interface UnitEvent extends LedgerEvent permits UnitRegistered, UnitAliasAdded, UnitGroupDefined {

    @Override
    default String aggregateType() {
        return "unit";
    }
}
