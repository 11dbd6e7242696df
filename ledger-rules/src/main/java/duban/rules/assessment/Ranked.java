package duban.rules.assessment;

/**
 * An item with its rank in its category.
 *
 * @param rank 1 for the best; equal scores share a rank and the next rank skips (1, 1, 3); null when not scored
 * @param of   how many scored items its category holds
 */
public record Ranked<T>(T item, String category, Integer rank, int of) {
}
