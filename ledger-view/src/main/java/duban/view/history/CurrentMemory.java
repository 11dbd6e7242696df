package duban.view.history;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The memory every read uses now. A rebuild of the event table loads a fresh memory and swaps it in here, so a read
 * takes the holder's memory once and works on it to the end: it never sees half of an old and half of a new one.
 */
public final class CurrentMemory {

    private final AtomicReference<LedgerMemory> memory;

    public CurrentMemory(LedgerMemory memory) {
        this.memory = new AtomicReference<>(memory);
    }

    public LedgerMemory get() {
        return memory.get();
    }

    /** Puts {@code fresh} in place of the memory in use (by the follower only). */
    public void swap(LedgerMemory fresh) {
        memory.set(fresh);
    }
}
