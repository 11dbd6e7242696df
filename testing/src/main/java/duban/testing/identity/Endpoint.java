package duban.testing.identity;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An operation of a service's OpenAPI document with the access rule it declares: the roles of its
 * security requirement and, when units may call it, its {@code x-duban-unit-scope}.
 */
public record Endpoint(String method, String path, Set<String> roles, String unitScope) {

    static final String UNIT_SCOPE = "x-duban-unit-scope";

    public String key() {
        return method + " " + path;
    }

    /** Every operation of the document (as served at {@code /q/openapi?format=json}). */
    public static List<Endpoint> all(JsonPath openApi) {
        List<Endpoint> endpoints = new ArrayList<>();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (operation instanceof Map<?, ?> op) {
                endpoints.add(new Endpoint(method.toUpperCase(java.util.Locale.ROOT), path, roles(op),
                        op.get(UNIT_SCOPE) == null ? null : String.valueOf(op.get(UNIT_SCOPE))));
            }
        }));
        return endpoints;
    }

    private static Set<String> roles(Map<?, ?> operation) {
        Object security = operation.get("security");
        Set<String> roles = new java.util.TreeSet<>();
        if (security instanceof List<?> requirements) {
            for (Object requirement : requirements) {
                if (requirement instanceof Map<?, ?> schemes) {
                    schemes.values().forEach(scopes -> ((List<?>) scopes).forEach(role -> roles.add(String.valueOf(role))));
                }
            }
        }
        return roles;
    }
}
