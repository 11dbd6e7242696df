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
 * When it joined a transaction begun by someone else (a batch of writes, an import, an Idempotency-Key
 * record), the aggregate lock is released before that transaction commits, and the transaction may still roll
 * back, with other commands of it (a batch) after ours: the entry is dropped at once, and the aggregate is
 * cached only once that transaction has committed.
 *
 * <p>Which state wins is decided by the order of the puts, not of the commits: every put takes the next ticket,
 * and an entry (or the mark a dropped entry leaves) is only ever replaced by a put of a later ticket. Puts on
 * one task are made in the order its commands ran (each holds the aggregate's lock while it puts), so the
 * later of two commands of one batch, whose commits run in registration order, ends up cached, and a commit
 * that completes late never brings back a state older than one cached meanwhile. A rollback leaves the task
 * uncached, so the next command reads it from the store; whatever it touched in memory is gone with it. Were
 * an entry ever stale anyway, the store would refuse the command's events (their sequence number is taken)
 * and the rollback of that command would drop it: this rests on a rule of the domain, that every accepted
 * command appends at least one event (a command that would change nothing is refused).
 */
final class AggregateCache implements Cache {

    /** Whether the running JTA transaction was begun by the unit of work that is saving the aggregate. */
    interface TransactionScope {
        boolean ownedByUnitOfWork();

        /** Runs {@code action} when the running transaction has ended, telling whether it committed. */
        void afterCompletion(Consumer<Boolean> action);
    }

    /** A cached aggregate, or with no value the mark that the task is not cached since the put of {@code ticket}. */
    private record Held(Object value, long ticket) {
        boolean cached() {
            return value != null;
        }
    }

    private final Map<Object, Held> entries;
    private final TransactionScope transactions;
    private long lastTicket;

    AggregateCache(int capacity, TransactionScope transactions) {
        this.transactions = transactions;
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1024) * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Held> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <K, V> V get(K key) {
        Held entry = entries.get(key);
        return entry == null ? null : (V) entry.value();
    }

    @Override
    public void put(Object key, Object value) {
        long ticket;
        synchronized (this) {
            ticket = ++lastTicket;
            if (transactions.ownedByUnitOfWork()) {
                entries.put(key, new Held(value, ticket));
                return;
            }
            entries.put(key, new Held(null, ticket));
        }
        transactions.afterCompletion(committed -> {
            synchronized (this) {
                Held current = entries.get(key);
                if (committed && (current == null || current.ticket() <= ticket)) {
                    entries.put(key, new Held(value, ticket));
                } else if (!committed) {
                    entries.put(key, new Held(null, Math.max(ticket, current == null ? 0 : current.ticket())));
                }
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
            Held current = entries.get(key);
            if (current != null && current.cached()) {
                return false;
            }
            entries.put(key, new Held(value, ++lastTicket));
            return true;
        }
    }

    @Override
    public synchronized boolean remove(Object key) {
        Held current = entries.get(key);
        if (current == null) {
            return false;
        }
        // The mark outranks every put made so far: a transaction that committed earlier but completes later
        // cannot bring the task back.
        entries.put(key, new Held(null, ++lastTicket));
        return current.cached();
    }

    @Override
    public synchronized void removeAll() {
        entries.clear();
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        Held entry = entries.get(key);
        return entry != null && entry.cached();
    }

    /** The tasks cached (marks of dropped ones not counted). */
    synchronized int size() {
        return (int) entries.values().stream().filter(Held::cached).count();
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
