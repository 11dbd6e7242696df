package duban.tasks.infrastructure.axon;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * Axon transactions on Narayana JTA. Axon nests units of work while JTA has no nested
 * transactions, so an inner Axon transaction joins the active JTA transaction and only the
 * outermost one commits; a rollback anywhere marks the whole transaction rollback-only.
 */
public class JtaTransactionManager implements TransactionManager {

    /** Marks (as a transaction resource) a JTA transaction that a unit of work began and will end itself. */
    static final String BEGUN_BY_UNIT_OF_WORK = JtaTransactionManager.class.getName() + ".begun-by-unit-of-work";

    private final jakarta.transaction.TransactionManager jta;
    private final TransactionSynchronizationRegistry registry;

    public JtaTransactionManager(jakarta.transaction.TransactionManager jta, TransactionSynchronizationRegistry registry) {
        this.jta = jta;
        this.registry = registry;
    }

    @Override
    public Transaction startTransaction() {
        try {
            if (jta.getStatus() == Status.STATUS_NO_TRANSACTION) {
                jta.begin();
                Owned owned = new Owned();
                try {
                    registry.putResource(BEGUN_BY_UNIT_OF_WORK, Boolean.TRUE);
                } catch (RuntimeException e) {
                    owned.rollback();
                    throw e;
                }
                return owned;
            }
            return new Joined();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start a JTA transaction", e);
        }
    }

    /** The transaction this manager began: it commits or rolls back for real. */
    private final class Owned implements Transaction {
        @Override
        public void commit() {
            try {
                if (jta.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                    jta.rollback();
                    throw new IllegalStateException("transaction was marked rollback-only");
                }
                jta.commit();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("JTA commit failed", e);
            }
        }

        @Override
        public void rollback() {
            try {
                if (jta.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    jta.rollback();
                }
            } catch (SystemException e) {
                throw new IllegalStateException("JTA rollback failed", e);
            }
        }
    }

    /** A transaction someone else began: commit is theirs, rollback only marks it. */
    private final class Joined implements Transaction {
        @Override
        public void commit() {
            // the owner of the transaction commits
        }

        @Override
        public void rollback() {
            try {
                jta.setRollbackOnly();
            } catch (SystemException e) {
                throw new IllegalStateException("cannot mark the JTA transaction rollback-only", e);
            }
        }
    }
}
