package duban.testing.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A field anywhere in a JSON body ({@code title}, {@code counts[0].cumulative}), found from the schema, and
 * how to put a value there or take it away in a copy of a body: missing containers on the way are filled
 * with sample values, so that a nested field can be spoiled in a body that did not have it.
 *
 * @param steps     property names and array indexes from the root
 * @param schemas   the schema of the node each step reaches (the last one is the field's own)
 * @param required  whether its enclosing object requires it
 */
record BodyField(List<Object> steps, List<Map<String, Object>> schemas, boolean required) {

    private static final int MAX_DEPTH = 4;

    String name() {
        StringBuilder name = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof Integer index) {
                name.append('[').append(index).append(']');
            } else {
                name.append(name.isEmpty() ? "" : ".").append(step);
            }
        }
        return name.toString();
    }

    Map<String, Object> schema() {
        return schemas.get(schemas.size() - 1);
    }

    String type() {
        return String.valueOf(schema().getOrDefault("type", schema().containsKey("properties") ? "object" : "string"));
    }

    String format() {
        return String.valueOf(schema().get("format"));
    }

    /** Every field of the schema, depth first: objects' properties and the first item of arrays. */
    static List<BodyField> of(Map<String, Object> schema) {
        List<BodyField> fields = new ArrayList<>();
        walk(schema, List.of(), List.of(), fields);
        return fields;
    }

    private static void walk(Map<String, Object> schema, List<Object> steps, List<Map<String, Object>> schemas,
                             List<BodyField> fields) {
        if (steps.size() > MAX_DEPTH) {
            return;
        }
        List<?> required = ApiDocument.list(schema.get("required"));
        ApiDocument.map(schema.get("properties")).forEach((name, property) -> {
            Map<String, Object> propertySchema = ApiDocument.map(property);
            BodyField field = new BodyField(append(steps, name), append(schemas, propertySchema), required.contains(name));
            fields.add(field);
            descend(field, fields);
        });
    }

    private static void descend(BodyField field, List<BodyField> fields) {
        if (field.type().equals("array")) {
            Map<String, Object> items = ApiDocument.map(field.schema().get("items"));
            BodyField item = new BodyField(append(field.steps, 0), append(field.schemas, items), true);
            fields.add(item);
            walk(items, item.steps, item.schemas, fields);
        } else if (field.type().equals("object")) {
            walk(field.schema(), field.steps, field.schemas, fields);
        }
    }

    /** A copy of the body with this field set to the value. */
    Map<String, Object> with(Map<String, Object> body, Object value) {
        Map<String, Object> copy = copy(body);
        Object parent = parentIn(copy);
        put(parent, steps.get(steps.size() - 1), value);
        return copy;
    }

    /** A copy of the body without this field (an array item is removed, leaving the array). */
    Map<String, Object> without(Map<String, Object> body) {
        Map<String, Object> copy = copy(body);
        Object parent = parentIn(copy);
        Object last = steps.get(steps.size() - 1);
        if (parent instanceof Map<?, ?> map) {
            map.remove(last);
        } else if (parent instanceof List<?> list && !list.isEmpty()) {
            list.remove(0);
        }
        return copy;
    }

    private Object parentIn(Map<String, Object> root) {
        Object node = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            Object child = get(node, steps.get(i));
            if (!(child instanceof Map) && !(child instanceof List<?> list && !list.isEmpty())) {
                child = copyOf(SampleValues.of(schemas.get(i)));
                put(node, steps.get(i), child);
            }
            node = child;
        }
        return node;
    }

    private static Object get(Object node, Object step) {
        if (node instanceof Map<?, ?> map) {
            return map.get(step);
        }
        List<?> list = (List<?>) node;
        return list.isEmpty() ? null : list.get((Integer) step);
    }

    @SuppressWarnings("unchecked")
    private static void put(Object node, Object step, Object value) {
        if (node instanceof Map<?, ?> map) {
            ((Map<Object, Object>) map).put(step, value);
        } else {
            List<Object> list = (List<Object>) node;
            if (list.isEmpty()) {
                list.add(value);
            } else {
                list.set((Integer) step, value);
            }
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> copy(Map<String, Object> body) {
        return (Map<String, Object>) copyOf(body);
    }

    private static Object copyOf(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, member) -> copy.put(key, copyOf(member)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(copyOf(item)));
            return copy;
        }
        return value;
    }

    private static <T> List<T> append(List<T> list, T last) {
        List<T> longer = new ArrayList<>(list);
        longer.add(last);
        return longer;
    }
}
