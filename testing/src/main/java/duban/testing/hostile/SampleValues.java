package duban.testing.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plausible value for a schema, from its example, default or enum when it declares one: the well-formed
 * body each hostile variant spoils in one place only, so that the answer speaks of that one defect.
 */
final class SampleValues {

    private SampleValues() {
    }

    static Object of(Map<String, Object> schema) {
        String type = String.valueOf(schema.get("type"));
        Object example = schema.get("example");
        if (type.equals("array")) {
            if (example instanceof List<?> list) {
                return new ArrayList<>(list);
            }
            return new ArrayList<>(List.of(of(ApiDocument.map(schema.get("items")))));
        }
        if (type.equals("object") || schema.containsKey("properties")) {
            Map<String, Object> object = new LinkedHashMap<>();
            ApiDocument.map(schema.get("properties")).forEach((name, property) ->
                    object.put(name, of(ApiDocument.map(property))));
            return object;
        }
        if (example != null && !(example instanceof Map) && !(example instanceof List)) {
            return example;
        }
        if (schema.get("default") != null) {
            return schema.get("default");
        }
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.get(0);
        }
        return switch (type) {
            case "integer", "number" -> schema.get("minimum") instanceof Number minimum ? minimum : 1;
            case "boolean" -> true;
            default -> switch (String.valueOf(schema.get("format"))) {
                case "date" -> "2017-11-20";
                case "date-time" -> "2017-11-20T12:00:00+08:00";
                default -> "督办敌意输入样本";
            };
        };
    }
}
