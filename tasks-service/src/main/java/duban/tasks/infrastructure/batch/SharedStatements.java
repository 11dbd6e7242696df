package duban.tasks.infrastructure.batch;

/**
 * Statements the writes of a batch share instead of each running its own: one round trip for the whole batch where
 * there would be one a write. {@link WriteBatches} calls every bean of this type at the start of each run of a batch
 * of more than one write ({@link #open}) and after its last write ran, before the commit ({@link #close}), both in
 * the batch's transaction.
 *
 * <p>A shared statement that fails is no write's own failure: it is told to the run ({@link BatchRun#failed}) or
 * thrown from {@link #open} or {@link #close}, and the batch rolls back and runs again with every write running its
 * own statements, so that whatever failed is answered to the write it belongs to.
 */
public interface SharedStatements {

    /** At the start of a run, with the writes that will run in it. */
    void open(BatchRun run) throws Exception;

    /** After the last write of the run, before the commit. */
    void close(BatchRun run) throws Exception;
}
