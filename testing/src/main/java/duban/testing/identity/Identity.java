package duban.testing.identity;

import duban.embedded.identity.TokenIssuer;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;

/** The callers an authorization matrix tries on every endpoint. */
public enum Identity {
    NO_TOKEN,
    EXPIRED,
    WRONG_ISSUER,
    SUPERVISOR,
    /** A unit's clerk whose unit is on the task, or is the unit in the path. */
    OWNING_UNIT,
    /** A unit's clerk of another unit. */
    OTHER_UNIT,
    AUDITOR,
    SERVICE;

    private static final TokenIssuer FOREIGN = new TokenIssuer(TestTokens.key(), "https://elsewhere.example");

    /** The request as this caller, given the ids of the owning and the other unit. */
    public RequestSpecification as(String owningUnitId, String otherUnitId) {
        return switch (this) {
            case NO_TOKEN -> As.anonymous();
            case EXPIRED -> As.bearer(TestTokens.issuer().token("supervisor@duban.test", "supervisor", null,
                    Duration.ofMinutes(-10)));
            case WRONG_ISSUER -> As.bearer(FOREIGN.supervisor("supervisor@duban.test"));
            case SUPERVISOR -> As.supervisor();
            case OWNING_UNIT -> As.unit(owningUnitId);
            case OTHER_UNIT -> As.unit(otherUnitId);
            case AUDITOR -> As.auditor();
            case SERVICE -> As.service();
        };
    }

    /** The unit this caller acts for, if it is a unit's clerk. */
    public String unitOf(String owningUnitId, String otherUnitId) {
        return switch (this) {
            case OWNING_UNIT -> owningUnitId;
            case OTHER_UNIT -> otherUnitId;
            default -> null;
        };
    }
}
