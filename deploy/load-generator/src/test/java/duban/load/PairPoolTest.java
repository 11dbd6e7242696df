package duban.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PairPoolTest {

    @Test
    void handsOutEveryPairOnceAlongDiagonals() throws Exception {
        PairPool pool = new PairPool();
        pool.addInterleaved(List.of("t1", "t2", "t3"), List.of("u1", "u2"));
        List<TaskPair> taken = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            taken.add(pool.take(0, TimeUnit.MILLISECONDS));
        }
        assertThat(taken).containsExactly(new TaskPair("t1", "u1"), new TaskPair("t2", "u2"), new TaskPair("t3", "u1"),
                new TaskPair("t1", "u2"), new TaskPair("t2", "u1"), new TaskPair("t3", "u2"));
        assertThat(pool.added()).isEqualTo(6);
    }

    @Test
    void consecutivePairsGoToDifferentTasksAndComeFromDifferentUnits() throws Exception {
        PairPool pool = new PairPool();
        List<String> tasks = IntStream.range(0, 120).mapToObj(i -> "task-" + i).toList();
        List<String> units = IntStream.range(0, 50).mapToObj(i -> "unit-" + i).toList();
        pool.addInterleaved(tasks, units);
        List<TaskPair> taken = new ArrayList<>();
        for (TaskPair pair; (pair = pool.take(0, TimeUnit.MILLISECONDS)) != null; ) {
            taken.add(pair);
        }
        assertThat(taken).hasSize(6_000).doesNotHaveDuplicates();
        // Any 32 clients taking consecutive pairs (the default run) write to 32 tasks with 32 units' tokens.
        for (int first = 0; first + 32 <= taken.size(); first++) {
            if (first / tasks.size() != (first + 31) / tasks.size()) {
                continue; // a window across two shifts may meet a unit twice
            }
            List<TaskPair> window = taken.subList(first, first + 32);
            assertThat(window.stream().map(TaskPair::taskId).distinct().count()).isEqualTo(32);
            assertThat(window.stream().map(TaskPair::unitId).distinct().count()).isEqualTo(32);
        }
    }

    @Test
    void answersNullOnceEmpty() throws Exception {
        PairPool pool = new PairPool();
        pool.addInterleaved(List.of("t1"), List.of("u1"));
        assertThat(pool.take(0, TimeUnit.MILLISECONDS)).isNotNull();
        assertThat(pool.take(10, TimeUnit.MILLISECONDS)).isNull();
        assertThat(pool.remaining()).isZero();
    }

    @Test
    void neverHandsOutAPairTwiceToConcurrentClientsWhileBatchesArrive() throws Exception {
        PairPool pool = new PairPool();
        List<String> units = java.util.stream.IntStream.rangeClosed(1, 50).mapToObj(i -> "unit-" + i).toList();
        Set<TaskPair> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger taken = new AtomicInteger();
        AtomicBoolean allAdded = new AtomicBoolean();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 32; c++) {
            Thread client = new Thread(() -> {
                try {
                    while (true) {
                        boolean finished = allAdded.get(); // read before the take: then null means drained
                        TaskPair pair = pool.take(10, TimeUnit.MILLISECONDS);
                        if (pair == null) {
                            if (finished) {
                                return;
                            }
                            continue;
                        }
                        taken.incrementAndGet();
                        if (!seen.add(pair)) {
                            duplicates.incrementAndGet();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            client.start();
            clients.add(client);
        }
        for (int batch = 0; batch < 20; batch++) {
            int first = batch * 10;
            pool.addInterleaved(IntStream.range(first, first + 10).mapToObj(i -> "task-" + i).toList(), units);
        }
        allAdded.set(true);
        for (Thread client : clients) {
            client.join();
        }
        assertThat(duplicates).hasValue(0);
        assertThat(taken).hasValue(200 * 50);
        assertThat(seen).hasSize(200 * 50);
    }

    @Test
    void sizesTasksToCoverThePairsAsked() {
        assertThat(PairSupply.tasksFor(210_032, 50)).isEqualTo(4201);
        assertThat(PairSupply.tasksFor(100, 50)).isEqualTo(2);
    }
}
