package duban.consumer;

/**
 * A poll of the ledger topic was applied and committed: what follows the read models' tables may read on at once.
 *
 * @param newEvents how many of its events were applied for the first time
 */
public record PollApplied(int newEvents) {
}
