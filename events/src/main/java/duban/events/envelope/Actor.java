package duban.events.envelope;

/**
 * Who caused an event: the token's subject, the unit the user acts for (null for a supervisor) and the role, one of
 * {@value #SUPERVISOR}, {@value #UNIT}, {@value #AUDITOR} or {@value #SERVICE}.
 */
public record Actor(String userId, String unitId, String role) {

    /** 督查室: plans, units, tasks, imports, approvals, extensions, urges. */
    public static final String SUPERVISOR = "supervisor";
    /** A unit's clerk: its own unit's reports and requests. */
    public static final String UNIT = "unit";
    /** Reads everything, changes nothing. */
    public static final String AUDITOR = "auditor";
    /** Another system, or the ledger itself (imports run at start-up). */
    public static final String SERVICE = "service";

    public static Actor system() {
        return new Actor("system", null, SERVICE);
    }

    /** Whether this actor is the clerk of {@code unitId}. */
    public boolean isClerkOf(String unitId) {
        return UNIT.equals(role) && unitId != null && unitId.equals(this.unitId);
    }
}
