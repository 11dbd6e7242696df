package duban.tasks.attachment;

import duban.testing.identity.TestTokens;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Large uploads sent as a stream made up on the fly (a PDF header, then filler), so that the test holds no copy of
 * the file and no request logger buffers it; with or without Content-Length.
 */
public final class StreamedUpload {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private StreamedUpload() {
    }

    /** POSTs {@code size} bytes of a PDF as the unit's clerk, named {@code name}; answers status and body. */
    public static HttpResponse<String> asUnit(String unitId, long size, boolean announceLength, String name)
            throws IOException, InterruptedException {
        String token = TestTokens.issuer().unit("clerk-" + unitId + "@duban.test", unitId);
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofInputStream(() -> pdf(size));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                        + "/api/v1/attachments?name=" + name))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/pdf")
                .POST(announceLength ? HttpRequest.BodyPublishers.fromPublisher(body, size) : body).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** {@code size} bytes: {@code %PDF-1.4} and a line, then 'x'. */
    public static InputStream pdf(long size) {
        byte[] head = "%PDF-1.4\n%streamed\n".getBytes(StandardCharsets.US_ASCII);
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                if (position >= size) {
                    return -1;
                }
                long at = position++;
                return at < head.length ? head[(int) at] : 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (position >= size) {
                    return -1;
                }
                int n = (int) Math.min(len, size - position);
                for (int i = 0; i < n; i++) {
                    long at = position + i;
                    b[off + i] = at < head.length ? head[(int) at] : (byte) 'x';
                }
                position += n;
                return n;
            }
        };
    }
}
