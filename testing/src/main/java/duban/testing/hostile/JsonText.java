package duban.testing.hostile;

import duban.embedded.identity.JsonStrings;
import java.util.List;
import java.util.Map;

/**
 * Writes the JSON values a hostile body is built from (maps, lists, strings, numbers, booleans, null), and
 * lets a variant put raw JSON text where a value belongs.
 */
final class JsonText {

    /** A value written as it is: text that is deliberately not what its schema expects, or not JSON at all. */
    record Raw(String json) {
    }

    private JsonText() {
    }

    static String write(Object value) {
        StringBuilder json = new StringBuilder();
        append(json, value);
        return json.toString();
    }

    private static void append(StringBuilder json, Object value) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof Raw raw) {
            json.append(raw.json());
        } else if (value instanceof String text) {
            string(json, text);
        } else if (value instanceof Number || value instanceof Boolean) {
            json.append(value);
        } else if (value instanceof Map<?, ?> map) {
            json.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> member : map.entrySet()) {
                if (!first) {
                    json.append(',');
                }
                first = false;
                string(json, String.valueOf(member.getKey()));
                json.append(':');
                append(json, member.getValue());
            }
            json.append('}');
        } else if (value instanceof List<?> list) {
            json.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    json.append(',');
                }
                append(json, list.get(i));
            }
            json.append(']');
        } else {
            string(json, String.valueOf(value));
        }
    }

    static void string(StringBuilder json, String text) {
        JsonStrings.append(json, text);
    }
}
