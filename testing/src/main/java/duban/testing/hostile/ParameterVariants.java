package duban.testing.hostile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hostile values for the path and query parameters of one operation, percent-encoded as they travel:
 * injection, traversal, overlong, control characters and invalid UTF-8 in path segments; huge, negative and
 * non-numeric numbers, invalid instants and dates, and nonsense booleans in the query.
 */
final class ParameterVariants {

    private ParameterVariants() {
    }

    /** Per path parameter: the attack's name and the encoded segment that replaces the parameter's value. */
    static Map<String, String> pathSegments() {
        return HostileStrings.pathSegments();
    }

    /** Per query parameter: the attack's name and its encoded value. */
    static Map<String, String> queryValues(ApiOperation.Parameter parameter) {
        Map<String, String> values = new LinkedHashMap<>();
        switch (parameter.type()) {
            case "integer", "number" -> {
                values.put("huge", "100000");
                values.put("beyond-int", "2147483648");
                values.put("beyond-long", "99999999999999999999999");
                values.put("negative", "-1");
                values.put("negative-huge", "-9223372036854775809");
                values.put("zero", "0");
                values.put("fraction", "1.5");
                values.put("exponent", "1e3");
                values.put("not-a-number", "abc");
                values.put("empty", "");
                values.put("nul", "1%00");
            }
            case "boolean" -> {
                values.put("not-a-boolean", "maybe");
                values.put("empty", "");
                values.put("digit", "1");
            }
            default -> {
                for (String instant : List.of("yesterday", "2017-13-45T99%3A00%3A00Z", "2017-11-20T12%3A00%3A00",
                        "2017-11-20", "-999999999-01-01T00%3A00%3A00Z", "%2B999999999-12-31T23%3A59%3A59Z",
                        "2017-11-20T12%3A00%3A00%2B25%3A00", "1511150400")) {
                    values.put("instant:" + instant, instant);
                }
                values.put("sql", "%27%20OR%20%271%27%3D%271");
                values.put("script", "%3Cscript%3Ealert(1)%3C%2Fscript%3E");
                values.put("overlong", "9".repeat(5_000));
                values.put("invalid-utf8", "%FF%FE%C3%28");
                values.put("control-chars", "%00%01%1B");
            }
        }
        return values;
    }
}
