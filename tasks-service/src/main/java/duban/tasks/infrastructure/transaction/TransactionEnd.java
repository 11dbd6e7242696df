package duban.tasks.infrastructure.transaction;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Consumer;

/** Runs something when the running JTA transaction has ended, for the in-memory copies that must follow it. */
public final class TransactionEnd {

    private TransactionEnd() {
    }

    /**
     * Tells {@code action} whether the running transaction committed, once it has ended; with no transaction
     * running, at once and as not committed (there is nothing to wait for).
     */
    public static void then(TransactionSynchronizationRegistry registry, Consumer<Boolean> action) {
        if (registry.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            action.accept(false);
            return;
        }
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // only the outcome matters
            }

            @Override
            public void afterCompletion(int status) {
                action.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }
}
