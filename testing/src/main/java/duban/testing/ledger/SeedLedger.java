package duban.testing.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import duban.events.EventJson;
import duban.events.EventTypes;
import duban.events.LedgerEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed plan 新政办〔2017〕102号 as the ledger records it when its notice is imported: the events of
 * {@code demo/xinxiang-2017-102.ledger.jsonl}, which tasks-service's tests keep equal to a fresh import. The consuming
 * services' tests replay them as if the plan had been imported at a chosen instant.
 */
public final class SeedLedger {

    /** The seed plan's id, as the import derives it from the document number. */
    public static final String PLAN_ID = "c5f966d5-4849-3914-8f41-39f1269c9c0b";

    private static final Path FILE = Path.of("../demo/xinxiang-2017-102.ledger.jsonl");

    private SeedLedger() {
    }

    /** Every event of the import, in the order the store recorded them. */
    public static List<LedgerEvent> events() {
        ObjectMapper json = EventJson.mapper();
        List<LedgerEvent> events = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                String type = node.get("type").asText();
                Class<? extends LedgerEvent> record = EventTypes.classOf(type)
                        .orElseThrow(() -> new IllegalStateException("unknown event type in the seed ledger: " + type));
                events.add(json.treeToValue(node.get("data"), record));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return events;
    }

    /** Writes the import's events to the topic as recorded at {@code importedAt}. */
    public static void importAt(LedgerTopicWriter topic, Instant importedAt) {
        for (LedgerEvent event : events()) {
            topic.write(event, importedAt);
        }
    }
}
