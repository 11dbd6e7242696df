package duban.testing.contract;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import duban.testing.identity.As;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A service's health as every Duban service shows it: readiness is up and names each check the service
 * depends on, and its OpenAPI document (under the service's title) and Swagger UI are served to anyone.
 */
public abstract class HealthContract {

    private final String title;
    private final List<String> readinessChecks;

    /**
     * @param title           the title of the service's OpenAPI document
     * @param readinessChecks the names of the checks readiness must report, e.g. its database's
     */
    protected HealthContract(String title, String... readinessChecks) {
        this.title = title;
        this.readinessChecks = List.of(readinessChecks);
    }

    @Test
    public void readinessIsUpAndNamesEachCheckOfTheService() {
        ValidatableResponse ready = As.anonymous().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"));
        for (String check : readinessChecks) {
            ready.body("checks.name", hasItem(check));
        }
    }

    @Test
    public void theOpenApiDocumentAndSwaggerUiAreServed() {
        As.anonymous().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo(title));
        As.anonymous().get("/q/swagger-ui/").then().statusCode(200);
    }
}
