package duban.tasks.hostile;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A write rate low enough to reach in a test: three writes at once, then one every ten seconds. The slow
 * refill keeps the fourth write refused even on a loaded machine.
 */
public class LowWriteLimits implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        // The test profile turns the limit off with %test.…, which outranks a plain key: override that one.
        return Map.of("%test.duban.limits.writes-per-second", "0.1", "duban.limits.write-burst", "3");
    }
}
