package duban.rules.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Ranks scored items within their category: the highest score first, equal scores sharing a rank. */
public final class Ranking {

    private Ranking() {
    }

    /**
     * @param items    in the order to keep among equals and unscored items
     * @param category the category an item is ranked in
     * @param score    an item's score, null when it was not scored (it gets no rank)
     * @return every item, ranked items of a category best first, unscored items after them, categories in the order
     *         they first appear
     */
    public static <T> List<Ranked<T>> within(List<T> items, Function<T, String> category,
                                             Function<T, BigDecimal> score) {
        Map<String, List<T>> byCategory = new LinkedHashMap<>();
        items.forEach(item -> byCategory.computeIfAbsent(category.apply(item), c -> new ArrayList<>()).add(item));
        List<Ranked<T>> ranked = new ArrayList<>();
        byCategory.forEach((name, members) -> {
            List<T> scored = members.stream().filter(item -> score.apply(item) != null)
                    .sorted(Comparator.comparing(score, Comparator.reverseOrder())).toList();
            BigDecimal previous = null;
            int rank = 0;
            for (int i = 0; i < scored.size(); i++) {
                BigDecimal current = score.apply(scored.get(i));
                if (previous == null || current.compareTo(previous) != 0) {
                    rank = i + 1;
                    previous = current;
                }
                ranked.add(new Ranked<>(scored.get(i), name, rank, scored.size()));
            }
            members.stream().filter(item -> score.apply(item) == null)
                    .forEach(item -> ranked.add(new Ranked<>(item, name, null, scored.size())));
        });
        return ranked;
    }
}
