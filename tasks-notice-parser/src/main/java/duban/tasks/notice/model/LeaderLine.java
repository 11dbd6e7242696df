package duban.tasks.notice.model;

/**
 * A leader line (分管领导 / 牵头负责领导), kept as data: the ledger shows it, nothing assigns by it.
 *
 * @param label the label as written, e.g. 分管领导
 * @param text  what follows the label, verbatim
 */
public record LeaderLine(String label, String text, int line) {
}
