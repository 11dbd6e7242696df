package duban.testing.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hostile bodies of one operation that takes JSON, each spoiling a well-formed base body in one way:
 * broken syntax, a wrong root, a wrong type / missing / null / negative / invalid date in one field, an
 * injection string in one text field, an unknown field, nesting, size and encoding attacks.
 */
final class BodyVariants {

    /** A body that spoils the base in one way. */
    record Body(String kind, String contentType, byte[] bytes, Expectation expectation) {
    }

    static final String JSON = "application/json";
    private static final int NESTING = 5_000;
    private static final int TEN_MEGABYTES = 10 * 1024 * 1024;
    private static final byte[] INVALID_UTF8 = {(byte) 0xFF, (byte) 0xFE, (byte) 0xC3, 0x28, (byte) 0xC0, (byte) 0xAF,
            (byte) 0xED, (byte) 0xA0, (byte) 0x80};

    private final Map<String, Object> schema;
    private final Map<String, Object> base;
    private final List<Body> bodies = new ArrayList<>();

    private BodyVariants(Map<String, Object> schema, Map<String, Object> base) {
        this.schema = schema;
        this.base = base;
    }

    static List<Body> of(Map<String, Object> schema, Map<String, Object> base) {
        BodyVariants variants = new BodyVariants(schema, base);
        variants.brokenSyntax();
        variants.wrongRoot();
        variants.fields();
        variants.extraField();
        variants.nesting();
        variants.sizeAndEncoding();
        return variants.bodies;
    }

    private void brokenSyntax() {
        String json = JsonText.write(base);
        refused("syntax.empty", "");
        refused("syntax.open-brace", "{");
        refused("syntax.close-brace", "}");
        refused("syntax.truncated", json.substring(0, json.length() / 2));
        refused("syntax.unterminated-string", "{\"" + firstFieldName() + "\":\"never closed");
        refused("syntax.trailing-comma", json.substring(0, json.length() - 1) + ",}");
        refused("syntax.single-quotes", json.replace('"', '\''));
        refused("syntax.unquoted-keys", "{" + firstFieldName() + ":1}");
        refused("syntax.comment", "/* 注释 */" + json);
        refused("syntax.nan", "{\"" + firstFieldName() + "\":NaN}");
        refused("syntax.not-json", "title=督办&text=<b>x</b>");
        refused("syntax.two-documents", json + json);
    }

    private void wrongRoot() {
        refused("root.array", "[" + JsonText.write(base) + "]");
        refused("root.string", "\"督办\"");
        refused("root.number", "42");
        refused("root.boolean", "true");
        refused("root.null", "null");
        if (!ApiDocument.list(schema.get("required")).isEmpty()) {
            refused("root.empty-object", "{}");
        }
    }

    private void fields() {
        for (BodyField field : BodyField.of(schema)) {
            String name = field.name();
            add("type:" + name, field.with(base, wrongType(field)), Expectation.REFUSED);
            if (field.required()) {
                add("missing:" + name, field.without(base), field.steps().size() == 1 ? Expectation.REFUSED : Expectation.HANDLED);
                add("null:" + name, field.with(base, null), Expectation.REFUSED);
            }
            switch (field.type()) {
                case "integer", "number" -> numbers(field);
                case "string" -> strings(field);
                default -> { }
            }
        }
    }

    private void numbers(BodyField field) {
        boolean nonNegative = field.schema().get("minimum") instanceof Number minimum && minimum.doubleValue() >= 0;
        Expectation negative = nonNegative ? Expectation.REFUSED : Expectation.HANDLED;
        add("negative:" + field.name(), field.with(base, -1), negative);
        add("negative-huge:" + field.name(), field.with(base, new JsonText.Raw("-9223372036854775809")), negative);
        add("overflow:" + field.name(), field.with(base, new JsonText.Raw("1e400")), Expectation.HANDLED);
        add("fraction:" + field.name(), field.with(base, new JsonText.Raw("0.000000000000000000001")), Expectation.HANDLED);
    }

    private void strings(BodyField field) {
        String format = field.format();
        if (format.equals("date") || format.equals("date-time")) {
            for (String invalid : List.of("2017-02-30", "2017-13-01", "20171120", "not-a-date", "2017-11-20T25:61:00+08:00",
                    "+999999999-12-31", "2017-11-20\u0000")) {
                add("date:" + field.name() + "=" + printable(invalid), field.with(base, invalid), Expectation.REFUSED);
            }
            return;
        }
        HostileStrings.text().forEach((attack, text) ->
                add("text." + attack + ":" + field.name(), field.with(base, text), Expectation.HANDLED));
        bodies.add(new Body("invalid-utf8:" + field.name(), JSON, withRawString(field, INVALID_UTF8), Expectation.REFUSED));
    }

    private void extraField() {
        Map<String, Object> extra = new LinkedHashMap<>(base);
        extra.put("__proto__", Map.of("admin", true));
        extra.put("actor", "supervisor@duban.test");
        add("extra-fields", extra, Expectation.HANDLED);
    }

    private void nesting() {
        String arrays = "[".repeat(NESTING) + "]".repeat(NESTING);
        refused("nesting.root-arrays", arrays);
        refused("nesting.root-objects", "{\"a\":".repeat(NESTING) + "1" + "}".repeat(NESTING));
        Map<String, Object> inField = new LinkedHashMap<>(base);
        inField.put(firstFieldName(), new JsonText.Raw(arrays));
        add("nesting.in-field", inField, Expectation.REFUSED);
    }

    private void sizeAndEncoding() {
        Map<String, Object> huge = new LinkedHashMap<>(base);
        huge.put(firstFieldName(), "督".repeat(TEN_MEGABYTES / 3 + 1));
        add("size.10MB", huge, Expectation.TOO_LARGE);
        bodies.add(new Body("size.10MB-whitespace", JSON, padded(JsonText.write(base), TEN_MEGABYTES), Expectation.TOO_LARGE));
        bodies.add(new Body("encoding.utf16", JSON, JsonText.write(base).getBytes(StandardCharsets.UTF_16LE), Expectation.HANDLED));
        bodies.add(new Body("encoding.bom", JSON, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                JsonText.write(base).getBytes(StandardCharsets.UTF_8)), Expectation.HANDLED));
        bodies.add(new Body("content-type.text", "text/plain", JsonText.write(base).getBytes(StandardCharsets.UTF_8), Expectation.REFUSED));
        bodies.add(new Body("content-type.xml", "application/xml", "<task><title>督办</title></task>".getBytes(StandardCharsets.UTF_8),
                Expectation.REFUSED));
        bodies.add(new Body("content-type.form", "application/x-www-form-urlencoded", "title=%E7%9D%A3".getBytes(StandardCharsets.UTF_8),
                Expectation.REFUSED));
        bodies.add(new Body("content-type.none", null, JsonText.write(base).getBytes(StandardCharsets.UTF_8), Expectation.HANDLED));
    }

    /** A field whose value is a JSON string made of bytes that are not UTF-8. */
    private byte[] withRawString(BodyField field, byte[] bytes) {
        String marker = "\u0007HOSTILE\u0007";
        String json = JsonText.write(field.with(base, marker));
        String escapedMarker = JsonText.write(marker);
        int at = json.indexOf(escapedMarker);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(json.substring(0, at + 1).getBytes(StandardCharsets.UTF_8));
        out.writeBytes("督办".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(json.substring(at + escapedMarker.length() - 1).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Something no field accepts: an object where a scalar belongs, a scalar where a container belongs. */
    private static Object wrongType(BodyField field) {
        return switch (field.type()) {
            case "array" -> "不是数组";
            case "object" -> List.of(1, 2);
            case "boolean" -> Map.of("yes", 1);
            default -> Map.of("hostile", List.of(true));
        };
    }

    private String firstFieldName() {
        return ApiDocument.map(schema.get("properties")).keySet().stream().findFirst().orElse("a");
    }

    private void refused(String kind, String text) {
        bodies.add(new Body(kind, JSON, text.getBytes(StandardCharsets.UTF_8), Expectation.REFUSED));
    }

    private void add(String kind, Map<String, Object> body, Expectation expectation) {
        bodies.add(new Body(kind, JSON, JsonText.write(body).getBytes(StandardCharsets.UTF_8), expectation));
    }

    private static byte[] padded(String json, int size) {
        byte[] bytes = new byte[size];
        java.util.Arrays.fill(bytes, (byte) ' ');
        byte[] text = json.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(text, 0, bytes, size - text.length, text.length);
        return bytes;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static String printable(String text) {
        return text.replace("\u0000", "\\0");
    }
}
