package duban.tasks.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import duban.tasks.task.api.TaskFixture;
import duban.testing.identity.TestTokens;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Upload and download of a 20 MiB file against reading it with {@code cat} to /dev/null, the heap the transfer
 * takes beyond what was in use before, and a hundred uploads of 1 MiB at once (sampled every 2 ms; client and server share this JVM, and the client
 * streams too). Runs only with {@code -Dduban.benchmark=true}; prints its figures.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
@EnabledIfSystemProperty(named = "duban.benchmark", matches = "true")
class AttachmentBenchmark {

    private static final long SIZE = 20L * 1024 * 1024;
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    @Test
    void twentyMebibytesUpAndDown() throws Exception {
        TaskFixture.registerUnits();
        String unit = TaskFixture.unit(TaskFixture.LEAD);
        String token = TestTokens.issuer().unit("clerk-" + unit + "@duban.test", unit);
        HttpClient http = HttpClient.newHttpClient();
        Path file = Files.createTempFile("bench-", ".pdf");
        try (InputStream in = StreamedUpload.pdf(SIZE); OutputStream out = Files.newOutputStream(file)) {
            in.transferTo(out);
        }
        long catMillis = cat(file);
        for (int round = 0; round < 4; round++) {
            // a new file each round (the first rounds warm the JIT); the same bytes would be stored only once
            Files.write(file, ("%PDF-1.4\n%" + round + System.nanoTime()).getBytes(), java.nio.file.StandardOpenOption.WRITE);
            Sampler sampler = new Sampler();
            long start = System.nanoTime();
            HttpResponse<String> up = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/attachments?name=b.pdf"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/pdf")
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
            long upMillis = (System.nanoTime() - start) / 1_000_000;
            long upPeak = sampler.stop();
            assertThat(up.statusCode()).isEqualTo(201);
            String sha = up.body().replaceAll(".*\"sha256\":\"([0-9a-f]{64})\".*", "$1");

            sampler = new Sampler();
            start = System.nanoTime();
            HttpResponse<InputStream> down = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/attachments/" + sha))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            long read;
            try (InputStream body = down.body()) {
                read = body.transferTo(OutputStream.nullOutputStream());
            }
            long downMillis = (System.nanoTime() - start) / 1_000_000;
            long downPeak = sampler.stop();
            assertThat(read).isEqualTo(SIZE);
            System.out.printf("attachment benchmark round %d: 20 MiB upload %d ms (heap +%d MiB peak), download %d ms "
                    + "(heap +%d MiB peak); cat to /dev/null %d ms%n", round, upMillis, upPeak >> 20, downMillis,
                    downPeak >> 20, catMillis);
        }
        Files.delete(file);
    }

    /**
     * What one request holds: a 20 MiB upload paused after 15 MiB, and a download read 1 MiB then paused; during
     * each pause the heap is collected and measured against the heap before the request. A server buffering the
     * body would hold the 15 MiB (or the unread 19 MiB) here.
     */
    @Test
    void heapHeldByOneRequestInFlight() throws Exception {
        TaskFixture.registerUnits();
        String unit = TaskFixture.unit(TaskFixture.LEAD);
        String token = TestTokens.issuer().unit("clerk-" + unit + "@duban.test", unit);
        HttpClient http = HttpClient.newHttpClient();
        for (int round = 0; round < 3; round++) {
            long baseline = collectedHeap();
            java.util.concurrent.CountDownLatch paused = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch resume = new java.util.concurrent.CountDownLatch(1);
            long pauseAt = 15L * 1024 * 1024;
            String tag = "%PDF-1.4\n%held" + round + System.nanoTime() + "\n";
            InputStream body = new InputStream() {
                private long position;

                @Override
                public int read() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    if (position >= SIZE) {
                        return -1;
                    }
                    if (position == pauseAt) {
                        paused.countDown();
                        try {
                            resume.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    int n = (int) Math.min(Math.min(len, SIZE - position), position < pauseAt ? pauseAt - position : len);
                    for (int i = 0; i < n; i++) {
                        long at = position + i;
                        b[off + i] = at < tag.length() ? (byte) tag.charAt((int) at) : (byte) 'x';
                    }
                    position += n;
                    return n;
                }
            };
            var upload = http.sendAsync(HttpRequest.newBuilder(URI.create(base() + "/api/v1/attachments?name=h.pdf"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/pdf")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(), HttpResponse.BodyHandlers.ofString());
            paused.await();
            Thread.sleep(500); // let the server take in what was sent
            long heldUp = collectedHeap() - baseline;
            resume.countDown();
            HttpResponse<String> up = upload.get();
            assertThat(up.statusCode()).isEqualTo(201);
            String sha = up.body().replaceAll(".*\"sha256\":\"([0-9a-f]{64})\".*", "$1");

            baseline = collectedHeap();
            // a plain socket, so that no client buffer in this JVM counts: what the heap holds is the server's
            long heldDown;
            try (java.net.Socket socket = new java.net.Socket("localhost", RestAssured.port)) {
                socket.setReceiveBufferSize(64 * 1024);
                socket.getOutputStream().write(("GET /api/v1/attachments/" + sha + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: Bearer " + token + "\r\nConnection: close\r\n\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                InputStream in = socket.getInputStream();
                in.readNBytes(1024 * 1024);
                Thread.sleep(500); // let the server write what it would
                heldDown = collectedHeap() - baseline;
                in.transferTo(OutputStream.nullOutputStream());
            }
            System.out.printf("attachment heap held in flight round %d: upload paused at 15 MiB +%d KiB, download "
                    + "paused after 1 MiB +%d KiB%n", round, heldUp >> 10, heldDown >> 10);
        }
    }

    /**
     * A hundred uploads of 1 MiB at once (target: the heap stays within its idle size plus 100 MiB). Against the heap
     * collected at idle: the peak of the used heap while they run, garbage included, the committed heap at its
     * largest, and the heap collected once they are done.
     */
    @Test
    void aHundredConcurrentOneMebibyteUploads() throws Exception {
        TaskFixture.registerUnits();
        String unit = TaskFixture.unit(TaskFixture.LEAD);
        String token = TestTokens.issuer().unit("clerk-" + unit + "@duban.test", unit);
        HttpClient http = HttpClient.newHttpClient();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Path file = Files.createTempFile("bench-" + i + "-", ".pdf");
            try (InputStream in = StreamedUpload.pdf(1024 * 1024); OutputStream out = Files.newOutputStream(file)) {
                in.transferTo(out);
            }
            files.add(file);
        }
        for (int round = 0; round < 3; round++) {
            for (Path file : files) {
                // new bytes every round: the same bytes would be stored only once
                Files.write(file, ("%PDF-1.4\n%" + round + "-" + file.getFileName() + System.nanoTime()).getBytes(),
                        java.nio.file.StandardOpenOption.WRITE);
            }
            long idle = collectedHeap();
            long idleCommitted = MEMORY.getHeapMemoryUsage().getCommitted();
            AtomicLong committed = new AtomicLong(idleCommitted);
            Sampler sampler = new Sampler(() -> committed.accumulateAndGet(
                    MEMORY.getHeapMemoryUsage().getCommitted(), Math::max));
            long start = System.nanoTime();
            List<CompletableFuture<HttpResponse<String>>> uploads = files.stream().map(file -> {
                try {
                    return http.sendAsync(HttpRequest.newBuilder(URI.create(base() + "/api/v1/attachments?name=c.pdf"))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/pdf")
                            .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
                } catch (java.io.FileNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            // What the uploads hold while they run: the heap collected in the middle of the burst.
            Thread.sleep(1_500);
            long done = uploads.stream().filter(CompletableFuture::isDone).count();
            long inFlight = collectedHeap() - idle;
            for (CompletableFuture<HttpResponse<String>> upload : uploads) {
                assertThat(upload.join().statusCode()).isEqualTo(201);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            long peak = sampler.stop();
            long after = collectedHeap() - idle;
            System.out.printf("attachment benchmark round %d: 100 concurrent 1 MiB uploads in %d ms; idle heap %d MiB "
                    + "(committed %d MiB); used heap peak +%d MiB (garbage included), committed peak +%d MiB, collected "
                    + "in flight +%d MiB (%d of 100 done), collected after +%d MiB%n", round, millis, idle >> 20,
                    idleCommitted >> 20, peak >> 20, (committed.get() - idleCommitted) >> 20, inFlight >> 20, done,
                    after >> 20);
        }
        for (Path file : files) {
            Files.delete(file);
        }
    }

    private static long collectedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    private static String base() {
        return "http://localhost:" + RestAssured.port;
    }

    private static long cat(Path file) throws Exception {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            Process cat = new ProcessBuilder("cat", file.toString()).redirectOutput(new java.io.File("/dev/null")).start();
            cat.waitFor();
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        return best;
    }

    /** The highest heap in use while it runs, above the heap in use (after a GC) when it started. */
    private static final class Sampler {
        private final long baseline;
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        Sampler() {
            this(() -> { });
        }

        Sampler(Runnable alsoProbe) {
            System.gc();
            baseline = MEMORY.getHeapMemoryUsage().getUsed();
            thread = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                    alsoProbe.run();
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return Math.max(0, peak.get() - baseline);
        }
    }
}
