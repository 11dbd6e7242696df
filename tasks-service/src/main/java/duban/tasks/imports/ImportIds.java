package duban.tasks.imports;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The ids an import gives what it creates: name-based UUIDs, so importing the same notice again yields the
 * same ids and finds everything there already. Units and shared groups (各县(市)、区) are keyed by name or
 * phrase alone, since every plan means the same unit by them; the rest by the plan's key (its 文号).
 */
public final class ImportIds {

    private ImportIds() {
    }

    public static String plan(String planKey) {
        return uuid("plan", planKey);
    }

    public static String unit(String name) {
        return uuid("unit", name);
    }

    /** A group whose phrase means the same units in every notice (各县(市)、区, 各高校). */
    public static String sharedGroup(String phrase) {
        return uuid("unit-group", phrase);
    }

    /** A group that exists for one sentence of one notice (其他县(市)、区 after the units it excludes). */
    public static String planGroup(String planKey, String groupKey) {
        return uuid("unit-group", planKey, groupKey);
    }

    public static String task(String planKey, String code) {
        return uuid("task", planKey, code);
    }

    /** Unique within its task, as the ledger requires; the index is the clause's position in the timeline. */
    public static String milestone(String taskId, int index) {
        return uuid("milestone", taskId, Integer.toString(index));
    }

    public static String target(String taskId, int index) {
        return uuid("target", taskId, Integer.toString(index));
    }

    private static String uuid(String kind, String... parts) {
        // The unit separator cannot occur in a name, so ("a", "bc") and ("ab", "c") stay apart.
        String name = "duban:" + kind + "\u001f" + String.join("\u001f", parts);
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
