package duban.tasks.infrastructure.web;

import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * What every write of the REST API carries besides its body, taken as one {@code @BeanParam} so that the API
 * document states it once: the Idempotency-Key that makes a write safe to repeat ({@link Idempotent}). A write on
 * an existing aggregate adds that aggregate's If-Match, worded for it.
 */
public class WriteHeaders {

    @Parameter(description = "Makes the POST safe to repeat: the same key with the same body answers the first "
            + "result again and records nothing new; with another body, 422")
    @HeaderParam("Idempotency-Key")
    String idempotencyKey;

    /** The key as sent; null when the client sent none (the write then runs every time). */
    public String idempotencyKey() {
        return idempotencyKey;
    }
}
