package duban.tasks.infrastructure.axon;

import duban.tasks.infrastructure.transaction.TransactionEnd;
import jakarta.transaction.Status;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * The aggregates most recently used, so that a command on a task does not read and fold its events again.
 * Strongly held and bounded (least recently used first out), because reports on one task arrive minutes
 * apart and a weak reference would not survive that long.
 *
 * <p>Axon's caching repository puts an aggregate while its command's transaction is still open and takes it
 * out again if the unit of work rolls back. That is enough only when the unit of work owns the transaction.
 * When it joined a transaction begun by someone else (an import, an Idempotency-Key record), the aggregate
 * lock is released before that transaction commits, and the transaction may still roll back: the entry is
 * dropped at once, and the aggregate is cached only once that transaction has committed, and only if no
 * other command has cached the task meanwhile. Such an entry is never older than ours: a command that read
 * the task before our commit appends an event with a sequence number ours took, fails, and its rollback
 * drops its entry. This rests on a rule of the domain: every accepted command appends at least one event
 * (a command that would change nothing is refused).
 */
final class AggregateCache implements Cache {

    /** Whether the running JTA transaction was begun by the unit of work that is saving the aggregate. */
    interface TransactionScope {
        boolean ownedByUnitOfWork();

        /** Runs {@code action} when the running transaction has ended, telling whether it committed. */
        void afterCompletion(Consumer<Boolean> action);
    }

    private final Map<Object, Object> entries;
    private final TransactionScope transactions;

    AggregateCache(int capacity, TransactionScope transactions) {
        this.transactions = transactions;
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1024) * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <K, V> V get(K key) {
        return (V) entries.get(key);
    }

    @Override
    public void put(Object key, Object value) {
        if (transactions.ownedByUnitOfWork()) {
            synchronized (this) {
                entries.put(key, value);
            }
            return;
        }
        remove(key);
        transactions.afterCompletion(committed -> {
            if (committed) {
                synchronized (this) {
                    entries.putIfAbsent(key, value);
                }
            } else {
                remove(key);
            }
        });
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        if (!transactions.ownedByUnitOfWork()) {
            put(key, value);
            return false;
        }
        synchronized (this) {
            return entries.putIfAbsent(key, value) == null;
        }
    }

    @Override
    public synchronized boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public synchronized void removeAll() {
        entries.clear();
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    synchronized int size() {
        return entries.size();
    }

    /** Nobody listens: the cache is private to the aggregate repositories. */
    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        throw new UnsupportedOperationException("the aggregate cache takes no listeners");
    }

    /** The scope of the running JTA transaction, as {@link JtaTransactionManager} marked it. */
    static TransactionScope of(jakarta.transaction.TransactionSynchronizationRegistry registry) {
        return new TransactionScope() {
            @Override
            public boolean ownedByUnitOfWork() {
                return registry.getTransactionStatus() == Status.STATUS_ACTIVE
                        && Boolean.TRUE.equals(registry.getResource(JtaTransactionManager.BEGUN_BY_UNIT_OF_WORK));
            }

            @Override
            public void afterCompletion(Consumer<Boolean> action) {
                TransactionEnd.then(registry, action);
            }
        };
    }
}
