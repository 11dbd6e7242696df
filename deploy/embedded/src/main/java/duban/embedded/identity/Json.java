package duban.embedded.identity;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The little JSON a token's claims need: strings, whole numbers and lists of strings. */
final class Json {

    private Json() {
    }

    static String object(Map<String, Object> members) {
        return members.entrySet().stream()
                .map(member -> string(member.getKey()) + ":" + value(member.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String value(Object value) {
        if (value instanceof Number number) {
            return number.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(item -> string(String.valueOf(item))).collect(Collectors.joining(",", "[", "]"));
        }
        return string(String.valueOf(value));
    }

    static String string(String text) {
        return JsonStrings.quote(text);
    }
}
