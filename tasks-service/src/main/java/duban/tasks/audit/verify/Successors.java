package duban.tasks.audit.verify;

import duban.tasks.audit.checkpoint.Head;
import java.util.Optional;

/** Looks ahead in one aggregate: the event with the lowest sequence number above a given one. */
@FunctionalInterface
interface Successors {

    Optional<Head> firstAfter(String aggregateId, long sequence);
}
