package duban.local;

import duban.embedded.identity.DevelopmentKey;
import duban.embedded.identity.TokenIssuer;
import java.nio.file.Path;
import java.util.Map;

/**
 * The local run's identity provider: a development key made at the first start and kept in the data
 * folder, the services told to trust it (profile {@code local}, which alone admits a development key in a
 * packaged service), and tokens signed with it for people trying the system.
 */
final class LocalIdentity {

    private final Path folder;
    private final TokenIssuer tokens;

    private LocalIdentity(Path folder, DevelopmentKey key) {
        this.folder = folder;
        this.tokens = new TokenIssuer(key, TokenIssuer.DEVELOPMENT_ISSUER);
    }

    static LocalIdentity in(Path folder) {
        return new LocalIdentity(folder, DevelopmentKey.loadOrCreate(folder));
    }

    /** Configuration every service gets: trust this key (and nothing else) under the local profile. */
    Map<String, String> serviceConfig() {
        return Map.of(
                "quarkus.profile", "prod,local",
                "mp.jwt.verify.publickey.location",
                folder.resolve(DevelopmentKey.VERIFICATION_KEYS_FILE).toAbsolutePath().toString());
    }

    TokenIssuer tokens() {
        return tokens;
    }
}
