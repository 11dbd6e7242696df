package duban.tasks.attachment.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Adobe's S3Mock, a real S3-compatible HTTP server, run as a process of its own (it is a Spring Boot application,
 * whose class path the {@code s3-mock} module resolved), on free ports with a temporary root folder.
 */
public final class S3MockServer implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path root;

    private S3MockServer(Process process, int port, Path root) {
        this.process = process;
        this.port = port;
        this.root = root;
    }

    /** Starts it with the bucket created, and waits until it answers (at most a minute). */
    public static S3MockServer start(String bucket) throws IOException, InterruptedException {
        String classpath;
        try (InputStream in = S3MockServer.class.getResourceAsStream("/duban/s3mock/classpath.txt")) {
            if (in == null) {
                throw new IllegalStateException("the s3-mock module's class path is not on the test class path");
            }
            classpath = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
        int http = freePort();
        int https = freePort();
        Path root = Files.createTempDirectory("duban-s3mock-");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(java, "-Xmx256m", "-cp", classpath,
                "com.adobe.testing.s3mock.S3MockApplication",
                "--com.adobe.testing.s3mock.httpPort=" + http, "--server.port=" + https,
                "--com.adobe.testing.s3mock.store.root=" + root,
                "--com.adobe.testing.s3mock.store.initialBuckets=" + bucket,
                "--spring.main.banner-mode=off", "--logging.level.root=WARN"))
                .redirectErrorStream(true).redirectOutput(root.resolveSibling(root.getFileName() + ".log").toFile())
                .start();
        S3MockServer server = new S3MockServer(process, http, root);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (!server.answers(bucket)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                server.close();
                throw new IllegalStateException("S3Mock did not start; see " + root + ".log");
            }
            Thread.sleep(250);
        }
        return server;
    }

    public URI endpoint() {
        return URI.create("http://localhost:" + port);
    }

    private boolean answers(String bucket) {
        try {
            HttpURLConnection connection = (HttpURLConnection) endpoint().resolve("/" + bucket).toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        try (var files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind
        }
    }
}
