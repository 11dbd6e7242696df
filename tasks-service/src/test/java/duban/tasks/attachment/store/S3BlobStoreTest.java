package duban.tasks.attachment.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.tasks.attachment.FileReceiver;
import duban.tasks.attachment.store.s3.S3BlobStore;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 blob store against a real S3-compatible server (S3Mock, its own process), not a mock of the SDK. */
class S3BlobStoreTest {

    private static final String BUCKET = "duban-attachments";

    private static S3MockServer server;
    private static S3Client client;
    private static BlobStore store;

    @BeforeAll
    static void start() throws Exception {
        server = S3MockServer.start(BUCKET);
        client = S3Client.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
        store = new S3BlobStore(client, BUCKET, "attachments/");
    }

    @AfterAll
    static void stop() throws Exception {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aFileIsKeptUnderItsHashAndStreamedBackWholeOrInPart() throws Exception {
        byte[] content = new byte[3 * 1024 * 1024 + 5];
        new Random(7).nextBytes(content);
        Path file = Files.createTempFile("s3-blob-", ".bin");
        Files.write(file, content);
        String sha;
        try (InputStream in = Files.newInputStream(file)) {
            sha = FileReceiver.digest(in).sha256();
        }

        assertThat(store.size(sha)).isEmpty();
        store.put(sha, content.length, file);
        store.put(sha, content.length, file); // the same bytes again: kept once

        assertThat(store.size(sha)).hasValue(content.length);
        try (InputStream whole = store.open(sha, 0, content.length)) {
            assertThat(FileReceiver.digest(whole).sha256()).isEqualTo(sha);
        }
        try (InputStream part = store.open(sha, 1024 * 1024 - 3, 10)) {
            assertThat(part.readAllBytes()).isEqualTo(Arrays.copyOfRange(content, 1024 * 1024 - 3, 1024 * 1024 + 7));
        }
        assertThat(client.listObjectsV2(r -> r.bucket(BUCKET).prefix("attachments/")).contents())
                .extracting(o -> o.key()).contains("attachments/" + sha);
        Files.delete(file);
    }

    @Test
    void aHashNothingIsKeptUnderIsMissing() throws Exception {
        String absent = "0".repeat(64);
        assertThat(store.size(absent)).isEmpty();
        assertThatThrownBy(() -> store.open(absent, 0, 10).close()).isInstanceOf(FileNotFoundException.class);
    }
}
