package duban.tasks.audit.checkpoint;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/** The head of one aggregate's chain: its last sequence number, that event's hash and global index. */
public record Head(String aggregateId, long sequence, String hash, long globalIndex) {

    /** The canonical order of heads: the aggregate ids' UTF-8 bytes, unsigned (as any language can sort). */
    public static final Comparator<String> ID_ORDER = (a, b) -> Arrays.compareUnsigned(
            a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    public static final Comparator<Head> ORDER = Comparator.comparing(Head::aggregateId, ID_ORDER);
}
