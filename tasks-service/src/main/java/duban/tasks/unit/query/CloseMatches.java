package duban.tasks.unit.query;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The spellings of the directory that a mistyped unit name most likely meant: one containing the other
 * (市科技 → 市科技局), or a few characters apart (市科枝局 → 市科技局).
 */
final class CloseMatches {

    private static final int MOST = 3;

    private CloseMatches() {
    }

    static List<String> of(String typed, Collection<String> spellings) {
        return spellings.stream()
                .map(spelling -> new Candidate(spelling, distance(typed, spelling)))
                .filter(candidate -> close(typed, candidate))
                .sorted(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::spelling))
                .limit(MOST)
                .map(Candidate::spelling)
                .toList();
    }

    private static boolean close(String typed, Candidate candidate) {
        String spelling = candidate.spelling();
        boolean contained = typed.length() >= 2 && (spelling.contains(typed) || typed.contains(spelling));
        return contained || candidate.distance() <= Math.max(1, Math.min(typed.length(), spelling.length()) / 3);
    }

    private record Candidate(String spelling, int distance) {
    }

    /** Levenshtein distance over UTF-16 units: every Chinese unit name lies in the basic plane. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
