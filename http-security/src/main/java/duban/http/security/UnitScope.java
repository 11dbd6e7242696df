package duban.http.security;

/**
 * What a unit's clerk may reach through an operation open to the {@code unit} role, declared on the
 * operation in the OpenAPI document as {@code x-duban-unit-scope} so that clients and the authorization
 * matrix tests read the same rule: {@code @Extension(name = UnitScope.EXTENSION, value = UnitScope.OWN_TASKS)}.
 */
public final class UnitScope {

    public static final String EXTENSION = "x-duban-unit-scope";
    /** Only tasks its unit is on (lead, co-responsible, holder of a share); others answer 403. */
    public static final String OWN_TASKS = "own-tasks";
    /** Only its own unit's resources (the unit in the path); another unit's answer 403. */
    public static final String OWN_UNIT = "own-unit";
    /** Whatever unit it belongs to (shared reference data such as the unit directory). */
    public static final String ANY = "any";

    private UnitScope() {
    }
}
