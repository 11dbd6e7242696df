package duban.tasks.infrastructure.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The cache's own rules; how it behaves under Axon and JTA is in {@link AggregateCacheTransactionsTest}. */
class AggregateCacheTest {

    private final AtomicBoolean owned = new AtomicBoolean(true);
    private final List<Runnable> completions = new ArrayList<>();
    private final AggregateCache cache = new AggregateCache(2, AggregateCache.fixed(owned::get, completions::add));

    @Test
    void anAggregateSavedInATransactionItsUnitOfWorkOwnsIsKept() {
        cache.put("task-1", "state");
        assertThat(cache.<String, String>get("task-1")).isEqualTo("state");
        assertThat(completions).isEmpty();
    }

    @Test
    void anAggregateSavedInAJoinedTransactionIsDroppedNowAndWhenThatTransactionEnds() {
        cache.put("task-1", "committed state");
        owned.set(false);

        cache.put("task-1", "state that may still roll back");
        assertThat(cache.containsKey("task-1")).isFalse();

        // a command of another transaction reads the store and caches what it finds, before the joined one ends
        owned.set(true);
        cache.put("task-1", "read meanwhile");
        completions.forEach(Runnable::run);
        assertThat(cache.containsKey("task-1")).isFalse();
    }

    @Test
    void putIfAbsentInAJoinedTransactionCachesNothing() {
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
