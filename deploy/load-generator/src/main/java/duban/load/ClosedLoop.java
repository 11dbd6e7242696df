package duban.load;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * A closed-loop phase: each client sends a report on a fresh pair, waits for the whole answer, and
 * sends the next at once, until the phase ends. The rate is what the service sustains at this
 * concurrency; latencies are service times seen by one client. A client never sends while its previous
 * request is open, so a stall delays the requests that would have followed instead of recording them
 * late: the coordinated omission of every closed loop, not corrected here.
 */
final class ClosedLoop {

    /** One hour in microseconds: any slower answer is recorded as one hour. */
    static final long HIGHEST_MICROS = TimeUnit.HOURS.toMicros(1);

    private final TasksApi api;
    private final PairPool pool;
    private final int clients;
    private final AtomicLong reportNumber = new AtomicLong();

    ClosedLoop(TasksApi api, PairPool pool, int clients) {
        this.api = api;
        this.pool = pool;
        this.clients = clients;
    }

    PhaseResult run(Duration duration) throws InterruptedException {
        ErrorTally errors = new ErrorTally();
        CountDownLatch go = new CountDownLatch(1);
        List<Client> running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Client client = new Client(go, errors);
            client.thread = new Thread(client, "client-" + i);
            client.thread.start();
            running.add(client);
        }
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        running.forEach(c -> c.deadline = deadline);
        go.countDown();
        Histogram all = new Histogram(HIGHEST_MICROS, 3);
        long ok = 0;
        long starved = 0;
        for (Client client : running) {
            client.thread.join();
            all.add(client.latency);
            ok += client.ok;
            starved += client.starved;
        }
        return new PhaseResult(all, ok, errors, Duration.ofNanos(System.nanoTime() - start), starved);
    }

    /** One closed-loop client with its own histogram (merged at the end, so recording never contends). */
    private final class Client implements Runnable {

        private final CountDownLatch go;
        private final ErrorTally errors;
        private final Histogram latency = new Histogram(HIGHEST_MICROS, 3);
        private volatile long deadline;
        private Thread thread;
        private long ok;
        private long starved;

        Client(CountDownLatch go, ErrorTally errors) {
            this.go = go;
            this.errors = errors;
        }

        @Override
        public void run() {
            try {
                go.await();
                while (System.nanoTime() < deadline) {
                    TaskPair pair = pool.take(100, TimeUnit.MILLISECONDS);
                    if (pair == null) {
                        starved++;
                        continue;
                    }
                    sendOne(pair);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void sendOne(TaskPair pair) throws InterruptedException {
            String text = "本期进展：负载测试第 " + reportNumber.incrementAndGet() + " 份报告，按计划推进。";
            long began = System.nanoTime();
            try {
                TasksApi.Answer answer = api.report(pair, text);
                long micros = Math.max(1, (System.nanoTime() - began) / 1000);
                if (answer.ok()) {
                    latency.recordValue(Math.min(micros, HIGHEST_MICROS));
                    ok++;
                } else {
                    errors.add("HTTP " + answer.status(), answer.body());
                }
            } catch (HttpTimeoutException e) {
                errors.add("timeout", e.getMessage());
            } catch (IOException e) {
                errors.add(e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
            }
        }
    }
}
