package duban.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * How soon a report accepted by tasks-service shows on its unit's dashboard, at a fixed rate of reports (an open
 * loop: a report is sent on its schedule whether or not earlier ones were answered). Each unit is on
 * {@code tasksPerUnit} tasks of a fresh plan and owes each a report for the open period; its dashboard counts the
 * periods it has not filed yet, so its k-th accepted report is visible once that count has gone down by k. Every
 * {@code sampleEvery}-th report is watched: its unit's dashboard is read every {@code pollMillis} until it shows it.
 */
final class Freshness {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TasksApi tasks;
    private final String reporting;
    private final LoadIdentity identity;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Freshness(TasksApi tasks, String reporting, LoadIdentity identity) {
        this.tasks = tasks;
        this.reporting = reporting;
        this.identity = identity;
    }

    void run(int units, int leadsPerTask, int rate, Duration warmup, Duration duration, int sampleEvery,
             int pollMillis) throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36);
        long reports = rate * (warmup.toSeconds() + duration.toSeconds());
        int tasksNeeded = (int) ((reports + leadsPerTask - 1) / leadsPerTask);
        List<String> unitIds = PairSupply.registerUnits(tasks, run, units);
        String planId = "freshness-" + run;
        List<TaskPair> pairs = createTasks(planId, unitIds, tasksNeeded, leadsPerTask);
        int tasksPerUnit = pairs.size() / units;
        System.out.printf(Locale.ROOT, "%,d tasks × %d lead units of %d units (%d tasks each) created%n", tasksNeeded,
                leadsPerTask, units, tasksPerUnit);
        waitUntilShown(unitIds.get(units - 1), planId, tasksPerUnit);

        AtomicInteger next = new AtomicInteger();
        ConcurrentHashMap<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
        Recorder visible = new Recorder(TimeUnit.MINUTES.toMicros(1), 3);
        AtomicLong errors = new AtomicLong();
        AtomicLong late = new AtomicLong();
        ExecutorService senders = Executors.newFixedThreadPool(64);
        ExecutorService watchers = Executors.newFixedThreadPool(32);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        long startNanos = System.nanoTime();
        long measureFrom = startNanos + warmup.toNanos();
        long endNanos = measureFrom + duration.toNanos();
        AtomicLong sentInMeasure = new AtomicLong();
        clock.scheduleAtFixedRate(() -> {
            int n = next.getAndIncrement();
            if (n >= pairs.size() || System.nanoTime() >= endNanos) {
                return;
            }
            TaskPair pair = pairs.get(n);
            senders.execute(() -> {
                try {
                    TasksApi.Answer answer = tasks.report(pair, "新鲜度测试进展 " + n);
                    long acceptedAt = System.nanoTime();
                    if (!answer.ok()) {
                        errors.incrementAndGet();
                        return;
                    }
                    int k = accepted.computeIfAbsent(pair.unitId(), unit -> new AtomicInteger()).incrementAndGet();
                    boolean measured = acceptedAt >= measureFrom;
                    if (measured) {
                        sentInMeasure.incrementAndGet();
                    }
                    if (measured && n % sampleEvery == 0) {
                        watchers.execute(() -> watch(pair.unitId(), planId, tasksPerUnit - k, acceptedAt,
                                pollMillis, visible, late));
                    }
                } catch (IOException | InterruptedException e) {
                    errors.incrementAndGet();
                }
            });
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        long wait = endNanos - System.nanoTime();
        TimeUnit.NANOSECONDS.sleep(Math.max(0, wait));
        clock.shutdown();
        senders.shutdown();
        senders.awaitTermination(1, TimeUnit.MINUTES);
        watchers.shutdown();
        watchers.awaitTermination(1, TimeUnit.MINUTES);
        Histogram histogram = visible.getIntervalHistogram();
        LatencySummary summary = LatencySummary.of(histogram);
        System.out.printf(Locale.ROOT, "%,d reports accepted in the measured %d s (%.0f/s, target rate %d/s), %d "
                        + "errors; %,d watched: accepted → on the dashboard %s (target p99 ≤ 250 ms)%s%n",
                sentInMeasure.get(), duration.toSeconds(), sentInMeasure.get() / (double) duration.toSeconds(), rate,
                errors.get(), histogram.getTotalCount(), summary.format(),
                late.get() == 0 ? "" : "; " + late.get() + " not seen within a minute");
    }

    private List<TaskPair> createTasks(String planId, List<String> unitIds, int count, int leadsPerTask)
            throws Exception {
        List<TaskPair> pairs = new ArrayList<>();
        List<List<String>> leads = new ArrayList<>();
        for (int task = 0; task < count; task++) {
            List<String> lead = new ArrayList<>();
            for (int i = 0; i < leadsPerTask; i++) {
                lead.add(unitIds.get((task * leadsPerTask + i) % unitIds.size()));
            }
            leads.add(lead);
        }
        String[] ids = new String[count];
        ExecutorService creators = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int task = 0; task < count; task++) {
            int t = task;
            done.add(creators.submit(() -> {
                ids[t] = tasks.createTask(planId, "一.(一)." + (t + 1), "新鲜度测试任务 " + (t + 1), leads.get(t));
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        creators.shutdown();
        // Interleaved unit by unit, so that consecutive reports go to different units and tasks.
        for (int i = 0; i < leadsPerTask; i++) {
            for (int task = 0; task < count; task++) {
                pairs.add(new TaskPair(ids[task], leads.get(task).get(i)));
            }
        }
        return pairs;
    }

    private void waitUntilShown(String unitId, String planId, int tasksPerUnit) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            Integer unfiled = unfiled(unitId, planId);
            if (unfiled != null && unfiled >= tasksPerUnit) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the plan never showed on the dashboards");
    }

    private void watch(String unitId, String planId, int unfiledWhenVisible, long acceptedAt, int pollMillis,
                       Recorder visible, AtomicLong late) {
        long giveUp = acceptedAt + TimeUnit.MINUTES.toNanos(1);
        try {
            while (System.nanoTime() < giveUp) {
                Integer unfiled = unfiled(unitId, planId);
                if (unfiled != null && unfiled <= unfiledWhenVisible) {
                    visible.recordValue(Math.max(1, (System.nanoTime() - acceptedAt) / 1000));
                    return;
                }
                Thread.sleep(pollMillis);
            }
            late.incrementAndGet();
        } catch (IOException | InterruptedException e) {
            late.incrementAndGet();
        }
    }

    /** The open periods the unit has not filed for on the plan's tasks, as its dashboard counts them. */
    private Integer unfiled(String unitId, String planId) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(reporting + "/api/v1/units/"
                        + unitId + "/dashboard?size=1&planId=" + planId))
                .header("Authorization", "Bearer " + identity.clerkOf(unitId)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            return null;
        }
        return JSON.readTree(answer.body()).path("counts").path("unfiledOpenPeriods").asInt();
    }
}
