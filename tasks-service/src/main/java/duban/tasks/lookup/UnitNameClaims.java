package duban.tasks.lookup;

import duban.tasks.domain.rule.LedgerRuleViolation;
import duban.tasks.domain.rule.Violation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Claims spellings for units in {@code unit_name_claim}, whose primary key makes every name and alias belong to
 * one unit. A second claim of a spelling waits for the first transaction, finds the row and is refused; a unit
 * claiming its own spelling again (an event handled twice) passes.
 */
final class UnitNameClaims {

    private UnitNameClaims() {
    }

    static void claim(Connection connection, String unitId, String spelling, boolean isName, Instant recordedAt)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO unit_name_claim (spelling, unit_id, is_name, recorded_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (spelling) DO NOTHING""")) {
            insert.setString(1, spelling);
            insert.setString(2, unitId);
            insert.setBoolean(3, isName);
            insert.setTimestamp(4, Timestamp.from(recordedAt));
            if (insert.executeUpdate() == 1) {
                return;
            }
        }
        String holder = holderOf(connection, spelling);
        if (!unitId.equals(holder)) {
            // The rule the Unit aggregate checks, met again where a concurrent registration slipped past it.
            throw Violation.UNIT_NAME_TAKEN.because("a unit's name or alias must name no other unit",
                    List.of(new LedgerRuleViolation.FieldProblem(isName ? "name" : "alias",
                            spelling + " already names unit " + holder)));
        }
    }

    private static String holderOf(Connection connection, String spelling) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT unit_id FROM unit_name_claim WHERE spelling = ?")) {
            query.setString(1, spelling);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
