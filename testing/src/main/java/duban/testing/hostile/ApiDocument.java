package duban.testing.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the operations of an OpenAPI 3 document (as parsed from {@code /q/openapi?format=json}) and
 * resolves every {@code $ref} into {@code components}, so that the variants see plain schemas.
 */
public final class ApiDocument {

    /** Self-referencing schemas are cut here; a hostile body needs no deeper sample. */
    private static final int MAX_DEPTH = 12;
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final Map<String, Object> document;

    public ApiDocument(Map<String, Object> document) {
        this.document = document;
    }

    public List<ApiOperation> operations() {
        List<ApiOperation> operations = new ArrayList<>();
        map(document.get("paths")).forEach((path, item) -> map(item).forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                operations.add(operation(method.toUpperCase(Locale.ROOT), path, map(operation), map(item)));
            }
        }));
        return operations;
    }

    private ApiOperation operation(String method, String path, Map<String, Object> operation,
                                   Map<String, Object> pathItem) {
        List<ApiOperation.Parameter> parameters = new ArrayList<>();
        for (Object declared : concat(list(pathItem.get("parameters")), list(operation.get("parameters")))) {
            Map<String, Object> parameter = resolve(map(declared), 0);
            parameters.add(new ApiOperation.Parameter(String.valueOf(parameter.get("name")),
                    String.valueOf(parameter.get("in")), resolve(map(parameter.get("schema")), 0)));
        }
        Map<String, Object> content = map(resolve(map(operation.get("requestBody")), 0).get("content"));
        Optional<Map<String, Object>> json = content.entrySet().stream()
                .filter(type -> type.getKey().startsWith("application/json"))
                .map(type -> resolve(map(map(type.getValue()).get("schema")), 0))
                .findFirst();
        return new ApiOperation(method, path, roles(operation), parameters, List.copyOf(content.keySet()), json);
    }

    private static Set<String> roles(Map<String, Object> operation) {
        Set<String> roles = new TreeSet<>();
        for (Object requirement : list(operation.get("security"))) {
            map(requirement).values().forEach(scopes -> list(scopes).forEach(role -> roles.add(String.valueOf(role))));
        }
        return roles;
    }

    /** The schema with every {@code $ref}, {@code allOf} member and nested schema replaced by what it names. */
    Map<String, Object> resolve(Map<String, Object> schema, int depth) {
        if (depth > MAX_DEPTH) {
            return Map.of();
        }
        Object ref = schema.get("$ref");
        if (ref != null) {
            Map<String, Object> target = lookup(String.valueOf(ref));
            Map<String, Object> merged = new LinkedHashMap<>(target);
            schema.forEach((key, value) -> {
                if (!key.equals("$ref")) {
                    merged.put(key, value);
                }
            });
            return resolve(merged, depth + 1);
        }
        Map<String, Object> resolved = new LinkedHashMap<>(schema);
        if (schema.get("allOf") instanceof List<?> parts) {
            resolved.remove("allOf");
            for (Object part : parts) {
                Map<String, Object> member = resolve(map(part), depth + 1);
                member.forEach(resolved::putIfAbsent);
                if (member.get("properties") instanceof Map<?, ?> properties) {
                    Map<String, Object> all = new LinkedHashMap<>(map(resolved.get("properties")));
                    map(properties).forEach(all::putIfAbsent);
                    resolved.put("properties", all);
                }
            }
        }
        if (resolved.get("properties") instanceof Map<?, ?> properties) {
            Map<String, Object> each = new LinkedHashMap<>();
            map(properties).forEach((name, property) -> each.put(name, resolve(map(property), depth + 1)));
            resolved.put("properties", each);
        }
        if (resolved.get("items") instanceof Map<?, ?> items) {
            resolved.put("items", resolve(map(items), depth + 1));
        }
        return resolved;
    }

    private Map<String, Object> lookup(String ref) {
        if (!ref.startsWith("#/")) {
            return Map.of();
        }
        Object node = document;
        for (String step : ref.substring(2).split("/")) {
            node = map(node).get(step.replace("~1", "/").replace("~0", "~"));
        }
        return map(node);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    private static List<Object> concat(List<?> first, List<?> second) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
