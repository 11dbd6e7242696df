package duban.http.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Names every operation of a service's API document by one rule, so that generated clients get usable method names
 * without anyone writing them by hand: the resource's noun (its class name without {@code Resource}) followed by the
 * Java method's name, {@code PlanResource.list} becoming {@code planList} and {@code TaskReportsResource.returnReport}
 * {@code taskReportsReturnReport}. The scanner gives each operation {@code Class_method}
 * ({@code quarkus.smallrye-openapi.operation-id-strategy=CLASS_METHOD}); an operation named otherwise, or two
 * operations with the same name, fail the build instead of publishing an ambiguous document.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OperationIdFilter implements OASFilter {

    static final String RESOURCE_SUFFIX = "Resource";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, String> named = new HashMap<>();
        for (var path : openAPI.getPaths().getPathItems().entrySet()) {
            for (var entry : path.getValue().getOperations().entrySet()) {
                String where = entry.getKey() + " " + path.getKey();
                Operation operation = entry.getValue();
                String id = operationId(operation.getOperationId(), where);
                String clash = named.putIfAbsent(id, where);
                if (clash != null) {
                    throw new IllegalStateException("operationId " + id + " names both " + clash + " and " + where
                            + ": rename one of the resource methods");
                }
                operation.setOperationId(id);
            }
        }
    }

    /** {@code PlanResource_list} → {@code planList}. */
    static String operationId(String scanned, String where) {
        int separator = scanned == null ? -1 : scanned.indexOf('_');
        if (separator <= 0 || separator == scanned.length() - 1) {
            throw new IllegalStateException(where + " has operationId " + scanned + ", not Class_method: set "
                    + "quarkus.smallrye-openapi.operation-id-strategy=CLASS_METHOD");
        }
        String noun = scanned.substring(0, separator);
        if (noun.endsWith(RESOURCE_SUFFIX) && noun.length() > RESOURCE_SUFFIX.length()) {
            noun = noun.substring(0, noun.length() - RESOURCE_SUFFIX.length());
        }
        String method = scanned.substring(separator + 1);
        return Character.toLowerCase(noun.charAt(0)) + noun.substring(1)
                + Character.toUpperCase(method.charAt(0)) + method.substring(1);
    }
}
