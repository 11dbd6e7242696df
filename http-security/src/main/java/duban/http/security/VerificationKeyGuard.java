package duban.http.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start a service that could not tell callers apart, or that would trust a development key:
 * no verification key, no expected issuer, or (unless {@code duban.security.allow-development-key}, which
 * only the dev, test and local profiles set) a key whose id marks it as a development key, or the
 * development issuer.
 */
@ApplicationScoped
public class VerificationKeyGuard {

    /** Key ids of keys made for development and tests start so; the same prefix marks them where they are made. */
    public static final String DEVELOPMENT_KEY_ID_PREFIX = "duban-development-";
    static final String DEVELOPMENT_ISSUER = "duban-development";

    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> keyLocation;

    @ConfigProperty(name = "mp.jwt.verify.publickey")
    Optional<String> key;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    Optional<String> issuer;

    @ConfigProperty(name = "duban.security.allow-development-key", defaultValue = "false")
    boolean allowDevelopmentKey;

    void check(@Observes StartupEvent started) {
        Optional<String> problem = problem(keyLocation, key, issuer, allowDevelopmentKey);
        if (problem.isPresent()) {
            throw new IllegalStateException("refusing to start: " + problem.get());
        }
    }

    static Optional<String> problem(Optional<String> keyLocation, Optional<String> key, Optional<String> issuer,
                                    boolean allowDevelopmentKey) {
        if (keyLocation.isEmpty() && key.isEmpty()) {
            return Optional.of("no token verification key is configured; set mp.jwt.verify.publickey.location"
                    + " to the identity provider's public key or JWK set");
        }
        if (issuer.filter(text -> !text.isBlank()).isEmpty()) {
            return Optional.of("no expected token issuer is configured; set mp.jwt.verify.issuer");
        }
        if (allowDevelopmentKey) {
            return Optional.empty();
        }
        if (issuer.get().equals(DEVELOPMENT_ISSUER)) {
            return Optional.of("the token issuer is the development issuer");
        }
        String keyText = key.orElseGet(() -> read(keyLocation.get()));
        if (keyText.contains(DEVELOPMENT_KEY_ID_PREFIX)) {
            return Optional.of("the token verification key is a development key");
        }
        return Optional.empty();
    }

    /** The key text at a location SmallRye JWT would read; a remote location is the provider's, not ours. */
    private static String read(String location) {
        if (location.startsWith("http://") || location.startsWith("https://")) {
            return "";
        }
        String path = location.startsWith("file:") ? location.substring("file:".length()) : location;
        try {
            Path file = Path.of(path);
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            String resource = path.startsWith("classpath:") ? path.substring("classpath:".length()) : path;
            try (InputStream in = Thread.currentThread().getContextClassLoader()
                    .getResourceAsStream(resource.startsWith("/") ? resource.substring(1) : resource)) {
                return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the token verification key at " + location, e);
        }
    }
}
