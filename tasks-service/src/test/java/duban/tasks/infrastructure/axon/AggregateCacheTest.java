package duban.tasks.infrastructure.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The cache's own rules; how it behaves under Axon and JTA is in {@link AggregateCacheTransactionsTest}. */
class AggregateCacheTest {

    private final AtomicBoolean owned = new AtomicBoolean(true);
    private final List<Consumer<Boolean>> completions = new ArrayList<>();
    /** A transaction scope the test decides: owned or not as {@code owned} says, its completions held back. */
    private final AggregateCache.TransactionScope scope = new AggregateCache.TransactionScope() {
        @Override
        public boolean ownedByUnitOfWork() {
            return owned.get();
        }

        @Override
        public void afterCompletion(Consumer<Boolean> action) {
            completions.add(action);
        }
    };
    private final AggregateCache cache = new AggregateCache(2, scope);

    @Test
    void anAggregateSavedInATransactionItsUnitOfWorkOwnsIsKept() {
        cache.put("task-1", "state");
        assertThat(cache.<String, String>get("task-1")).isEqualTo("state");
        assertThat(completions).isEmpty();
    }

    @Test
    void anAggregateSavedInAJoinedTransactionIsDroppedNowAndCachedOnceThatTransactionCommitted() {
        cache.put("task-1", "committed state");
        owned.set(false);

        cache.put("task-1", "state that may still roll back");
        assertThat(cache.containsKey("task-1")).isFalse();

        completions.forEach(completion -> completion.accept(true));
        assertThat(cache.<String, String>get("task-1")).isEqualTo("state that may still roll back");
    }

    @Test
    void anAggregateSavedInAJoinedTransactionThatRollsBackIsNeverCachedAndDropsWhatWasReadMeanwhile() {
        owned.set(false);
        cache.put("task-1", "state rolled back");

        // a command of another transaction reads the store and caches what it finds, before the joined one ends
        owned.set(true);
        cache.put("task-1", "read meanwhile");
        completions.forEach(completion -> completion.accept(false));
        assertThat(cache.containsKey("task-1")).isFalse();
    }

    @Test
    void aCommittedJoinedTransactionDoesNotReplaceWhatAnotherCommandCachedMeanwhile() {
        owned.set(false);
        cache.put("task-1", "version 1");
        owned.set(true);
        cache.put("task-1", "version 2, read after the commit");

        completions.forEach(completion -> completion.accept(true));
        assertThat(cache.<String, String>get("task-1")).isEqualTo("version 2, read after the commit");
    }

    @Test
    void ofTwoCommandsInOneJoinedTransactionTheLaterIsCachedWhenItCommits() {
        owned.set(false);
        cache.put("task-1", "after the first command");
        cache.put("task-1", "after the second command");

        completions.forEach(completion -> completion.accept(true));
        assertThat(cache.<String, String>get("task-1")).isEqualTo("after the second command");
    }

    @Test
    void aCommitThatCompletesAfterALaterOneAndARollbackBetweenBringsBackNoOlderState() {
        owned.set(false);
        cache.put("task-1", "version 1");
        Consumer<Boolean> firstCommit = completions.remove(0);
        cache.put("task-1", "version 2, rolled back");
        completions.remove(0).accept(false);

        firstCommit.accept(true);
        assertThat(cache.containsKey("task-1")).isFalse();
        assertThat(cache.size()).isZero();
    }

    @Test
    void putIfAbsentInAJoinedTransactionCachesNothingBeforeTheCommit() {
        owned.set(false);
        assertThat(cache.putIfAbsent("task-1", "state")).isFalse();
        assertThat(cache.containsKey("task-1")).isFalse();
    }

    @Test
    void theLeastRecentlyUsedAggregateLeavesFirst() {
        cache.put("a", 1);
        cache.put("b", 2);
        cache.get("a");
        cache.put("c", 3);
        assertThat(cache.containsKey("a")).isTrue();
        assertThat(cache.containsKey("b")).isFalse();
        assertThat(cache.containsKey("c")).isTrue();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void listenersAreRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> cache.registerCacheEntryListener(null))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
