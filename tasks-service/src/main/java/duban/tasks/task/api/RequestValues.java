package duban.tasks.task.api;

import java.util.List;
import java.util.UUID;

/** What an absent field of a request stands for in the command it becomes. */
final class RequestValues {

    private RequestValues() {
    }

    /** The id the client chose for what it adds, or a new one when it chose none. */
    static String idOrNew(String chosen) {
        return chosen == null ? UUID.randomUUID().toString() : chosen;
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
