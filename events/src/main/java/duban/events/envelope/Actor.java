package duban.events.envelope;

/**
 * Who caused an event: the token's subject, the unit the user acts for (null for a supervisor) and
 * the role (supervisor, unit, auditor, service).
 */
public record Actor(String userId, String unitId, String role) {

    public static Actor system() {
        return new Actor("system", null, "service");
    }
}
