package duban.tasks.notice.targets;

import duban.tasks.notice.model.Quantity;

/** A count with its measure word, at {@code [start, end)} of the text searched. */
public record QuantityMatch(int start, int end, Quantity quantity, String measure) {
}
