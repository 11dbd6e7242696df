package duban.tasks.audit.checkpoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * The {@code changed_heads} column: a JSON array of heads, readable with psql. The checkpoint hash
 * covers the heads, not this text, so the JSON layout may change without breaking old hashes.
 */
final class ChangedHeadsJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Head>> HEADS = new TypeReference<>() {
    };

    private ChangedHeadsJson() {
    }

    static String write(List<Head> heads) {
        try {
            return JSON.writeValueAsString(heads);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("heads are plain values and always serialise", e);
        }
    }

    /** The heads, or null when the text is not a list of heads (an altered row). */
    static List<Head> read(String json) {
        try {
            List<Head> heads = JSON.readValue(json, HEADS);
            boolean complete = heads != null
                    && heads.stream().allMatch(h -> h != null && h.aggregateId() != null && h.hash() != null);
            return complete ? List.copyOf(heads) : null;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }
}
