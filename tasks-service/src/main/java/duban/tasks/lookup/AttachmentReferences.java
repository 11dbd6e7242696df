package duban.tasks.lookup;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads of {@code attachment_reference}: which report of which task names which attachment, as the reports'
 * events stated it ({@link LookupTables} keeps it).
 */
@Singleton
public class AttachmentReferences {

    /** One report naming one file, with the size it states. */
    public record Reference(String sha256, String taskId, String reportId, String unitId, long size) {
    }

    @Inject
    AgroalDataSource dataSource;

    /** The reports naming the file. */
    public List<Reference> naming(String sha256) {
        return query("""
                SELECT sha256, task_id, report_id, unit_id, size FROM attachment_reference WHERE sha256 = ?
                ORDER BY task_id, report_id""", sha256);
    }

    /** The files a task's reports name. */
    public List<Reference> ofTask(String taskId) {
        return query("""
                SELECT sha256, task_id, report_id, unit_id, size FROM attachment_reference WHERE task_id = ?
                ORDER BY sha256, report_id""", taskId);
    }

    /** Every file the ledger names, once per hash and stated size. */
    public List<Reference> all() {
        return query("""
                SELECT sha256, min(task_id), min(report_id), min(unit_id), size FROM attachment_reference
                GROUP BY sha256, size ORDER BY sha256, size""");
    }

    private List<Reference> query(String sql, String... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            List<Reference> references = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    references.add(new Reference(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getLong(5)));
                }
            }
            return references;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the attachments reports name", e);
        }
    }
}
