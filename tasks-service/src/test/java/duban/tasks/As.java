package duban.tasks;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/**
 * The identities a test calls the service as: start every request with one of these, never with a bare
 * {@code given()}, so that each request carries the bearer token of the role it stands for.
 */
public final class As {

    private As() {
    }

    /** 督查室: plans, units, tasks, imports, approvals. */
    public static RequestSpecification supervisor() {
        return given();
    }

    /** A unit's clerk, acting for that unit only. */
    public static RequestSpecification unit(String unitId) {
        return given();
    }

    /** Reads everything, changes nothing. */
    public static RequestSpecification auditor() {
        return given();
    }

    /** Another system: admin endpoints. */
    public static RequestSpecification service() {
        return given();
    }
}
