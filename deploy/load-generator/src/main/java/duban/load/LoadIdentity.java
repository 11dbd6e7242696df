package duban.load;

import duban.embedded.identity.DevelopmentKey;
import duban.embedded.identity.TokenIssuer;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The generator's callers: a supervisor who registers units and creates tasks, and one clerk per unit who
 * reports, each with its own token (the write rate limit is per token), signed with the local run's
 * development key.
 */
final class LoadIdentity {

    private final TokenIssuer issuer;
    private final String supervisor;
    private final Map<String, String> clerks = new ConcurrentHashMap<>();

    private LoadIdentity(TokenIssuer issuer) {
        this.issuer = issuer;
        this.supervisor = issuer.supervisor("load-generator");
    }

    /** Tokens signed with the key the local run keeps in {@code folder}. */
    static LoadIdentity of(Path folder) {
        return new LoadIdentity(new TokenIssuer(DevelopmentKey.load(folder), TokenIssuer.DEVELOPMENT_ISSUER));
    }

    String supervisor() {
        return supervisor;
    }

    String clerkOf(String unitId) {
        return clerks.computeIfAbsent(unitId, unit -> issuer.unit("load-clerk-" + unit, unit));
    }
}
