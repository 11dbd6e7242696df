package duban.tasks.infrastructure.idempotency;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What makes two requests with one Idempotency-Key "the same": SHA-256 of method, path and body. A body object is
 * written with every property, {@code null}s included, whatever the service's answers leave out: the fingerprints kept
 * in {@code idempotency_record} were made that way, and a key used before answers dropped their nulls must still
 * match its retry afterwards.
 */
@ApplicationScoped
public class RequestFingerprints {

    private final ObjectMapper canonical;

    @Inject
    public RequestFingerprints(ObjectMapper json) {
        this.canonical = json.copy().setSerializationInclusion(JsonInclude.Include.ALWAYS);
    }

    /** The hex SHA-256 of {@code method path}, a newline, and the body (bytes as they are, anything else as JSON). */
    public String of(String method, String path, Object request) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            sha256.update(request instanceof byte[] bytes ? bytes : canonical.writeValueAsBytes(request));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }
}
