package duban.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A steady load of progress reports (进展报告) on a few tasks while a fault happens: a few clients, each posting a
 * report with its own Idempotency-Key and a text found nowhere else, then pausing. It keeps what every request got:
 * the texts answered 2xx (which must be in the store) and the requests whose answer never came (a crash took it),
 * which {@link #resendLost()} sends again with the same key.
 */
final class SteadyReports implements AutoCloseable {

    /** One report as sent: where, by whom, its key and body (the body's text is its mark in the store). */
    record Sent(String url, String token, String key, String body, String text) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String tasksUrl;
    private final ReportPairs pairs;
    private final ExecutorService clients;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong sent = new AtomicLong();
    private final Map<Integer, AtomicLong> byStatus = new ConcurrentHashMap<>();
    private final Queue<String> acceptedTexts = new ConcurrentLinkedQueue<>();
    private final Queue<Sent> lost = new ConcurrentLinkedQueue<>();
    private final Queue<Sent> cutOff = new ConcurrentLinkedQueue<>();
    private final Queue<Sent> refused = new ConcurrentLinkedQueue<>();
    private final Queue<String> unexpected = new ConcurrentLinkedQueue<>();
    private final AtomicLong resentReplayed = new AtomicLong();

    private SteadyReports(String tasksUrl, ReportPairs pairs, int clients) {
        this.tasksUrl = tasksUrl;
        this.pairs = pairs;
        this.clients = Executors.newFixedThreadPool(clients);
    }

    /**
     * Starts {@code clients} clients, each posting about every {@code pause} on the next unused pair ({@link
     * Duration#ZERO}: each posts again as soon as it is answered).
     */
    static SteadyReports start(String tasksUrl, ReportPairs pairs, int clients, Duration pause) {
        SteadyReports load = new SteadyReports(tasksUrl, pairs, clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            load.clients.submit(() -> load.run(client, pause));
        }
        return load;
    }

    private void run(int client, Duration pause) {
        while (running.get()) {
            long wait = pause.toMillis();
            try {
                ReportPairs.Pair pair = pairs.next().orElse(null);
                if (pair == null) {
                    // tasks-service could not make a task (it is down): try again shortly.
                    Thread.sleep(250);
                    continue;
                }
                String text = "进展-" + UUID.randomUUID();
                Sent report = new Sent(tasksUrl + "/api/v1/tasks/" + pair.taskId() + "/reports", pair.token(),
                        UUID.randomUUID().toString(),
                        "{\"unitId\":\"%s\",\"text\":\"%s\"}".formatted(pair.unitId(), text), text);
                sent.incrementAndGet();
                wait = send(report, wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Sends one report and notes what came of it; returns how long to wait before the next. */
    private long send(Sent report, long wait) throws InterruptedException {
        try {
            HttpResponse<String> answer = send(report);
            byStatus.computeIfAbsent(answer.statusCode(), s -> new AtomicLong()).incrementAndGet();
            if (answer.statusCode() / 100 == 2) {
                acceptedTexts.add(report.text());
            } else if (answer.statusCode() == 503 && answer.headers().firstValue("Retry-After").isPresent()
                    && answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                // What a service without its database answers: the client tries again later with the same key.
                refused.add(report);
            } else {
                // 503 is what a service without its database answers; anything else is a finding.
                unexpected.add(answer.statusCode() + " " + answer.body());
            }
            return wait;
        } catch (IOException e) {
            lost.add(report);
            if (!(e instanceof java.net.ConnectException)) {
                // The connection was there and broke: the service may have run the write, even committed it.
                cutOff.add(report);
            }
            // Nobody listening (the service is down): wait a little longer before the next try.
            return Math.max(wait, 250);
        }
    }

    static HttpResponse<String> send(Sent report) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(report.url()))
                        .timeout(Duration.ofSeconds(15))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + report.token())
                        .header("Idempotency-Key", report.key())
                        .POST(HttpRequest.BodyPublishers.ofString(report.body(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Stops the clients and waits for the requests in flight. */
    @Override
    public void close() {
        running.set(false);
        clients.shutdown();
        try {
            if (!clients.awaitTermination(30, TimeUnit.SECONDS)) {
                clients.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            clients.shutdownNow();
        }
    }

    /**
     * Sends every report whose answer was lost again, with the same Idempotency-Key and body, once; returns how many
     * were answered 2xx (their texts join the accepted ones) and fails on any other answer.
     */
    int resendLost() throws IOException, InterruptedException {
        return resendLostTo(tasksUrl);
    }

    /** As {@link #resendLost()}, to another instance of tasks-service (its base URL), as a load balancer would. */
    int resendLostTo(String otherTasksUrl) throws IOException, InterruptedException {
        int answered = 0;
        for (Sent report : lost) {
            HttpResponse<String> answer = send(new Sent(otherTasksUrl + report.url().substring(tasksUrl.length()),
                    report.token(), report.key(), report.body(), report.text()));
            if (answer.statusCode() / 100 != 2) {
                throw new AssertionError("a lost report sent again got " + answer.statusCode() + " " + answer.body());
            }
            if (answer.headers().firstValue("Idempotent-Replayed").isPresent()) {
                resentReplayed.incrementAndGet();
            }
            acceptedTexts.add(report.text());
            answered++;
        }
        return answered;
    }

    /** How many lost reports sent again were answered from their key's kept answer: stored before their answer was. */
    long resentReplayed() {
        return resentReplayed.get();
    }

    /**
     * Sends every report refused with 503 again, with its key, as a client does after Retry-After; returns how many
     * were answered 2xx (their texts join the accepted ones) and fails on any other answer.
     */
    int resendRefused() throws IOException, InterruptedException {
        int answered = 0;
        for (Sent report : refused) {
            HttpResponse<String> answer = send(report);
            if (answer.statusCode() / 100 != 2) {
                throw new AssertionError("a refused report sent again got " + answer.statusCode() + " " + answer.body());
            }
            acceptedTexts.add(report.text());
            answered++;
        }
        return answered;
    }

    List<Sent> refused() {
        return List.copyOf(refused);
    }

    long sent() {
        return sent.get();
    }

    long accepted() {
        return byStatus.entrySet().stream().filter(e -> e.getKey() / 100 == 2).mapToLong(e -> e.getValue().get()).sum();
    }

    long answered(int status) {
        AtomicLong count = byStatus.get(status);
        return count == null ? 0 : count.get();
    }

    List<String> acceptedTexts() {
        return List.copyOf(acceptedTexts);
    }

    List<Sent> lost() {
        return List.copyOf(lost);
    }

    /**
     * The lost reports whose request was under way when its connection broke (the others found nobody listening):
     * the service may have stored them or not.
     */
    List<Sent> cutOff() {
        return List.copyOf(cutOff);
    }

    List<String> unexpected() {
        return List.copyOf(unexpected);
    }

    List<String> taskIds() {
        return pairs.taskIds();
    }

    @Override
    public String toString() {
        return "sent " + sent() + ", answers " + byStatus + ", lost " + lost.size();
    }
}
