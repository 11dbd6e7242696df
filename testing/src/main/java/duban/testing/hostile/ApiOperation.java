package duban.testing.hostile;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One operation of a served OpenAPI document, with its schemas already resolved: what the hostile
 * requests for it are derived from.
 *
 * @param roles         the roles of its security requirement
 * @param bodyTypes     the media types its request body accepts (empty when it takes none)
 * @param jsonBody      the resolved schema of its {@code application/json} body, when it has one
 */
public record ApiOperation(String method, String path, Set<String> roles, List<Parameter> parameters,
                           List<String> bodyTypes, Optional<Map<String, Object>> jsonBody) {

    /** A path, query or header parameter with its resolved schema. */
    public record Parameter(String name, String in, Map<String, Object> schema) {

        public String type() {
            return String.valueOf(schema.getOrDefault("type", "string"));
        }

        public String format() {
            return String.valueOf(schema.get("format"));
        }
    }

    public String key() {
        return method + " " + path;
    }

    public List<Parameter> in(String location) {
        return parameters.stream().filter(parameter -> parameter.in().equals(location)).toList();
    }

    public boolean writes() {
        return !method.equals("GET") && !method.equals("HEAD");
    }
}
