package duban.events.task;

/**
 * A leader line of the notice (分管领导 / 牵头负责领导), kept as data: the ledger shows it, nothing is assigned
 * or checked by it.
 *
 * @param role the label as the notice writes it, e.g. 分管领导, 牵头负责领导
 * @param text what follows the label, verbatim, e.g. 王副市长
 */
public record LeaderLine(String role, String text) {
}
