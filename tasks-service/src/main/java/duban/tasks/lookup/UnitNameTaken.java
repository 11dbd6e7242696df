package duban.tasks.lookup;

/**
 * A unit was to be known by a spelling (name or alias) that another unit holds already. Thrown inside the
 * command's transaction, so the events that claimed the spelling are not recorded.
 */
public class UnitNameTaken extends RuntimeException {

    private final String spelling;
    private final String holderUnitId;
    private final boolean claimedAsName;

    public UnitNameTaken(String spelling, String holderUnitId, boolean claimedAsName) {
        super(spelling + " is already a name or alias of unit " + holderUnitId);
        this.spelling = spelling;
        this.holderUnitId = holderUnitId;
        this.claimedAsName = claimedAsName;
    }

    /** Whether the refused claim was for the unit's name (else for an alias). */
    public boolean claimedAsName() {
        return claimedAsName;
    }

    public String spelling() {
        return spelling;
    }

    public String holderUnitId() {
        return holderUnitId;
    }
}
