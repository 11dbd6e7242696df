package duban.tasks.imports.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import duban.tasks.imports.ImportIds;
import duban.tasks.imports.ImportScript;
import duban.tasks.imports.NoticeCommands;
import duban.tasks.imports.SeedNotice;
import duban.tasks.imports.directory.KnownUnits;
import duban.tasks.ledger.SeedLedgerFile;
import duban.tasks.notice.NoticeParser;
import duban.tasks.notice.UnitDirectory;
import duban.tasks.task.command.SetTarget;
import duban.testing.identity.As;
import duban.workbook.Ledger;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The round trip: the seed plan's export ({@link SeedLedgerFile}, which {@code PlanLedgerResourceTest} shows is
 * what a store holding the imported seed exports) imported into an empty store, then exported again, reads the
 * same: tree with codes and titles, units, lead and co units, milestones with dates and commitment, targets and
 * their allocations.
 */
@QuarkusTest
@TestProfile(EmptyStoreProfile.class)
class LedgerRoundTripTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theSeedLedgerImportedIntoAnEmptyStoreExportsTheSameLedger() throws Exception {
        assertThat(count("SELECT count(*) FROM domain_event_entry")).as("the store starts empty").isZero();
        byte[] seed = SeedLedgerFile.bytes();

        As.supervisor().contentType(XLSX).body(seed).post("/api/v1/imports/ledger")
                .then().statusCode(201)
                .body("planId", equalTo(ImportIds.plan(SeedNotice.DOC_NUMBER)))
                .body("tasksCreated", equalTo(NoticeParser.parse(SeedNotice.text(), UnitDirectory.empty())
                        .allTasks().size()));
        long events = count("SELECT count(*) FROM domain_event_entry");

        byte[] again = As.auditor().get("/api/v1/plans/" + ImportIds.plan(SeedNotice.DOC_NUMBER) + "/ledger.xlsx")
                .then().statusCode(200).extract().asByteArray();
        Ledger expected = SeedLedgerFile.read(seed);
        Ledger actual = SeedLedgerFile.read(again);
        SeedLedgerFile.assertSameLedger(actual, expected);
        assertThat(actual.rows()).hasSize(27);
        assertThat(actual.sections().stream().filter(section -> !section.code().contains("."))).hasSize(1);

        // The breakdown is a tree again: the counties outside the zone hold their shares within 自创区外's.
        String highTechTargets = payloads("duban.task.target-set.v1",
                ImportIds.task(SeedNotice.DOC_NUMBER, "一.(二).1.(2)"));
        assertThat(highTechTargets).contains("\"groupId\":\"" + ImportIds.sharedGroup("自创区外") + "\"");
        JsonNode outside = firstGroupShare(highTechTargets, ImportIds.sharedGroup("自创区外"));
        duban.events.task.Allocation notice = seedScript().steps().stream()
                .filter(step -> step.command() instanceof SetTarget target
                        && target.taskId().equals(ImportIds.task(SeedNotice.DOC_NUMBER, "一.(二).1.(2)")))
                .flatMap(step -> ((SetTarget) step.command()).allocations().stream())
                .filter(share -> ImportIds.sharedGroup("自创区外").equals(share.groupId()))
                .findFirst().orElseThrow();
        assertThat(outside.get("min").decimalValue()).isEqualByComparingTo(notice.min());
        List<String> children = new java.util.ArrayList<>();
        outside.get("children").forEach(child -> children.add(child.get("unitId").asText()));
        assertThat(children).containsExactlyInAnyOrderElementsOf(
                notice.children().stream().map(duban.events.task.Allocation::unitId).toList());

        // Importing the same file again changes nothing.
        As.supervisor().contentType(XLSX).body(seed).post("/api/v1/imports/ledger")
                .then().statusCode(200).body("tasksCreated", equalTo(0));
        assertThat(count("SELECT count(*) FROM domain_event_entry")).isEqualTo(events);
    }

    private String payloads(String type, String taskId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             java.sql.PreparedStatement query = connection.prepareStatement(
                     "SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type = ?")) {
            query.setString(1, taskId);
            query.setString(2, type);
            StringBuilder all = new StringBuilder("[");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    all.append(all.length() > 1 ? "," : "").append(rows.getString(1));
                }
            }
            return all.append("]").toString();
        }
    }

    /** What importing the seed notice itself into an empty store sends. */
    private static ImportScript seedScript() {
        KnownUnits empty = KnownUnits.builder().build();
        return NoticeCommands.script(NoticeParser.parse(SeedNotice.text(), empty), empty, SeedNotice.DOC_NUMBER);
    }

    private static JsonNode firstGroupShare(String targets, String groupId) throws Exception {
        for (JsonNode target : new ObjectMapper().readTree(targets)) {
            for (JsonNode share : target.get("allocations")) {
                if (groupId.equals(share.path("groupId").asText())) {
                    return share;
                }
            }
        }
        throw new AssertionError("no share of group " + groupId + " in " + targets);
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
