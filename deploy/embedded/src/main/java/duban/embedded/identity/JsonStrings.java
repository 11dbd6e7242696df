package duban.embedded.identity;

/**
 * A JSON string literal for any text: for the claims of the tokens signed here, and public because the hostile
 * bodies of the test support write their JSON by hand with the same escaping.
 */
public final class JsonStrings {

    private JsonStrings() {
    }

    /** Appends {@code text} as a quoted JSON string: quotes, backslashes and control characters escaped. */
    public static void append(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    public static String quote(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2);
        append(json, text);
        return json.toString();
    }
}
