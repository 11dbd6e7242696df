package duban.tasks.infrastructure.batch;

import java.util.List;

/**
 * One run of a batch that shares statements ({@link SharedStatements}): what its writes told the batch of themselves,
 * and whether a shared statement failed during it.
 */
public final class BatchRun {

    private final List<Object> tags;
    private volatile Throwable failure;

    BatchRun(List<Object> tags) {
        this.tags = List.copyOf(tags);
    }

    /**
     * What each write of the run passed to {@link WriteBatches#run(java.util.concurrent.Callable,
     * java.util.function.Predicate, Object)}, in the order they will run; writes that passed nothing are left out.
     */
    public List<Object> tags() {
        return tags;
    }

    /** Tells the run that a shared statement failed: the batch runs again without sharing. */
    public void failed(Throwable cause) {
        if (failure == null) {
            failure = cause;
        }
    }

    Throwable failure() {
        return failure;
    }
}
