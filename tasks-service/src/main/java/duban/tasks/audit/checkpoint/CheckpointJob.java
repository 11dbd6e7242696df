package duban.tasks.audit.checkpoint;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Writes a checkpoint every {@code duban.audit.checkpoint.interval}. Each checkpoint's hash is
 * logged: a copy outside the database is what exposes a rewrite of the database by someone able to
 * recompute every hash in it.
 */
@ApplicationScoped
public class CheckpointJob {

    private static final Logger LOG = Logger.getLogger(CheckpointJob.class);

    @Inject
    CheckpointWriter writer;

    @Scheduled(identity = "audit-checkpoint", every = "${duban.audit.checkpoint.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void checkpoint() {
        try {
            writer.writeDue().ifPresent(c -> LOG.infof("audit checkpoint %d up to global index %d: hash %s",
                    c.number(), c.upToGlobalIndex(), c.hash()));
        } catch (RuntimeException e) {
            // The next run covers the same events: a failed checkpoint delays evidence, it loses none.
            LOG.warnf(e, "audit checkpoint failed; retried at the next interval");
        }
    }
}
