package duban.tasks.imports.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import duban.events.EventJson;
import duban.tasks.imports.SeedNotice;
import duban.testing.identity.As;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed plan as the ledger records it: importing the notice 新政办〔2017〕102号 into an empty store records exactly the
 * events of {@code demo/xinxiang-2017-102.ledger.jsonl}, one per line in the order they were stored (type and data;
 * ids of events and instants are the store's own). The consuming services' tests replay that file as the seed plan,
 * so it must stay what the importer makes; after a deliberate change to the importer, build with
 * {@code -Dduban.fixtures.update=true} to write it again.
 */
@QuarkusTest
@TestProfile(SeedEventsProfile.class)
class SeedLedgerEventsTest {

    static final Path FIXTURE = Path.of("../demo/xinxiang-2017-102.ledger.jsonl");

    @Inject
    AgroalDataSource dataSource;

    private final ObjectMapper json = EventJson.mapper();

    @Test
    void importingTheSeedNoticeRecordsExactlyTheEventsOfTheSeedLedger() throws Exception {
        As.supervisor().contentType("text/plain; charset=UTF-8").body(SeedNotice.text().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/notices").then().statusCode(201);

        List<String> lines = stored();
        assertThat(lines).hasSizeGreaterThan(100);
        if (Boolean.getBoolean("duban.fixtures.update")) {
            Files.write(FIXTURE, lines, StandardCharsets.UTF_8);
        }
        assertThat(Files.readAllLines(FIXTURE, StandardCharsets.UTF_8))
                .as("%s is what importing the seed notice records; rewrite it with -Dduban.fixtures.update=true",
                        FIXTURE)
                .containsExactlyElementsOf(lines);
    }

    /** Every stored event as {"type": …, "data": …}, in the order of the store. */
    private List<String> stored() throws Exception {
        List<String> lines = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery(
                     "SELECT payload_type, payload FROM domain_event_entry ORDER BY global_index")) {
            while (rows.next()) {
                ObjectNode line = json.createObjectNode();
                line.put("type", rows.getString(1));
                JsonNode data = json.readTree(rows.getString(2));
                line.set("data", data);
                lines.add(json.writeValueAsString(line));
            }
        }
        return lines;
    }
}
