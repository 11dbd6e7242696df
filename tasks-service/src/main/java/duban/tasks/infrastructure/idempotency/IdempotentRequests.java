package duban.tasks.infrastructure.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import duban.http.problem.ProblemException;
import duban.http.security.CallerIdentity;
import duban.tasks.infrastructure.batch.WriteBatches;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Idempotency-Key for POSTs: the first request with a key runs and its answer is kept; the same key
 * with the same request answers that again and appends nothing; the same key with another request
 * is refused (422). The record is inserted first, in the transaction the command joins, so two
 * concurrent requests with one key cannot both run: the second waits on the key's row and then
 * replays the first's answer (or runs, if the first rolled back). Keys are the caller's own: two
 * callers never share one.
 */
@RequestScoped
public class IdempotentRequests {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 200;
    /**
     * How often a write that lost a race is run again. The command joins this transaction, so its aggregate's lock
     * is released before the commit: a second write on the same task can read it before the first commits and then
     * find its next sequence number taken. Nothing of the loser was stored, and running it again against the state
     * the winner left is what the client itself would do (with If-Match, that now answers 412).
     */
    private static final int MAX_ATTEMPTS = 8;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CallerIdentity caller;

    @Inject
    ObjectMapper json;

    @Inject
    RequestFingerprints fingerprints;

    @Inject
    WriteBatches batches;

    @Inject
    KeptAnswers answers;

    @Inject
    KeyClaims claims;

    /**
     * Runs {@code action} once per key. Its response entity is kept as JSON; {@code request} is what
     * makes two requests "the same" (the body, as JSON, plus method and path).
     */
    public Response execute(String key, String method, String path, Object request, Supplier<Response> action) {
        return execute(key, method, path, request, null, action);
    }

    /**
     * As {@link #execute(String, String, String, Object, Supplier)}, for a write that changes only the task
     * {@code task} (null: it may change any aggregate), so that it runs in that task's lane of {@link WriteBatches}.
     */
    public Response execute(String key, String method, String path, Object request, String task,
                            Supplier<Response> action) {
        if (key == null) {
            return retryingLostRaces(action::get, null, task);
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw ProblemException.badRequest("invalid-idempotency-key",
                    "Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters");
        }
        String fingerprint = fingerprints.of(method, path, request);
        KeyClaims.KeyClaim claim = new KeyClaims.KeyClaim(caller.subject(), key, fingerprint, method, path);
        return retryingLostRaces(() -> {
            if (claim(claim)) {
                Response response = action.get();
                remember(key, response);
                return response;
            }
            return replay(key, fingerprint);
        }, claim, task);
    }

    /**
     * Runs {@code write} in a batch of writes (see {@link WriteBatches}), again if it lost a race; {@code claim}, when
     * not null, lets the batch claim the write's key together with its other writes' keys.
     */
    private Response retryingLostRaces(Callable<Response> write, KeyClaims.KeyClaim claim, String task) {
        for (int attempt = 1; ; attempt++) {
            try {
                return batches.run(write, DatabaseFailures::reachEveryWrite, claim, task);
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS || !LostRace.causedBy(e)) {
                    throw e;
                }
                LostRace.pause(attempt);
            }
        }
    }

    /** Claims the key in the running transaction: whether it was free (then the write runs) or taken before. */
    private boolean claim(KeyClaims.KeyClaim claim) throws SQLException {
        Boolean claimedByBatch = claims.taken(claim.actor(), claim.key());
        if (claimedByBatch != null) {
            return claimedByBatch;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO idempotency_record (actor, idem_key, request_hash, method, path)
                     VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
            insert.setString(1, claim.actor());
            insert.setString(2, claim.key());
            insert.setString(3, claim.fingerprint());
            insert.setString(4, claim.method());
            insert.setString(5, claim.path());
            return insert.executeUpdate() == 1;
        }
    }

    private void remember(String key, Response response) throws JsonProcessingException {
        answers.keep(new KeptAnswers.Answer(caller.subject(), key, response.getStatus(),
                response.getLocation() == null ? null : response.getLocation().toString(),
                response.getEntityTag() == null ? null : response.getEntityTag().getValue(),
                response.getEntity() == null ? null : json.writeValueAsString(response.getEntity())));
    }

    private Response replay(String key, String fingerprint) throws SQLException, JsonProcessingException {
        // The first request with this key may be an earlier write of the same batch.
        answers.writeWaiting();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT request_hash, status, location, etag, body FROM idempotency_record
                     WHERE actor = ? AND idem_key = ?""")) {
            query.setString(1, caller.subject());
            query.setString(2, key);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("idempotency record vanished: " + key);
                }
                if (!row.getString("request_hash").equals(fingerprint)) {
                    throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
                            "this Idempotency-Key was already used for a different request");
                }
                Response.ResponseBuilder answer = Response.status(row.getInt("status")).header(REPLAYED_HEADER, "true");
                if (row.getString("location") != null) {
                    answer.location(URI.create(row.getString("location")));
                }
                if (row.getString("etag") != null) {
                    answer.tag(new EntityTag(row.getString("etag")));
                }
                if (row.getString("body") != null) {
                    answer.entity(withoutNulls(row.getString("body"))).type(MediaType.APPLICATION_JSON_TYPE);
                }
                return answer.build();
            }
        }
    }

    /**
     * A kept answer as the service answers today: answers kept before fields without a value were left out still
     * name them with {@code null}, which the API documents do not admit.
     */
    private String withoutNulls(String body) throws JsonProcessingException {
        JsonNode answer = json.readTree(body);
        dropNulls(answer);
        return json.writeValueAsString(answer);
    }

    private static void dropNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().removeIf(field -> field.getValue().isNull());
        }
        node.forEach(IdempotentRequests::dropNulls);
    }
}
