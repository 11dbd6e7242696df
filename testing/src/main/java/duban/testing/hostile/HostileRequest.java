package duban.testing.hostile;

import java.util.Map;

/**
 * One hostile request against one operation.
 *
 * @param kind        what is wrong with it, e.g. {@code body.missing:title}
 * @param path        the path with its parameters filled in, already percent-encoded
 * @param query       query parameters, already percent-encoded
 * @param headers     extra headers, sent as they are
 * @param contentType the Content-Type sent, or null when there is no body
 */
public record HostileRequest(ApiOperation operation, String kind, String path, Map<String, String> query,
                             Map<String, String> headers, String contentType, byte[] body, Expectation expectation) {

    HostileRequest(ApiOperation operation, String kind, String path, Map<String, String> query, String contentType,
                   byte[] body, Expectation expectation) {
        this(operation, kind, path, query, Map.of(), contentType, body, expectation);
    }

    public String describe() {
        return operation.key() + " [" + kind + "]";
    }
}
