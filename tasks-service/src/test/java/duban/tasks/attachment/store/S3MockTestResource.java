package duban.tasks.attachment.store;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** S3Mock for a Quarkus test, with the service configured to keep attachments there. */
public class S3MockTestResource implements QuarkusTestResourceLifecycleManager {

    static final String BUCKET = "duban-attachments-it";

    private S3MockServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = S3MockServer.start(BUCKET);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start S3Mock", e);
        }
        return Map.of("duban.attachments.store", "s3",
                "duban.attachments.s3.endpoint", server.endpoint().toString(),
                "duban.attachments.s3.region", "us-east-1",
                "duban.attachments.s3.bucket", BUCKET,
                "duban.attachments.s3.access-key-id", "test",
                "duban.attachments.s3.secret-access-key", "test",
                "duban.attachments.s3.path-style", "true");
    }

    @Override
    public void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
