package duban.reporting.web;

import duban.http.problem.Problem;
import duban.http.problem.ProblemException;
import java.util.Arrays;
import java.util.List;

/** Reads the enumerated and paging parameters of the reads into values, or a 400 problem naming the parameter. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** The constant of {@code type} named by {@code text}; null when the parameter is absent. */
    public static <E extends Enum<E>> E oneOf(Class<E> type, String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(text.strip())) {
                return value;
            }
        }
        throw invalid(parameter, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    /** A number between {@code min} and {@code max}; {@code fallback} when absent. */
    public static int between(String parameter, Integer value, int min, int max, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            throw invalid(parameter, "must be between " + min + " and " + max);
        }
        return value;
    }

    private static ProblemException invalid(String parameter, String message) {
        return new ProblemException(400, "validation", "Invalid request", "1 field(s) are invalid",
                List.of(new Problem.FieldError(parameter, message)));
    }
}
