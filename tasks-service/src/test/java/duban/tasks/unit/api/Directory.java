package duban.tasks.unit.api;

import duban.testing.identity.As;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;

/** Registers the units a test uses, under names no other test uses (names are unique across the directory). */
public final class Directory {

    private Directory() {
    }

    /** The base name with a suffix of this run, e.g. 市科技局-3f9a1c. */
    public static String fresh(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Registers a unit and answers its id. */
    public static String register(String name, String category, String... aliases) {
        return As.supervisor().contentType(ContentType.JSON)
                .body(new RegisterUnitRequest(name, category, List.of(aliases)))
                .post("/api/v1/units")
                .then().statusCode(201).extract().path("id");
    }
}
